package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mentora.course.CourseAccess;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.StaffRole;
import org.mentora.course.TrainerAssigned;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.security.Role;

/**
 * Who reviews an entry: the reviewer its learning mode calls for ({@link ReviewRouting}), worked
 * out when the entry is logged or changed and again when a module gets its trainer; and the
 * face-to-face modules nobody teaches, whose entries wait for the administrators meanwhile.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class EntryRouting {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CourseAccess access;

  /**
   * Routes an entry to its reviewer, in the transaction of the participant's change ({@link
   * EntryService}).
   */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public void route(LogEntry entry) {
    Enrolment enrolment = entry.getEnrolment();
    Long mentor = null;
    Long tutor = null;
    Long trainer = null;
    switch (ReviewRouting.roleFor(entry.getMode())) {
      case MENTOR -> mentor = access.mentorOf(enrolment).map(Person::getId).orElse(null);
      case TUTOR -> tutor = access.tutorOf(enrolment).map(Person::getId).orElse(null);
      case TRAINER ->
          trainer =
              entry.getModule() == null
                  ? null
                  : ReviewRouting.trainerOf(
                      sessionTrainer(enrolment.getEdition(), entry.getModule(), entry.getDate()),
                      access
                          .trainerOf(enrolment.getEdition(), entry.getModule())
                          .map(Person::getId)
                          .orElse(null));
    }
    ReviewRouting.Route route =
        ReviewRouting.route(entry.getMode(), new ReviewRouting.Staff(mentor, tutor, trainer));
    entry.routeTo(
        route.role(), route.reviewerId().map(id -> em.find(Person.class, id)).orElse(null));
  }

  /**
   * A trainer now teaches the module in the edition: its face-to-face entries that wait for the
   * administrators because nobody taught it are routed again, by the same rule as a new entry, in
   * the assigning transaction. The reviewer stays stored on the entry (queues, decisions and
   * evidence read it, and an entry keeps the trainer of its day's session even when the module's
   * trainer changes), so it is moved here rather than worked out anew at every read.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public void trainerAssigned(@Observes TrainerAssigned assigned) {
    for (LogEntry entry :
        em.createQuery(
                "select l from LogEntry l where l.editionId = :edition and l.module.id = :module"
                    + " and l.mode.reviewer = :trainers and l.status = :waiting and l.reviewer is null",
                LogEntry.class)
            .setParameter("edition", assigned.editionId())
            .setParameter("module", assigned.moduleId())
            .setParameter("trainers", StaffRole.TRAINER)
            .setParameter("waiting", EntryStatus.SUBMITTED)
            .getResultList()) {
      route(entry);
    }
  }

  /**
   * The trainer who held the module's session in the edition on that day, if they still teach in
   * the edition (else they could no longer see the participant to decide).
   */
  private Long sessionTrainer(Edition edition, CourseModule module, LocalDate day) {
    return em.createQuery(
            "select s.trainer.id from AttendanceSession s where s.edition = :edition"
                + " and s.module = :module and s.date = :day and s.trainer is not null"
                + " and exists (select a from StaffAssignment a where a.staff = s.trainer"
                + " and a.edition = :edition and a.role = :role and a.endedAt is null)",
            Long.class)
        .setParameter("edition", edition)
        .setParameter("module", module)
        .setParameter("day", day)
        .setParameter("role", StaffRole.TRAINER)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** A face-to-face module of a running or coming edition that has no trainer. */
  public record TrainerGap(
      long editionId, String editionCode, String moduleCode, String moduleTitle, long waiting)
      implements java.io.Serializable {
    public long getEditionId() {
      return editionId;
    }

    public String getEditionCode() {
      return editionCode;
    }

    public String getModuleCode() {
      return moduleCode;
    }

    public String getModuleTitle() {
      return moduleTitle;
    }

    public long getWaiting() {
      return waiting;
    }
  }

  /**
   * The face-to-face modules of editions not yet over that nobody teaches, with how many entries of
   * theirs wait for an administrator because of it: the gap the administrator has to close, shown
   * rather than silently filled by their own queue.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<TrainerGap> trainerGaps() {
    List<TrainerGap> gaps = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select e, m from Edition e, CourseModule m where m.programme = e.programme"
                    + " and m.learningMode.reviewer = :trainers and e.endDate >= :today and not exists"
                    + " (select s from StaffAssignment s where s.edition = e and s.module = m"
                    + " and s.role = :role and s.endedAt is null)"
                    + " order by e.startDate, e.code, m.code",
                Object[].class)
            .setParameter("trainers", StaffRole.TRAINER)
            .setParameter("today", LocalDate.now(clock))
            .setParameter("role", StaffRole.TRAINER)
            .setMaxResults(50)
            .getResultList()) {
      Edition edition = (Edition) row[0];
      CourseModule module = (CourseModule) row[1];
      long waiting =
          em.createQuery(
                  "select count(l) from LogEntry l where l.enrolment.edition = :edition"
                      + " and l.module = :module and l.status = :waiting and l.reviewer is null",
                  Long.class)
              .setParameter("edition", edition)
              .setParameter("module", module)
              .setParameter("waiting", EntryStatus.SUBMITTED)
              .getSingleResult();
      gaps.add(
          new TrainerGap(
              edition.getId(), edition.getCode(), module.getCode(), module.getTitle(), waiting));
    }
    return gaps;
  }
}
