package org.mentora.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentora.competence.CompetenceOverview;
import org.mentora.course.CourseAccess;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.EnrolmentStatus;
import org.mentora.course.LearningMode;
import org.mentora.course.WaiverStatus;
import org.mentora.directory.Callers;
import org.mentora.logbook.Progress;
import org.mentora.logbook.ProgressService;
import org.mentora.notification.Notice;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.Notifier;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectStatus;

/**
 * Who has completed an edition, and what the others still lack. Hours come from the logbook's
 * {@link ProgressService} (the same sums as the progress bars); the project, module results and
 * waivers are read for the whole edition in a handful of grouped queries, never per participant, so
 * an edition of thousands answers at once. {@link CompletionRules} decides.
 */
@Stateless
public class EligibilityService {

  /** The version an edition's rules have while it follows its targets (no row of its own). */
  public static final long DEFAULT_RULES = -1;

  /** Project states from least to most advanced: a participant's best idea is what counts. */
  private static final List<ProjectStatus> PROJECT_RANK =
      List.of(
          ProjectStatus.WITHDRAWN,
          ProjectStatus.DRAFT,
          ProjectStatus.CHANGES_REQUESTED,
          ProjectStatus.SUBMITTED,
          ProjectStatus.APPROVED,
          ProjectStatus.IN_IMPLEMENTATION,
          ProjectStatus.COMPLETED);

  @PersistenceContext EntityManager em;
  @Inject ProgressService progress;
  @Inject CompetenceOverview competences;
  @Inject CourseAccess access;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject Notifier notifier;

  /** The rules of an edition as set, or its defaults; anyone signed in may read them. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public CompletionRules.Rules rules(long editionId) {
    return rules(edition(editionId));
  }

  private CompletionRules.Rules rules(Edition edition) {
    return settings(edition)
        .map(CompletionSettings::rules)
        .orElseGet(
            () ->
                CompletionRules.Rules.defaults(
                    edition.getTargets(), edition.getProgramme().isHasProjects()));
  }

  private Optional<CompletionSettings> settings(Edition edition) {
    return em.createQuery(
            "select s from CompletionSettings s where s.edition = :edition",
            CompletionSettings.class)
        .setParameter("edition", edition)
        .getResultStream()
        .findFirst();
  }

  /**
   * The version of the edition's own rules, which a form keeps to save with, or {@link
   * #DEFAULT_RULES} while the edition follows its targets.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public long rulesVersion(long editionId) {
    return settings(edition(editionId)).map(CompletionSettings::getVersion).orElse(DEFAULT_RULES);
  }

  /** Sets the rules if nobody changed (or reset) them since the form read {@code versionSeen}. */
  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ConflictsAsBusinessErrors.class)
  public void saveRules(long editionId, long versionSeen, CompletionRules.Rules rules) {
    Edition edition = edition(editionId);
    Optional<CompletionSettings> existing = settings(edition);
    if (existing.isPresent()) {
      OptimisticLocks.check(existing.get(), versionSeen);
    } else if (versionSeen != DEFAULT_RULES) {
      throw new ConcurrentChangeException();
    }
    CompletionSettings settings = existing.orElseGet(() -> new CompletionSettings(edition));
    settings.apply(rules, callers.username(), clock.instant());
    if (!em.contains(settings)) {
      em.persist(settings);
    }
  }

  /**
   * Back to the edition's hour targets, unless someone changed the rules since {@code versionSeen}.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @Interceptors(ConflictsAsBusinessErrors.class)
  public void resetRules(long editionId, long versionSeen) {
    Optional<CompletionSettings> existing = settings(edition(editionId));
    if (existing.isPresent()) {
      OptimisticLocks.check(existing.get(), versionSeen);
      em.remove(existing.get());
    }
  }

  /** Every participant of the edition, eligible or with what they lack, by family name. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<Eligibility> edition(long editionId, boolean includeWithdrawn) {
    Edition edition = edition(editionId);
    Map<Long, Progress> hours = progress.editionProgress(editionId);
    Scope scope = Scope.edition(edition);
    Map<Long, CompletionRules.Facts> facts = facts(scope, hours);
    CompletionRules.Rules rules = rules(edition);
    Map<Long, Object[]> valid = validCertificates(scope);
    List<Eligibility> rows = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select e.id, p.givenName, p.familyName, e.status from Enrolment e join e.person p"
                    + " where e.edition = :edition order by p.familyName, p.givenName, e.id",
                Object[].class)
            .setParameter("edition", edition)
            .getResultList()) {
      long id = (Long) row[0];
      boolean active = row[3] != EnrolmentStatus.WITHDRAWN;
      if (!active && !includeWithdrawn) {
        continue;
      }
      Object[] certificate = valid.get(id);
      rows.add(
          new Eligibility(
              id,
              row[1] + " " + row[2],
              active,
              CompletionRules.shortfalls(rules, facts.get(id)),
              certificate == null ? null : (Long) certificate[0],
              certificate == null ? null : VerificationCode.shortForm((String) certificate[1])));
    }
    return rows;
  }

  /**
   * Tells the administrators, once per participant, that the participant now meets every completion
   * requirement and holds no certificate (see {@link EligibilityNotices}). Read as the caller, who
   * made the change; a caller who does not see the participant tells nothing. In a transaction of
   * its own, after the change committed: a failure here never undoes the change.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean tellIfIssuable(long enrolmentId) {
    String key = "eligible:" + enrolmentId;
    if (notifier.toldAnyone(NotificationKind.ELIGIBLE, key)) {
      return false;
    }
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null || !enrolment.isActive() || !access.canSee(enrolment)) {
      return false;
    }
    Eligibility now = eligibility(enrolment);
    if (!now.isIssuable()) {
      return false;
    }
    for (long admin : notifier.holdersOf(Role.ADMIN)) {
      notifier.tellOnce(
          new Notice(
              admin,
              NotificationKind.ELIGIBLE,
              "notification.eligible",
              List.of(now.getName(), enrolment.getEdition().getTitle()),
              "/certificate/certificates.xhtml?edition=" + enrolment.getEdition().getId(),
              key),
          Instant.EPOCH);
    }
    return true;
  }

  /** One participant, for their own page, the staff who look after them, or the administrator. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Eligibility of(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return eligibility(enrolment);
  }

  private Eligibility eligibility(Enrolment enrolment) {
    Scope scope = Scope.one(enrolment);
    Map<Long, CompletionRules.Facts> facts =
        facts(scope, Map.of(enrolment.getId(), progress.progress(enrolment.getId())));
    Object[] certificate = validCertificates(scope).get(enrolment.getId());
    return new Eligibility(
        enrolment.getId(),
        enrolment.getPerson().getFullName(),
        enrolment.getStatus() != EnrolmentStatus.WITHDRAWN,
        CompletionRules.shortfalls(rules(enrolment.getEdition()), facts.get(enrolment.getId())),
        certificate == null ? null : (Long) certificate[0],
        certificate == null ? null : VerificationCode.shortForm((String) certificate[1]));
  }

  /**
   * Everything a certificate would state for a participant now, with their eligibility: the hours
   * per mode (approved plus recognised, as the progress bars count them), the project, the modules
   * passed or waived, the competences reached.
   */
  public record Completion(
      Enrolment enrolment,
      Eligibility eligibility,
      Progress progress,
      String projectTitle,
      List<CourseModule> modulesDone,
      Set<Long> waivedModuleIds,
      List<CertificateSnapshot.Competence> competences) {}

  @RolesAllowed(Role.ADMIN_NAME)
  public Completion completion(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return completion(
        enrolmentId,
        CertificateSheets.defaultLanguage(
            enrolment.getPerson().getPreferredLanguage(), enrolment.getEdition().getLanguage()));
  }

  /** The same with the names (competences, levels) in the certificate's {@code language}. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Completion completion(long enrolmentId, java.util.Locale language) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    Scope scope = Scope.one(enrolment);
    Progress hours = progress.progress(enrolmentId);
    CompletionRules.Facts facts = facts(scope, Map.of(enrolmentId, hours)).get(enrolmentId);
    Object[] certificate = validCertificates(scope).get(enrolmentId);
    Eligibility eligibility =
        new Eligibility(
            enrolmentId,
            enrolment.getPerson().getFullName(),
            !facts.withdrawn(),
            CompletionRules.shortfalls(rules(enrolment.getEdition()), facts),
            certificate == null ? null : (Long) certificate[0],
            certificate == null ? null : VerificationCode.shortForm((String) certificate[1]));
    BestProject project = projects(scope).get(enrolmentId);
    Set<Long> waived = new HashSet<>();
    waived(scope).forEach(row -> waived.add((Long) row[1]));
    Set<Long> done = new HashSet<>(waived);
    em.createQuery(
            "select x.module.id from ModuleResult x where x.passed = true and " + scope.condition(),
            Long.class)
        .setParameter(scope.name(), scope.value())
        .getResultList()
        .forEach(done::add);
    List<CourseModule> modules =
        em
            .createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
            .setParameter("programme", enrolment.getEdition().getProgramme())
            .getResultList()
            .stream()
            .filter(m -> done.contains(m.getId()))
            .toList();
    return new Completion(
        enrolment,
        eligibility,
        hours,
        project != null && ProjectRequirement.APPROVED.metBy(project.status())
            ? project.title()
            : null,
        modules,
        waived,
        competencesReached(scope, language));
  }

  /**
   * The competences of the profile assessed so far, each at the level that counts (by the edition's
   * rule), for the certificate: a certificate states what was assessed, not the targets.
   */
  private List<CertificateSnapshot.Competence> competencesReached(
      Scope scope, java.util.Locale language) {
    Enrolment enrolment = (Enrolment) scope.value();
    // In the certificate's language: the snapshot is the record and never changes afterwards.
    return competences
        .achieved(List.of(enrolment.getId()), language)
        .getOrDefault(enrolment.getId(), List.of())
        .stream()
        .filter(c -> c.level() != null)
        .map(
            c ->
                new CertificateSnapshot.Competence(
                    c.framework(), c.code(), c.name(), c.levelName()))
        .toList();
  }

  /** The caller's own enrolments, newest first, for "My certificate". */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public List<Enrolment> myEnrolments() {
    return em.createQuery(
            "select e from Enrolment e join fetch e.edition where e.person = :person"
                + " order by e.enrolledAt desc",
            Enrolment.class)
        .setParameter("person", callers.person())
        .getResultList();
  }

  /** Which rows the queries read: a whole edition, or one participant. */
  record Scope(String condition, String name, Object value, Edition edition) {
    static Scope edition(Edition edition) {
      return new Scope("x.enrolment.edition = :scope", "scope", edition, edition);
    }

    static Scope one(Enrolment enrolment) {
      return new Scope("x.enrolment = :scope", "scope", enrolment, enrolment.getEdition());
    }
  }

  /** The facts of every participant in scope, from five grouped queries plus the progress. */
  private Map<Long, CompletionRules.Facts> facts(Scope scope, Map<Long, Progress> hours) {
    Map<Long, EnrolmentStatus> statuses = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select e.id, e.status from Enrolment e where "
                    + scope.condition().replace("x.enrolment", "e"),
                Object[].class)
            .setParameter(scope.name(), scope.value())
            .getResultList()) {
      statuses.put((Long) row[0], (EnrolmentStatus) row[1]);
    }
    Map<Long, ProjectStatus> projects = new HashMap<>();
    projects(scope).forEach((id, project) -> projects.put(id, project.status()));
    List<CourseModule> mandatory = mandatoryModules(scope.edition());
    Map<Long, Set<Long>> done = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select x.enrolment.id, x.module.id from ModuleResult x where x.passed = true and "
                    + scope.condition(),
                Object[].class)
            .setParameter(scope.name(), scope.value())
            .getResultList()) {
      done.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]);
    }
    for (Object[] row : waived(scope)) {
      done.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]);
    }
    Map<Long, List<CompletionRules.CompetenceGap>> competences = competenceGaps(scope);
    Map<Long, CompletionRules.Facts> facts = new HashMap<>();
    for (Map.Entry<Long, EnrolmentStatus> entry : statuses.entrySet()) {
      long id = entry.getKey();
      Progress progressOf = hours.get(id);
      Map<LearningMode, Long> counted = new HashMap<>();
      long blended = 0;
      if (progressOf != null) {
        for (Progress.Line line : progressOf.modes()) {
          counted.put(line.mode(), line.approvedMinutes() + line.recognisedMinutes());
        }
        blended =
            progressOf.blendedTotal().approvedMinutes()
                + progressOf.blendedTotal().recognisedMinutes();
      }
      Set<Long> passedOrWaived = done.getOrDefault(id, Set.of());
      List<String> outstanding =
          mandatory.stream()
              .filter(m -> !passedOrWaived.contains(m.getId()))
              .map(CourseModule::getCode)
              .toList();
      facts.put(
          id,
          new CompletionRules.Facts(
              entry.getValue() == EnrolmentStatus.WITHDRAWN,
              counted,
              blended,
              projects.get(id),
              outstanding,
              competences == null ? null : competences.getOrDefault(id, List.of())));
    }
    return facts;
  }

  /** A participant's most advanced project idea. */
  record BestProject(ProjectStatus status, String title) {}

  private Map<Long, BestProject> projects(Scope scope) {
    Map<Long, BestProject> best = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select x.enrolment.id, x.status, x.title from ProjectIdea x where "
                    + scope.condition(),
                Object[].class)
            .setParameter(scope.name(), scope.value())
            .getResultList()) {
      BestProject candidate = new BestProject((ProjectStatus) row[1], (String) row[2]);
      best.merge(
          (Long) row[0],
          candidate,
          (a, b) -> PROJECT_RANK.indexOf(b.status()) > PROJECT_RANK.indexOf(a.status()) ? b : a);
    }
    return best;
  }

  private List<CourseModule> mandatoryModules(Edition edition) {
    return em.createQuery(
            "select m from CourseModule m where m.mandatory = true and m.programme = :programme"
                + " order by m.code",
            CourseModule.class)
        .setParameter("programme", edition.getProgramme())
        .getResultList();
  }

  /** (enrolment id, module id) of approved waivers: a waived module counts as done. */
  private List<Object[]> waived(Scope scope) {
    return em.createQuery(
            "select x.enrolment.id, x.module.id from Waiver x where x.status = :approved and "
                + scope.condition(),
            Object[].class)
        .setParameter("approved", WaiverStatus.APPROVED)
        .setParameter(scope.name(), scope.value())
        .getResultList();
  }

  /**
   * The profile's competence targets each participant has not reached (by the level that counts
   * under the edition's rule), read for the whole scope in a few queries.
   */
  private Map<Long, List<CompletionRules.CompetenceGap>> competenceGaps(Scope scope) {
    List<Long> ids =
        scope.value() instanceof Enrolment enrolment
            ? List.of(enrolment.getId())
            : em.createQuery("select e.id from Enrolment e where e.edition = :edition", Long.class)
                .setParameter("edition", scope.edition())
                .getResultList();
    Map<Long, List<CompletionRules.CompetenceGap>> gaps = new HashMap<>();
    competences
        .achieved(ids)
        .forEach(
            (id, lines) ->
                gaps.put(
                    id,
                    lines.stream()
                        .filter(c -> !c.reached())
                        .map(
                            c ->
                                new CompletionRules.CompetenceGap(
                                    c.framework(), c.code(), c.name()))
                        .toList()));
    return gaps;
  }

  /** Valid certificates in scope: enrolment id → (certificate id, code). */
  private Map<Long, Object[]> validCertificates(Scope scope) {
    Map<Long, Object[]> valid = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select x.enrolment.id, x.id, x.code from Certificate x where x.status = :valid"
                    + " and "
                    + scope.condition(),
                Object[].class)
            .setParameter("valid", CertificateStatus.VALID)
            .setParameter(scope.name(), scope.value())
            .getResultList()) {
      valid.put((Long) row[0], new Object[] {row[1], row[2]});
    }
    return valid;
  }

  private Edition edition(long editionId) {
    return Optional.ofNullable(em.find(Edition.class, editionId))
        .orElseThrow(NotFoundException::new);
  }
}
