package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentora.course.CourseAccess;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.EnrolmentStatus;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;

/**
 * Attendance at face-to-face sessions: the trainer of a module (or an administrator) records who
 * was present, and each present participant gets one approved entry for that session at once.
 * Saving again changes the same session: newly ticked participants get entries, unticked ones have
 * theirs withdrawn (and approved again if ticked later), so there is never more than one entry per
 * session and participant. Concurrent saves of one session queue on its row; a database constraint
 * backs this up. A save states the version of the session the form was loaded with ({@link
 * #NO_SESSION} when there was none yet), and every save moves the version on, so of two trainers
 * who opened the same session the second is told to look again instead of unticking the first's.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class AttendanceService {

  /** Sessions are recorded in quarter hours, at most a long day. */
  public static final int STEP_MINUTES = 15;

  public static final int MAX_MINUTES = 12 * 60;

  /** The version a form states when the module had no session that day when it was loaded. */
  public static final long NO_SESSION = -1;

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject CourseAccess access;

  /**
   * What the trainer saves: the session, the participants (enrolment ids) ticked present, and the
   * version of the session the form showed ({@link #NO_SESSION} if none).
   */
  public record SessionForm(
      long editionId,
      long moduleId,
      LocalDate date,
      int minutes,
      Set<Long> present,
      long versionSeen)
      implements Serializable {}

  /** What a save changed, and the session's version a form keeps to save again. */
  public record Saved(long sessionId, int added, int withdrawn, long version) {}

  /** A session as a form loads it: who is present, its length, its version. */
  public record Recorded(Set<Long> present, Integer minutes, long version) {}

  /** A past session with the names of those present, for the list on the page. */
  public record SessionView(AttendanceSession session, List<String> present)
      implements Serializable {
    public AttendanceSession getSession() {
      return session;
    }

    public List<String> getPresent() {
      return present;
    }
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
  public Saved save(SessionForm form) {
    Edition edition = edition(form.editionId());
    CourseModule module = taught(edition, form.moduleId());
    check(edition, form);
    Map<Long, Enrolment> active = new HashMap<>();
    for (Enrolment enrolment : participants(edition)) {
      active.put(enrolment.getId(), enrolment);
    }
    Set<Long> present = form.present() == null ? Set.of() : new HashSet<>(form.present());
    if (!active.keySet().containsAll(present)) {
      throw new NotFoundException();
    }
    Instant now = clock.instant();
    String by = callers.username();
    AttendanceSession session = lockedSession(edition, module, form.date());
    if (session == null) {
      if (form.versionSeen() != NO_SESSION) {
        throw new ConcurrentChangeException();
      }
      session =
          new AttendanceSession(
              edition, module, form.date(), form.minutes(), trainerOf(edition, module), by, now);
      try {
        em.persist(session);
        em.flush();
      } catch (PersistenceException sameSessionSavedAtOnce) {
        throw new BusinessException("attendance.savedMeanwhile");
      }
    } else {
      OptimisticLocks.check(session, form.versionSeen());
      session.record(form.minutes(), by, now);
      // The ticks are other rows: the version moves on even when the session's own fields do not.
      em.lock(session, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    Map<Long, LogEntry> existing = new HashMap<>();
    for (LogEntry entry :
        em.createQuery("select e from LogEntry e where e.session = :s", LogEntry.class)
            .setParameter("s", session)
            .getResultList()) {
      existing.put(entry.getEnrolment().getId(), entry);
    }
    int added = 0;
    int withdrawn = 0;
    for (Long enrolmentId : present) {
      LogEntry entry = existing.get(enrolmentId);
      if (entry == null) {
        entry = LogEntry.attended(session, active.get(enrolmentId), session.getTrainer(), by, now);
        em.persist(entry);
        em.persist(EntryAudit.fromAttendance(entry, by, now, null, EntryStatus.APPROVED));
        added++;
      } else {
        entry.retime(session.getMinutes(), now);
        if (entry.getStatus() != EntryStatus.APPROVED) {
          EntryStatus from = entry.getStatus();
          entry.moveTo(EntryStatus.APPROVED, now);
          em.persist(EntryAudit.fromAttendance(entry, by, now, from, EntryStatus.APPROVED));
          added++;
        }
      }
    }
    for (Map.Entry<Long, LogEntry> old : existing.entrySet()) {
      LogEntry entry = old.getValue();
      if (!present.contains(old.getKey()) && entry.getStatus() == EntryStatus.APPROVED) {
        entry.moveTo(EntryStatus.WITHDRAWN, now);
        em.persist(
            EntryAudit.fromAttendance(entry, by, now, EntryStatus.APPROVED, EntryStatus.WITHDRAWN));
        withdrawn++;
      }
    }
    em.flush();
    return new Saved(session.getId(), added, withdrawn, session.getVersion());
  }

  private void check(Edition edition, SessionForm form) {
    if (form.date() == null) {
      throw BusinessException.onField("date", "attendance.date.required");
    }
    if (form.date().isAfter(LocalDate.now(clock))) {
      throw BusinessException.onField("date", "attendance.date.future");
    }
    if (form.date().isBefore(edition.getStartDate())) {
      throw BusinessException.onField("date", "attendance.date.beforeEdition");
    }
    if (form.minutes() <= 0 || form.minutes() > MAX_MINUTES || form.minutes() % STEP_MINUTES != 0) {
      throw BusinessException.onField(
          "minutes", "attendance.minutes.invalid", STEP_MINUTES, MAX_MINUTES / 60);
    }
  }

  private AttendanceSession lockedSession(Edition edition, CourseModule module, LocalDate date) {
    return em.createQuery(
            "select s from AttendanceSession s where s.edition = :edition and s.module = :module"
                + " and s.date = :date",
            AttendanceSession.class)
        .setParameter("edition", edition)
        .setParameter("module", module)
        .setParameter("date", date)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The trainer who reviews the session's entries: the caller, or for an administrator the
   * module's.
   */
  private Person trainerOf(Edition edition, CourseModule module) {
    if (!access.isAdmin()) {
      return callers.person();
    }
    return access.trainerOf(edition, module).orElse(null);
  }

  // ---- what the page offers

  /** Editions in which the caller teaches a module; every edition for an administrator. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
  public List<Edition> editions() {
    if (access.isAdmin()) {
      return em.createQuery("select e from Edition e order by e.startDate desc", Edition.class)
          .getResultList();
    }
    return access.editionsTaught();
  }

  /** The modules of the edition the caller may record sessions for. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
  public List<CourseModule> modules(long editionId) {
    Edition edition = edition(editionId);
    if (access.isAdmin()) {
      return em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
          .setParameter("programme", edition.getProgramme())
          .getResultList();
    }
    return access.modulesTaught(edition);
  }

  /** The edition's active participants, by name, who may be ticked present. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
  public List<Enrolment> participants(long editionId) {
    Edition edition = edition(editionId);
    if (modules(editionId).isEmpty()) {
      throw new NotFoundException();
    }
    return participants(edition);
  }

  private List<Enrolment> participants(Edition edition) {
    return em.createQuery(
            "select e from Enrolment e join fetch e.person p where e.edition = :edition"
                + " and e.status = :active order by p.familyName, p.givenName, e.id",
            Enrolment.class)
        .setParameter("edition", edition)
        .setParameter("active", EnrolmentStatus.ACTIVE)
        .getResultList();
  }

  /**
   * The module's session that day as a form shows it: who is present, its length and version; no
   * one, no length and {@link #NO_SESSION} if there is none yet.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
  public Recorded recorded(long editionId, long moduleId, LocalDate date) {
    Edition edition = edition(editionId);
    CourseModule module = taught(edition, moduleId);
    AttendanceSession session =
        em.createQuery(
                "select s from AttendanceSession s where s.edition = :edition"
                    + " and s.module = :module and s.date = :date",
                AttendanceSession.class)
            .setParameter("edition", edition)
            .setParameter("module", module)
            .setParameter("date", date)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (session == null) {
      return new Recorded(Set.of(), null, NO_SESSION);
    }
    return new Recorded(
        present(editionId, moduleId, date), session.getMinutes(), session.getVersion());
  }

  /** Who is recorded present at the module's session that day (enrolment ids); empty if none. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
  public Set<Long> present(long editionId, long moduleId, LocalDate date) {
    Edition edition = edition(editionId);
    CourseModule module = taught(edition, moduleId);
    return new HashSet<>(
        em.createQuery(
                "select e.enrolment.id from LogEntry e where e.session.edition = :edition"
                    + " and e.session.module = :module and e.session.date = :date"
                    + " and e.status = :approved",
                Long.class)
            .setParameter("edition", edition)
            .setParameter("module", module)
            .setParameter("date", date)
            .setParameter("approved", EntryStatus.APPROVED)
            .getResultList());
  }

  /**
   * The edition's sessions of the modules the caller may record, newest first, with who was
   * present.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
  public List<SessionView> sessions(long editionId) {
    Edition edition = edition(editionId);
    List<CourseModule> modules = modules(editionId);
    if (modules.isEmpty()) {
      return List.of();
    }
    List<AttendanceSession> sessions =
        em.createQuery(
                "select s from AttendanceSession s join fetch s.module where s.edition = :edition"
                    + " and s.module in :modules order by s.date desc, s.id desc",
                AttendanceSession.class)
            .setParameter("edition", edition)
            .setParameter("modules", modules)
            .getResultList();
    Map<Long, List<String>> names = new LinkedHashMap<>();
    if (!sessions.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "select e.session.id, p from LogEntry e"
                      + " join e.enrolment en join en.person p where e.session in :sessions"
                      + " and e.status = :approved order by p.familyName, p.givenName",
                  Object[].class)
              .setParameter("sessions", sessions)
              .setParameter("approved", EntryStatus.APPROVED)
              .getResultList()) {
        names
            .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
            .add(((Person) row[1]).getFullName());
      }
    }
    return sessions.stream()
        .map(s -> new SessionView(s, List.copyOf(names.getOrDefault(s.getId(), List.of()))))
        .toList();
  }

  private Edition edition(long editionId) {
    return Optional.ofNullable(em.find(Edition.class, editionId))
        .orElseThrow(NotFoundException::new);
  }

  /**
   * The module, if the caller may record its sessions in the edition: its current trainer there, or
   * an administrator for any module of the edition's programme. Otherwise not found.
   */
  private CourseModule taught(Edition edition, long moduleId) {
    CourseModule module =
        Optional.ofNullable(em.find(CourseModule.class, moduleId))
            .filter(m -> m.getProgramme().getId().equals(edition.getProgramme().getId()))
            .orElseThrow(NotFoundException::new);
    if (access.isAdmin()) {
      return module;
    }
    if (!access.teaches(edition, module)) {
      throw new NotFoundException();
    }
    return module;
  }
}
