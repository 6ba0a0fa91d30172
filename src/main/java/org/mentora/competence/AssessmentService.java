package org.mentora.competence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentora.course.CourseAccess;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.JobProfile;
import org.mentora.course.ProgressChanged;
import org.mentora.course.StaffRole;
import org.mentora.directory.Callers;
import org.mentora.logbook.LogEntry;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileStore;
import org.mentora.platform.files.StoredFile;
import org.mentora.platform.i18n.LocalName;
import org.mentora.platform.security.Role;
import org.mentora.project.Milestone;

/**
 * Self and staff assessment of the competences of a participant's job profile. Ratings are only
 * ever added; the edition's {@link CountingRule} decides which one counts. Who may read is the
 * course's rule ({@link CourseAccess}); a participant rates only themselves, a mentor or trainer
 * only the participants assigned to them.
 */
@Stateless
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.TRAINER_NAME,
  Role.TUTOR_NAME,
  Role.MENTOR_NAME,
  Role.PARTICIPANT_NAME
})
public class AssessmentService {

  @PersistenceContext EntityManager em;
  @Inject CourseAccess access;
  @Inject Event<ProgressChanged> progressChanged;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject FileStore files;

  /** Everything the competence page of one participant shows, for whoever may see them. */
  public CompetenceView view(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    Edition edition = enrolment.getEdition();
    JobProfile profile = edition.getJobProfile();
    CountingRule rule = countingRule(edition);
    List<MomentWindow> moments = moments(edition);
    List<ProfileTarget> targets = targets(profile);
    Map<Long, List<CompetenceView.LevelOption>> levels = levelsOf(frameworksOf(targets));
    List<Rating> ratings =
        em.createNamedQuery(Rating.OF_ENROLMENT, Rating.class)
            .setParameter("enrolment", enrolment)
            .getResultList();
    Map<Long, List<CompetenceView.EvidenceLine>> evidence = evidenceOf(enrolment);
    Map<Long, List<Rating>> byCompetence =
        ratings.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.getCompetence().getId(), LinkedHashMap::new, Collectors.toList()));
    List<CompetenceView.Row> rows = new ArrayList<>();
    for (ProfileTarget target : targets) {
      Competence competence = target.getCompetence();
      Framework framework = competence.getFramework();
      List<Rating> given = byCompetence.getOrDefault(competence.getId(), List.of());
      List<RatingRules.Given> seen = given.stream().map(Rating::given).toList();
      Optional<RatingRules.Given> counted = RatingRules.counting(rule, seen);
      Standing standing = Standing.of(target, seen, rule);
      List<CompetenceView.RatingLine> history =
          given.stream()
              .map(
                  r ->
                      new CompetenceView.RatingLine(
                          r.getId(),
                          r.getMoment(),
                          r.getAssessorRole(),
                          r.getAssessor().getFullName(),
                          r.getLevelNumber(),
                          r.getComment(),
                          r.getRatedAt(),
                          counted.map(c -> c.id().equals(r.getId())).orElse(false),
                          evidence.getOrDefault(r.getId(), List.of())))
              .toList();
      rows.add(
          new CompetenceView.Row(
              standing,
              competence.getArea().getCode() + " " + LocalName.inRequest(competence.getArea()),
              framework.getMinLevel(),
              framework.getMaxLevel(),
              levels.getOrDefault(framework.getId(), List.of()),
              history));
    }
    boolean own = isOwn(enrolment);
    LocalDate today = LocalDate.now(clock);
    List<AssessmentMoment> formMoments =
        moments.stream()
            .filter(w -> own ? w.isOpenOn(today) : w.isEnabled())
            .map(MomentWindow::moment)
            .toList();
    return new CompetenceView(
        enrolment.getId(),
        enrolment.getPerson().getFullName(),
        edition.getTitle(),
        profile == null ? null : LocalName.inRequest(profile),
        rule,
        moments,
        formMoments,
        rows,
        own && enrolment.isActive() && profile != null,
        !own && profile != null && staffRole(enrolment).isPresent());
  }

  /** Where a participant stands on each competence of their profile (for other capabilities). */
  public List<Standing> standings(long enrolmentId) {
    return view(enrolmentId).standings();
  }

  /** The participant rates themselves, at a moment open today, with evidence of their own. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public long selfAssess(long enrolmentId, RatingForm form) {
    Enrolment enrolment = access.ownEnrolment(enrolmentId);
    if (!enrolment.isActive()) {
      throw new BusinessException("assessment.notActive");
    }
    Competence competence = checkedCompetence(enrolment, form);
    if (form.getMoment() != null) {
      LocalDate today = LocalDate.now(clock);
      MomentWindow window =
          moments(enrolment.getEdition()).stream()
              .filter(w -> w.moment() == form.getMoment())
              .findFirst()
              .orElse(MomentWindow.open(form.getMoment()));
      if (!window.isOpenOn(today)) {
        throw BusinessException.onField("moment", "assessment.moment.closed");
      }
    }
    Rating rating = newRating(enrolment, competence, form, AssessorRole.SELF);
    attachEvidence(enrolment, rating, form);
    em.persist(rating);
    return rating.getId();
  }

  /** A mentor or trainer of the participant gives their own level, with a comment. */
  @RolesAllowed({Role.MENTOR_NAME, Role.TRAINER_NAME})
  public long rate(long enrolmentId, RatingForm form) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    AssessorRole role = staffRole(enrolment).orElseThrow(NotFoundException::new);
    Competence competence = checkedCompetence(enrolment, form);
    Rating rating = newRating(enrolment, competence, form, role);
    em.persist(rating);
    progressChanged.fire(new ProgressChanged(enrolmentId));
    return rating.getId();
  }

  /** What a participant may link as evidence: their own log entries and project milestones. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public EvidenceChoices evidenceChoices(long enrolmentId) {
    Enrolment enrolment = access.ownEnrolment(enrolmentId);
    List<EvidenceChoices.Choice> entries =
        em.createQuery(
                "select e from LogEntry e where e.enrolment = :enrolment"
                    + " order by e.date desc, e.id desc",
                LogEntry.class)
            .setParameter("enrolment", enrolment)
            .setMaxResults(EvidenceChoices.MAX_ENTRIES)
            .getResultStream()
            .map(e -> new EvidenceChoices.Choice(e.getId(), e.getDate(), e.getDescription()))
            .toList();
    List<EvidenceChoices.Choice> milestones =
        em.createQuery(
                "select m from Milestone m where m.idea.enrolment = :enrolment"
                    + " order by m.dueDate, m.id",
                Milestone.class)
            .setParameter("enrolment", enrolment)
            .getResultStream()
            .map(m -> new EvidenceChoices.Choice(m.getId(), m.getDueDate(), m.getTitle()))
            .toList();
    return new EvidenceChoices(entries, milestones);
  }

  /** An evidence file with its bytes, for whoever may see the participant. */
  public EvidenceFile evidenceFile(long evidenceId) {
    RatingEvidence evidence =
        Optional.ofNullable(em.find(RatingEvidence.class, evidenceId))
            .filter(e -> e.getFile() != null)
            .orElseThrow(NotFoundException::new);
    access.visibleEnrolment(evidence.getRating().getEnrolment().getId());
    return new EvidenceFile(evidence.getFile(), files.content(evidence.getFile()));
  }

  /** An evidence file and its bytes. */
  public record EvidenceFile(StoredFile file, byte[] content) {}

  // --- rules shared with the cohort views ---

  /** The edition's counting rule (the default when it set none). */
  public CountingRule countingRule(Edition edition) {
    return em.createNamedQuery(CompetenceSettings.OF_EDITION, CompetenceSettings.class)
        .setParameter("edition", edition)
        .getResultStream()
        .findFirst()
        .map(CompetenceSettings::getCountingRule)
        .orElse(CountingRule.DEFAULT);
  }

  private List<MomentWindow> moments(Edition edition) {
    Map<AssessmentMoment, MomentWindow> windows = new EnumMap<>(AssessmentMoment.class);
    for (AssessmentMoment moment : AssessmentMoment.values()) {
      windows.put(moment, MomentWindow.open(moment));
    }
    em.createNamedQuery(AssessmentWindow.OF_EDITION, AssessmentWindow.class)
        .setParameter("edition", edition)
        .getResultStream()
        .forEach(w -> windows.put(w.getMoment(), w.toRule()));
    return List.copyOf(windows.values());
  }

  /** A profile's targets with their competences, areas and frameworks; none without a profile. */
  public List<ProfileTarget> targets(JobProfile profile) {
    if (profile == null) {
      return List.of();
    }
    // Every caller shows the competences' names in the visitor's language: they come first, with
    // their names in one statement, so that the targets find them loaded (a fetch join does not
    // fill competences the persistence context already holds) instead of one lazy load each.
    em.createQuery(
            "select distinct c from Competence c left join fetch c.names where c.id in"
                + " (select t.competence.id from ProfileTarget t where t.profile = :profile)",
            Competence.class)
        .setParameter("profile", profile)
        .getResultList();
    List<ProfileTarget> targets =
        em.createNamedQuery(ProfileTarget.OF_PROFILE, ProfileTarget.class)
            .setParameter("profile", profile)
            .getResultList();
    return targets;
  }

  private static Set<Framework> frameworksOf(Collection<ProfileTarget> targets) {
    return targets.stream().map(t -> t.getCompetence().getFramework()).collect(Collectors.toSet());
  }

  /** The named levels of each framework (plain numbers where a framework names none). */
  public Map<Long, List<CompetenceView.LevelOption>> levelsOf(Collection<Framework> frameworks) {
    if (frameworks.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<CompetenceView.LevelOption>> levels = new HashMap<>();
    em.createQuery(
            "select l from FrameworkLevel l where l.framework in :frameworks"
                + " order by l.levelNumber",
            FrameworkLevel.class)
        .setParameter("frameworks", frameworks)
        .getResultStream()
        .forEach(
            l ->
                levels
                    .computeIfAbsent(l.getFramework().getId(), k -> new ArrayList<>())
                    .add(
                        new CompetenceView.LevelOption(
                            l.getLevelNumber(), LocalName.inRequest(l))));
    for (Framework framework : frameworks) {
      levels.computeIfAbsent(
          framework.getId(),
          k -> {
            List<CompetenceView.LevelOption> plain = new ArrayList<>();
            for (int n = framework.getMinLevel(); n <= framework.getMaxLevel(); n++) {
              plain.add(new CompetenceView.LevelOption(n, null));
            }
            return plain;
          });
    }
    return levels;
  }

  private Map<Long, List<CompetenceView.EvidenceLine>> evidenceOf(Enrolment enrolment) {
    Map<Long, List<CompetenceView.EvidenceLine>> lines = new HashMap<>();
    em.createQuery(
            "select v from RatingEvidence v left join fetch v.logEntry left join fetch v.milestone"
                + " left join fetch v.file where v.rating.enrolment = :enrolment order by v.id",
            RatingEvidence.class)
        .setParameter("enrolment", enrolment)
        .getResultStream()
        .forEach(
            v ->
                lines
                    .computeIfAbsent(v.getRating().getId(), k -> new ArrayList<>())
                    .add(
                        new CompetenceView.EvidenceLine(
                            v.getId(), v.getKind(), label(v), v.getFile() != null)));
    return lines;
  }

  private static String label(RatingEvidence evidence) {
    return switch (evidence.getKind()) {
      case LOG_ENTRY ->
          evidence.getLogEntry().getDate() + " " + shorten(evidence.getLogEntry().getDescription());
      case MILESTONE -> evidence.getMilestone().getTitle();
      case FILE -> evidence.getFile().getFilename();
    };
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }

  private boolean isOwn(Enrolment enrolment) {
    return callers.has(Role.PARTICIPANT)
        && callers
            .findPerson()
            .map(p -> p.getId().equals(enrolment.getPerson().getId()))
            .orElse(false);
  }

  /** The capacity in which the caller may rate this participant: mentor first, then trainer. */
  private Optional<AssessorRole> staffRole(Enrolment enrolment) {
    Set<StaffRole> roles = access.assignedParts(enrolment);
    if (roles.contains(StaffRole.MENTOR) && callers.has(Role.MENTOR)) {
      return Optional.of(AssessorRole.MENTOR);
    }
    if (roles.contains(StaffRole.TRAINER) && callers.has(Role.TRAINER)) {
      return Optional.of(AssessorRole.TRAINER);
    }
    return Optional.empty();
  }

  private Competence checkedCompetence(Enrolment enrolment, RatingForm form) {
    JobProfile profile = enrolment.getEdition().getJobProfile();
    if (profile == null) {
      throw new BusinessException("assessment.noProfile");
    }
    if (form.getCompetenceId() == null) {
      throw BusinessException.onField("competence", "assessment.competence.required");
    }
    ProfileTarget target =
        targets(profile).stream()
            .filter(t -> t.getCompetence().getId().equals(form.getCompetenceId()))
            .findFirst()
            .orElseThrow(
                () ->
                    BusinessException.onField("competence", "assessment.competence.notInProfile"));
    if (form.getMoment() == null) {
      throw BusinessException.onField("moment", "assessment.moment.required");
    }
    Framework framework = target.getCompetence().getFramework();
    if (form.getLevel() == null) {
      throw BusinessException.onField("level", "assessment.level.required");
    }
    if (!framework.accepts(form.getLevel())) {
      throw BusinessException.onField(
          "level",
          "assessment.level.outOfRange",
          framework.getMinLevel(),
          framework.getMaxLevel(),
          framework.getTitle());
    }
    if (form.getComment() != null && form.getComment().length() > Rating.COMMENT_MAX) {
      throw BusinessException.onField("comment", "validation.tooLong");
    }
    return target.getCompetence();
  }

  private Rating newRating(
      Enrolment enrolment, Competence competence, RatingForm form, AssessorRole role) {
    String comment = form.getComment() == null ? null : form.getComment().strip();
    return new Rating(
        enrolment,
        competence,
        form.getMoment(),
        role,
        callers.person(),
        form.getLevel(),
        comment == null || comment.isEmpty() ? null : comment,
        Instant.now(clock));
  }

  private void attachEvidence(Enrolment enrolment, Rating rating, RatingForm form) {
    for (Long id : form.getLogEntryIds()) {
      LogEntry entry = em.find(LogEntry.class, id);
      if (entry == null || !entry.getEnrolment().getId().equals(enrolment.getId())) {
        throw BusinessException.onField("evidence", "assessment.evidence.notYours");
      }
      RatingEvidence.of(rating, entry);
    }
    for (Long id : form.getMilestoneIds()) {
      Milestone milestone = em.find(Milestone.class, id);
      if (milestone == null
          || !milestone.getIdea().getEnrolment().getId().equals(enrolment.getId())) {
        throw BusinessException.onField("evidence", "assessment.evidence.notYours");
      }
      RatingEvidence.of(rating, milestone);
    }
    if (form.hasFile()) {
      StoredFile file =
          files.store(
              "evidenceFile", form.getFileName(), form.getFileContent(), callers.username());
      RatingEvidence.of(rating, file);
    }
  }
}
