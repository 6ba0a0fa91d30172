package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentora.course.CourseAccess;
import org.mentora.course.CourseModule;
import org.mentora.course.Enrolment;
import org.mentora.course.LearningMode;
import org.mentora.directory.Callers;
import org.mentora.notification.Notifier;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileStore;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectIdea;

/**
 * The participant's own logbook entries: they log, edit, withdraw and resubmit them and attach
 * evidence. Each entry is checked against the edition's rules ({@link HoursPolicy}) and goes to the
 * reviewer its learning mode calls for ({@link EntryRouting}). Every change of state leaves one
 * audit row.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class EntryService {

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject CourseAccess access;
  @Inject FileStore files;
  @Inject LogbookRulesService rules;
  @Inject EntryRouting routing;
  @Inject Notifier notifier;

  @RolesAllowed(Role.PARTICIPANT_NAME)
  public LogEntry log(long enrolmentId, EntryForm form) {
    Enrolment enrolment = access.ownEnrolment(enrolmentId);
    if (!enrolment.isActive()) {
      throw new BusinessException("logbook.notActive");
    }
    Instant now = clock.instant();
    LogEntry entry = new LogEntry(enrolment, now);
    fill(entry, form, null, now);
    em.persist(entry);
    audit(entry, null, EntryStatus.SUBMITTED, null, now);
    tellReviewer(entry);
    return entry;
  }

  /** Changes an entry that waits for review or was sent back; its state stays. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public LogEntry edit(long entryId, long versionSeen, EntryForm form) {
    LogEntry entry = ownEntry(entryId);
    OptimisticLocks.check(entry, versionSeen);
    EntryLifecycle.require(entry.getStatus(), EntryAction.EDIT);
    fill(entry, form, entry.getId(), clock.instant());
    return entry;
  }

  /** Fixes an entry that was rejected or sent back and puts it up for review again. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public LogEntry resubmit(long entryId, long versionSeen, EntryForm form) {
    LogEntry entry = ownEntry(entryId);
    OptimisticLocks.check(entry, versionSeen);
    EntryStatus from = entry.getStatus();
    EntryStatus to = EntryLifecycle.require(from, EntryAction.RESUBMIT);
    Instant now = clock.instant();
    fill(entry, form, entry.getId(), now);
    entry.moveTo(to, now);
    audit(entry, from, to, null, now);
    tellReviewer(entry);
    return entry;
  }

  /** The reviewer an entry waits for hears of it (none yet: routed later, when one is assigned). */
  private void tellReviewer(LogEntry entry) {
    if (entry.getStatus() == EntryStatus.SUBMITTED && entry.getReviewer() != null) {
      notifier.tell(LogbookNotices.waiting(entry));
    }
  }

  @RolesAllowed(Role.PARTICIPANT_NAME)
  public LogEntry withdraw(long entryId, long versionSeen) {
    LogEntry entry = ownEntry(entryId);
    OptimisticLocks.check(entry, versionSeen);
    EntryStatus from = entry.getStatus();
    EntryStatus to = EntryLifecycle.require(from, EntryAction.WITHDRAW);
    Instant now = clock.instant();
    entry.moveTo(to, now);
    audit(entry, from, to, null, now);
    return entry;
  }

  /**
   * Attaches an evidence file to an entry still open to its participant (checked by content; a
   * refused file is named at the field {@code evidenceFile}), replacing any earlier one.
   */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public LogEntry attachEvidence(long entryId, long versionSeen, String fileName, byte[] content) {
    LogEntry entry = ownEntry(entryId);
    OptimisticLocks.check(entry, versionSeen);
    if (!entry.getStatus().isOpenToParticipant()) {
      throw new BusinessException("logbook.evidenceFile.closed");
    }
    entry.attach(files.store("evidenceFile", fileName, content, callers.username()));
    entry.moveTo(entry.getStatus(), clock.instant());
    return entry;
  }

  private LogEntry ownEntry(long entryId) {
    LogEntry entry =
        Optional.ofNullable(em.find(LogEntry.class, entryId)).orElseThrow(NotFoundException::new);
    access.ownEnrolment(entry.getEnrolment().getId());
    return entry;
  }

  private void fill(LogEntry entry, EntryForm form, Long selfId, Instant now) {
    Enrolment enrolment = entry.getEnrolment();
    CourseModule module = null;
    if (form.getModuleId() != null) {
      module =
          Optional.ofNullable(em.find(CourseModule.class, form.getModuleId()))
              .filter(
                  m ->
                      m.getProgramme()
                          .getId()
                          .equals(enrolment.getEdition().getProgramme().getId()))
              .orElseThrow(() -> BusinessException.onField("module", "logbook.module.unknown"));
    }
    ProjectIdea idea = null;
    if (form.getProjectIdeaId() != null) {
      idea =
          Optional.ofNullable(em.find(ProjectIdea.class, form.getProjectIdeaId()))
              .filter(p -> p.getEnrolment().getId().equals(enrolment.getId()))
              .orElseThrow(
                  () -> BusinessException.onField("projectIdea", "logbook.projectIdea.unknown"));
    }
    LearningMode mode =
        form.getMode() == null
            ? null
            : enrolment.getEdition().getProgramme().mode(form.getMode()).orElse(null);
    HoursPolicy.Draft draft =
        new HoursPolicy.Draft(
            form.getDate(),
            mode,
            form.getModuleId(),
            module == null ? null : module.getLearningMode(),
            form.getMinutes(),
            form.getDescription(),
            form.getEvidenceLink());
    HoursPolicy.Frame frame =
        new HoursPolicy.Frame(
            LocalDate.now(clock),
            enrolment.getEdition().getStartDate(),
            enrolment.getEdition().getEndDate());
    List<HoursPolicy.Problem> problems =
        HoursPolicy.check(
            rules.settings(enrolment.getEdition().getId()),
            frame,
            draft,
            others(enrolment, form.getDate(), selfId));
    if (!problems.isEmpty()) {
      throw new EntryRefused(problems);
    }
    entry.fill(
        form.getDate(),
        mode,
        module,
        form.getMinutes(),
        form.getDescription(),
        form.getEvidenceLink(),
        idea,
        now);
    if (form.hasEvidenceFile()) {
      // Checked by content in this transaction: a refused file saves nothing of the entry either.
      entry.attach(
          files.store(
              "evidenceFile",
              form.getEvidenceFileName(),
              form.evidenceFileContent(),
              callers.username()));
    }
    routing.route(entry);
  }

  /** The participant's entries of that day that still count toward the day's cap. */
  private List<HoursPolicy.Other> others(Enrolment enrolment, LocalDate date, Long selfId) {
    if (date == null) {
      return List.of();
    }
    return em
        .createQuery(
            "select e from LogEntry e left join fetch e.module where e.enrolment = :en"
                + " and e.date = :date and e.status not in :gone",
            LogEntry.class)
        .setParameter("en", enrolment)
        .setParameter("date", date)
        .setParameter("gone", List.of(EntryStatus.WITHDRAWN, EntryStatus.REJECTED))
        .getResultList()
        .stream()
        .filter(e -> !e.getId().equals(selfId))
        .map(
            e ->
                new HoursPolicy.Other(
                    e.getDate(),
                    e.getMode(),
                    e.getModule() == null ? null : e.getModule().getId(),
                    e.getMinutes(),
                    e.getDescription()))
        .toList();
  }

  private void audit(LogEntry entry, EntryStatus from, EntryStatus to, String comment, Instant at) {
    em.persist(new EntryAudit(entry, callers.username(), at, from, to, comment));
  }
}
