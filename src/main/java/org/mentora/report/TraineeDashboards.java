package org.mentora.report;

import static org.mentora.platform.persistence.NativeValues.instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.competence.AssessmentService;
import org.mentora.competence.AssessorRole;
import org.mentora.competence.CompetenceGaps;
import org.mentora.competence.CountingRule;
import org.mentora.competence.ProfileTarget;
import org.mentora.competence.RatingRules;
import org.mentora.competence.Standing;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.directory.Callers;
import org.mentora.logbook.HoursQuery;
import org.mentora.logbook.Progress;
import org.mentora.logbook.ProgressService;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;
import org.mentora.project.Milestone;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectStatus;

/**
 * The participant's own dashboard for one enrolment, in a handful of queries: hours are summed in
 * the database (approved and waiting counted as {@link ProgressService} counts them: only approved
 * hours count, recognised prior learning apart), never read entry by entry.
 */
@Stateless
public class TraineeDashboards {

  /** Milestones are planned once an idea is approved (ProjectService's rule). */
  private static final Set<ProjectStatus> PLANNED =
      java.util.EnumSet.of(
          ProjectStatus.APPROVED, ProjectStatus.IN_IMPLEMENTATION, ProjectStatus.COMPLETED);

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject AssessmentService assessments;
  @Inject Clock clock;
  @Inject HoursQuery hoursQuery;

  @Inject
  @ConfigProperty(name = "mentora.report.inactive-days", defaultValue = "14")
  int inactiveDays;

  private AtRiskRule rule() {
    return new AtRiskRule(inactiveDays);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The calling participant's dashboard for one of their enrolments (the most recent active one
   * when none is named); empty when they have none.
   */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public Optional<TraineeDashboard> traineeDashboard(Long enrolmentId) {
    List<Enrolment> mine =
        em.createQuery(
                "select e from Enrolment e join fetch e.person join fetch e.edition ed"
                    + " left join fetch ed.jobProfile"
                    + " where e.person.id = (select a.person.id from Account a"
                    + " where a.username = :username) order by ed.startDate desc, e.id desc",
                Enrolment.class)
            .setParameter("username", callers.username())
            // EclipseLink ignores a fetch join nested under an alias; its hint does not.
            .setHint("eclipselink.left-join-fetch", "e.edition.jobProfile")
            // The programme and its learning modes come along: every figure is laid out by them.
            .setHint("eclipselink.join-fetch", "e.edition.programme")
            .setHint("eclipselink.left-join-fetch", "e.edition.programme.modes")
            .setHint("eclipselink.left-join-fetch", "e.edition.targetMinutes")
            .getResultList();
    Optional<Enrolment> chosen =
        enrolmentId == null
            ? mine.stream()
                .filter(Enrolment::isActive)
                .findFirst()
                .or(() -> mine.stream().findFirst())
            : mine.stream().filter(e -> e.getId().equals(enrolmentId)).findFirst();
    if (enrolmentId != null && chosen.isEmpty()) {
      throw new NotFoundException();
    }
    return chosen.map(this::traineeDashboard);
  }

  private TraineeDashboard traineeDashboard(Enrolment enrolment) {
    Edition edition = enrolment.getEdition();
    LocalDate today = today();
    // The logbook's one hours query: only approved minutes count, SUBMITTED ones wait for review,
    // recognised prior learning comes from approved waivers.
    HoursQuery.Participant hoursOf =
        hoursQuery.participant(enrolment.getId(), edition.getProgramme().getModes());
    HoursQuery.Sums sums = hoursOf.sums();
    long waitingEntries = sums.waitingEntries();
    long waitingMinutes = sums.waitingMinutes();
    long sentBack = sums.sentBackEntries();
    Instant last = hoursOf.lastLogged();
    Progress hours = ProgressService.of(edition, sums);
    LocalDate lastLogged = last == null ? null : LocalDate.ofInstant(last, clock.getZone());

    Optional<ProjectIdea> idea =
        em.createQuery(
                "select i from ProjectIdea i where i.enrolment = :en and i.status <> :withdrawn"
                    + " order by i.createdAt desc, i.id desc",
                ProjectIdea.class)
            .setParameter("en", enrolment)
            .setParameter("withdrawn", ProjectStatus.WITHDRAWN)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    List<TraineeDashboard.MilestoneLine> milestones =
        idea.filter(i -> PLANNED.contains(i.getStatus()))
            .map(
                i ->
                    em
                        .createQuery(
                            "select m from Milestone m where m.idea = :idea and m.percentDone < 100"
                                + " order by m.dueDate, m.id",
                            Milestone.class)
                        .setParameter("idea", i)
                        .getResultList()
                        .stream()
                        .map(
                            m ->
                                new TraineeDashboard.MilestoneLine(
                                    m.getTitle(),
                                    m.getDueDate(),
                                    m.getPercentDone(),
                                    m.getDueDate().isBefore(today)))
                        .toList())
            .orElse(List.of());

    List<Standing> standings = standings(enrolment);
    List<Standing> gaps = CompetenceGaps.gaps(standings);

    long done =
        hours.modes().stream().mapToLong(l -> l.approvedMinutes() + l.recognisedMinutes()).sum();
    Set<AtRiskRule.Reason> risk =
        enrolment.isActive()
            ? rule()
                .assess(
                    new AtRiskRule.Facts(
                        edition.getStartDate(),
                        edition.getEndDate(),
                        target(edition),
                        done,
                        hours.modes().stream().mapToLong(l -> l.pendingMinutes()).sum(),
                        lastLogged),
                    today)
            : Set.of();
    List<NextSteps.Step> steps =
        enrolment.isActive()
            ? NextSteps.of(
                new NextSteps.Facts(
                    hours.modes().stream()
                        .map(
                            l ->
                                new NextSteps.ModeHours(
                                    l.mode(),
                                    l.approvedMinutes() + l.recognisedMinutes(),
                                    l.pendingMinutes(),
                                    l.targetMinutes()))
                        .toList(),
                    (int) sentBack,
                    idea.map(ProjectIdea::getStatus).orElse(null),
                    milestones.stream()
                        .map(m -> new NextSteps.OpenMilestone(m.title(), m.due()))
                        .toList(),
                    standings.size(),
                    (int) standings.stream().filter(c -> !c.isAssessed()).count(),
                    gaps.size(),
                    risk),
                today)
            : List.of();
    return new TraineeDashboard(
        enrolment.getId(),
        edition.getCode(),
        edition.getTitle(),
        hours,
        waitingEntries,
        waitingMinutes,
        sentBack,
        lastLogged,
        idea.map(ProjectIdea::getId).orElse(null),
        idea.map(ProjectIdea::getTitle).orElse(null),
        idea.map(ProjectIdea::getStatus).orElse(null),
        milestones.size() > 5 ? milestones.subList(0, 5) : milestones,
        standings.size(),
        gaps,
        risk,
        steps);
  }

  /**
   * Where the participant stands on each competence of the profile, counted by the edition's rule
   * exactly as the competence pages count ({@link Standing#of}), in three queries: the targets, the
   * rule and the participant's ratings as plain rows; none without a profile.
   */
  private List<Standing> standings(Enrolment enrolment) {
    if (enrolment.getEdition().getJobProfile() == null) {
      return List.of();
    }
    List<ProfileTarget> targets = assessments.targets(enrolment.getEdition().getJobProfile());
    if (targets.isEmpty()) {
      return List.of();
    }
    CountingRule countingRule = assessments.countingRule(enrolment.getEdition());
    Map<Long, List<RatingRules.Given>> ratings = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.competence.id, r.id, r.assessorRole, r.assessor.id, r.levelNumber,"
                    + " r.ratedAt from Rating r where r.enrolment = :en",
                Object[].class)
            .setParameter("en", enrolment)
            .getResultList()) {
      ratings
          .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(
              new RatingRules.Given(
                  (Long) row[1],
                  (AssessorRole) row[2],
                  (Long) row[3],
                  ((Number) row[4]).intValue(),
                  instant(row[5])));
    }
    return targets.stream()
        .map(
            t ->
                Standing.of(
                    t, ratings.getOrDefault(t.getCompetence().getId(), List.of()), countingRule))
        .toList();
  }

  private static int target(Edition edition) {
    return edition.getTargets().getBlendedTotal() + edition.getTargets().apartSum();
  }
}
