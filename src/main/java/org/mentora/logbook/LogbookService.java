package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentora.course.CourseAccess;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.LearningMode;
import org.mentora.course.StaffRole;
import org.mentora.course.TrainerAssigned;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileStore;
import org.mentora.platform.files.StoredFile;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.Like;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.persistence.Page;
import org.mentora.platform.persistence.PageRequest;
import org.mentora.platform.persistence.SearchQuery;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectIdea;

/**
 * The logbook: participants log, edit, withdraw and resubmit their own entries; each entry goes to
 * the reviewer its learning mode calls for, who approves, rejects with a comment or asks for
 * changes. Every change of state leaves one audit row. A decision is one conditional update of a
 * still-waiting entry, so of two reviewers (or twenty clicks) deciding at once exactly one wins.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class LogbookService {

  /** The version an edition's rules have while it follows the defaults (no row of its own). */
  public static final long DEFAULT_RULES = -1;

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject CourseAccess access;
  @Inject FileStore files;

  // ---- the participant's own entries

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
    return entry;
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
            settings(enrolment.getEdition().getId()),
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
    route(entry);
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

  /**
   * Sets an edition's logging rules. Limits: up to a year of grace after the end, at most 24 h a
   * day, and a duration step that divides an hour.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public HoursPolicy.Settings saveSettings(
      long editionId, long versionSeen, HoursPolicy.Settings settings) {
    Edition edition =
        java.util.Optional.ofNullable(em.find(Edition.class, editionId))
            .orElseThrow(NotFoundException::new);
    if (settings.daysAfterEnd() > 365) {
      throw BusinessException.onField("daysAfterEnd", "logbook.rules.daysAfterEnd.range");
    }
    if (settings.maxMinutesPerDay() > 24 * 60) {
      throw BusinessException.onField("maxHoursPerDay", "logbook.rules.maxPerDay.range");
    }
    if (60 % settings.stepMinutes() != 0) {
      throw BusinessException.onField("stepMinutes", "logbook.rules.step.range");
    }
    LogbookRules rules =
        em.createQuery("select r from LogbookRules r where r.edition = :e", LogbookRules.class)
            .setParameter("e", edition)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (rules == null) {
      if (versionSeen != DEFAULT_RULES) {
        throw new ConcurrentChangeException();
      }
      em.persist(new LogbookRules(edition, settings));
    } else {
      OptimisticLocks.check(rules, versionSeen);
      rules.apply(settings);
    }
    return settings;
  }

  /**
   * The version of the edition's own rules, which a form keeps to save with, or {@link
   * #DEFAULT_RULES} while the edition follows the defaults.
   */
  public long settingsVersion(long editionId) {
    return em.createQuery(
            "select r from LogbookRules r where r.edition.id = :id", LogbookRules.class)
        .setParameter("id", editionId)
        .getResultStream()
        .findFirst()
        .map(LogbookRules::getVersion)
        .orElse(DEFAULT_RULES);
  }

  /** The edition's logging rules: its own where an administrator set them, else the defaults. */
  public HoursPolicy.Settings settings(long editionId) {
    return em.createQuery(
            "select r from LogbookRules r where r.edition.id = :id", LogbookRules.class)
        .setParameter("id", editionId)
        .getResultStream()
        .findFirst()
        .map(LogbookRules::settings)
        .orElse(HoursPolicy.Settings.DEFAULTS);
  }

  private void route(LogEntry entry) {
    Enrolment enrolment = entry.getEnrolment();
    Long mentor = null;
    Long tutor = null;
    Long trainer = null;
    switch (ReviewRouting.roleFor(entry.getMode())) {
      case MENTOR ->
          mentor = currentStaff(StaffRole.MENTOR, "s.enrolment = :target", enrolment, null);
      case TUTOR ->
          tutor =
              enrolment.getTutorGroup() == null
                  ? null
                  : currentStaff(
                      StaffRole.TUTOR, "s.tutorGroup = :target", enrolment.getTutorGroup(), null);
      case TRAINER ->
          trainer =
              entry.getModule() == null
                  ? null
                  : ReviewRouting.trainerOf(
                      sessionTrainer(enrolment.getEdition(), entry.getModule(), entry.getDate()),
                      currentStaff(
                          StaffRole.TRAINER,
                          "s.module = :target and s.edition = :edition",
                          entry.getModule(),
                          enrolment.getEdition()));
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

  /** The person currently in that part; the longest-serving one when there are several. */
  private Long currentStaff(StaffRole role, String condition, Object target, Object edition) {
    var query =
        em.createQuery(
                "select s.staff.id from StaffAssignment s where s.endedAt is null and s.role = :role"
                    + " and "
                    + condition
                    + " order by s.startedAt, s.id",
                Long.class)
            .setParameter("role", role)
            .setParameter("target", target)
            .setMaxResults(1);
    if (edition != null) {
      query.setParameter("edition", edition);
    }
    return query.getResultStream().findFirst().orElse(null);
  }

  private void audit(LogEntry entry, EntryStatus from, EntryStatus to, String comment, Instant at) {
    em.persist(new EntryAudit(entry, callers.username(), at, from, to, comment));
  }

  // ---- review

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public LogEntry approve(long entryId) {
    return decide(entryId, EntryAction.APPROVE, null);
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public LogEntry reject(long entryId, String comment) {
    return decide(entryId, EntryAction.REJECT, comment);
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public LogEntry requestChanges(long entryId, String comment) {
    return decide(entryId, EntryAction.REQUEST_CHANGES, comment);
  }

  /** How many of the chosen entries this call approved, and how many had been decided already. */
  public record Bulk(int approved, int skipped) {}

  /**
   * Approves every chosen entry the caller may decide that still waits; entries decided meanwhile
   * are skipped, not failed, so one late click does not undo the rest.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public Bulk approveMany(Collection<Long> entryIds) {
    int approved = 0;
    int skipped = 0;
    for (Long id : new java.util.LinkedHashSet<>(entryIds)) {
      LogEntry entry = decidable(id);
      if (entry.getStatus() == EntryStatus.SUBMITTED
          && transition(entry, EntryStatus.APPROVED, null, clock.instant())) {
        approved++;
      } else {
        skipped++;
      }
    }
    return new Bulk(approved, skipped);
  }

  private LogEntry decide(long entryId, EntryAction action, String comment) {
    LogEntry entry = decidable(entryId);
    String cleaned = comment == null || comment.isBlank() ? null : comment.strip();
    if (EntryLifecycle.commentRequired(action) && cleaned == null) {
      throw BusinessException.onField("comment", "logbook.comment.required");
    }
    if (cleaned != null && cleaned.length() > LogEntry.COMMENT_MAX) {
      throw BusinessException.onField("comment", "validation.tooLongPlain", LogEntry.COMMENT_MAX);
    }
    EntryStatus to = EntryLifecycle.require(entry.getStatus(), action);
    if (!transition(entry, to, cleaned, clock.instant())) {
      throw new BusinessException("logbook.alreadyDecided");
    }
    return entry;
  }

  /**
   * The entry, if the caller may decide it: administrators any; staff only entries routed to them
   * of participants they still see; never one's own. An entry of a participant one does not see is
   * not found.
   */
  private LogEntry decidable(long entryId) {
    LogEntry entry =
        Optional.ofNullable(em.find(LogEntry.class, entryId)).orElseThrow(NotFoundException::new);
    if (access.isAdmin() && !isOwn(entry)) {
      return entry;
    }
    if (!access.canSee(entry.getEnrolment())) {
      throw new NotFoundException();
    }
    if (isOwn(entry)) {
      throw new BusinessException("logbook.notOwnDecision");
    }
    Person me = callers.person();
    if (entry.getReviewer() == null || !entry.getReviewer().getId().equals(me.getId())) {
      throw new BusinessException("logbook.notYourReview");
    }
    return entry;
  }

  private boolean isOwn(LogEntry entry) {
    return callers
        .findPerson()
        .map(p -> p.getId().equals(entry.getEnrolment().getPerson().getId()))
        .orElse(false);
  }

  /**
   * Moves a waiting entry in one conditional update, so concurrent deciders cannot both succeed:
   * the database lets only the first see it waiting. Writes the audit row only for the winner.
   */
  private boolean transition(LogEntry entry, EntryStatus to, String comment, Instant now) {
    int updated;
    try {
      updated =
          em.createQuery(
                  "update LogEntry e set e.status = :to, e.version = e.version + 1,"
                      + " e.lastComment = :comment, e.decidedAt = :now, e.decidedBy = :by,"
                      + " e.updatedAt = :now where e.id = :id and e.status = :waiting")
              .setParameter("to", to)
              .setParameter("comment", comment)
              .setParameter("now", now)
              .setParameter("by", callers.username())
              .setParameter("id", entry.getId())
              .setParameter("waiting", EntryStatus.SUBMITTED)
              .executeUpdate();
    } catch (PersistenceException lockedByAnother) {
      throw new BusinessException("logbook.alreadyDecided");
    }
    if (updated == 0) {
      return false;
    }
    audit(entry, EntryStatus.SUBMITTED, to, comment, now);
    em.refresh(entry);
    return true;
  }

  /** Filters of the review queue; any may be empty. */
  public record QueueFilter(
      String participant, String mode, LocalDate from, LocalDate to, Long enrolmentId)
      implements java.io.Serializable {}

  /**
   * Entries waiting for the caller's decision, oldest first: those routed to them, or every waiting
   * entry for an administrator.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public Page<LogEntry> queue(PageRequest request, QueueFilter filter) {
    boolean admin = access.isAdmin();
    Person me = admin ? null : callers.person();
    Page<LogEntry> page =
        SearchQuery.of(LogEntry.class)
            .column("date", root -> root.get("date"))
            .column("mode", root -> root.get("mode").get("position"))
            .where((cb, root) -> cb.equal(root.get("status"), EntryStatus.SUBMITTED))
            .where((cb, root) -> admin ? cb.conjunction() : cb.equal(root.get("reviewer"), me))
            .where(
                (cb, root) ->
                    filter.mode() == null
                        ? cb.conjunction()
                        : cb.equal(root.get("mode").get("code"), filter.mode()))
            .where(
                (cb, root) ->
                    filter.from() == null
                        ? cb.conjunction()
                        : cb.greaterThanOrEqualTo(root.<LocalDate>get("date"), filter.from()))
            .where(
                (cb, root) ->
                    filter.to() == null
                        ? cb.conjunction()
                        : cb.lessThanOrEqualTo(root.<LocalDate>get("date"), filter.to()))
            .where(
                (cb, root) ->
                    filter.enrolmentId() == null
                        ? cb.conjunction()
                        : cb.equal(root.get("enrolment").get("id"), filter.enrolmentId()))
            .where(
                (cb, root) -> {
                  if (filter.participant() == null || filter.participant().isBlank()) {
                    return cb.conjunction();
                  }
                  Join<Object, Object> person =
                      root.join("enrolment", JoinType.INNER).join("person", JoinType.INNER);
                  String like = Like.containing(filter.participant());
                  return cb.like(
                      cb.lower(
                          cb.concat(
                              cb.concat(person.<String>get("givenName"), " "),
                              person.<String>get("familyName"))),
                      like,
                      Like.ESCAPE);
                })
            .fetch("module")
            .defaultSort("date")
            .fetch(em, request);
    for (LogEntry entry : page.rows()) {
      entry.getEnrolment().getPerson().getFullName();
      Optional.ofNullable(entry.getProjectIdea()).ifPresent(ProjectIdea::getTitle);
    }
    return page;
  }

  /** How many entries wait for the caller's decision. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public long waitingCount() {
    return queue(
            new PageRequest(0, 1, null, true, Map.of()),
            new QueueFilter(null, null, null, null, null))
        .total();
  }

  // ---- reading

  /** An entry with its audit trail, newest change last. */
  public record EntryView(LogEntry entry, List<EntryAudit> trail) {
    public LogEntry getEntry() {
      return entry;
    }

    public List<EntryAudit> getTrail() {
      return trail;
    }

    public Long getId() {
      return entry.getId();
    }
  }

  /** A participant's entries, newest day first, with their trails; for whoever may see them. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<EntryView> entries(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    List<LogEntry> entries =
        em.createQuery(
                "select e from LogEntry e left join fetch e.module left join fetch e.projectIdea"
                    + " left join fetch e.reviewer where e.enrolment = :en"
                    + " order by e.date desc, e.id desc",
                LogEntry.class)
            .setParameter("en", enrolment)
            .getResultList();
    Map<Long, List<EntryAudit>> trails = new java.util.HashMap<>();
    if (!entries.isEmpty()) {
      for (EntryAudit audit :
          em.createQuery(
                  "select a from EntryAudit a where a.entry.enrolment = :en"
                      + " order by a.changedAt, a.id",
                  EntryAudit.class)
              .setParameter("en", enrolment)
              .getResultList()) {
        trails.computeIfAbsent(audit.getEntry().getId(), k -> new ArrayList<>()).add(audit);
      }
    }
    return entries.stream()
        .map(e -> new EntryView(e, List.copyOf(trails.getOrDefault(e.getId(), List.of()))))
        .toList();
  }

  /** One entry, for whoever may see its participant. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public LogEntry entry(long entryId) {
    LogEntry entry =
        Optional.ofNullable(em.find(LogEntry.class, entryId)).orElseThrow(NotFoundException::new);
    access.visibleEnrolment(entry.getEnrolment().getId());
    return entry;
  }

  /** An entry's evidence file and its bytes. */
  public record Evidence(StoredFile file, byte[] content) {}

  /**
   * The evidence file of an entry, for its participant, its routed reviewer, staff who see the
   * participant and administrators; not found for everyone else and for entries without a file.
   */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Evidence evidence(long entryId) {
    LogEntry entry =
        Optional.ofNullable(em.find(LogEntry.class, entryId)).orElseThrow(NotFoundException::new);
    if (entry.getEvidenceFile() == null) {
      throw new NotFoundException();
    }
    boolean routedToMe =
        entry.getReviewer() != null
            && callers
                .findPerson()
                .map(p -> p.getId().equals(entry.getReviewer().getId()))
                .orElse(false);
    if (!routedToMe && !access.canSee(entry.getEnrolment())) {
      throw new NotFoundException();
    }
    return new Evidence(entry.getEvidenceFile(), files.content(entry.getEvidenceFile()));
  }

  /** The modules one may log hours for: those of the participant's programme. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<CourseModule> modules(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
        .setParameter("programme", enrolment.getEdition().getProgramme())
        .getResultList();
  }

  /** The participant's project ideas, which an entry may say it served. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<ProjectIdea> projectIdeas(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return em.createQuery(
            "select p from ProjectIdea p where p.enrolment = :en order by p.createdAt",
            ProjectIdea.class)
        .setParameter("en", enrolment)
        .getResultList();
  }
}
