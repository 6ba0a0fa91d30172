package org.mentora.competence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentora.course.CourseAccess;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.EnrolmentStatus;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.i18n.LocalName;
import org.mentora.platform.security.Role;

/**
 * Many participants at once: a staff member's participants and an edition's heat-map. A few queries
 * per view (enrolments, targets, all ratings as plain rows), never one per participant.
 */
@Stateless
public class CompetenceOverview {

  @PersistenceContext EntityManager em;
  @Inject CourseAccess access;
  @Inject AssessmentService assessments;

  /** The participants assigned to the calling mentor, tutor or trainer. */
  @RolesAllowed({Role.MENTOR_NAME, Role.TUTOR_NAME, Role.TRAINER_NAME})
  public List<ParticipantStanding> assignedParticipants() {
    List<Enrolment> enrolments =
        access.assignedEnrolments().stream()
            .filter(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN)
            .toList();
    if (enrolments.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<Long, List<RatingRules.Given>>> ratings =
        ratings(
            em.createQuery(RATING_ROWS + " where r.enrolment in :enrolments", Object[].class)
                .setParameter("enrolments", enrolments)
                .getResultList());
    Map<Long, List<ProfileTarget>> targetsByEdition = new HashMap<>();
    Map<Long, CountingRule> rules = new HashMap<>();
    List<ParticipantStanding> result = new ArrayList<>();
    for (Enrolment enrolment : enrolments) {
      Edition edition = enrolment.getEdition();
      List<ProfileTarget> targets =
          targetsByEdition.computeIfAbsent(
              edition.getId(), id -> assessments.targets(edition.getJobProfile()));
      CountingRule rule =
          rules.computeIfAbsent(edition.getId(), id -> assessments.countingRule(edition));
      Map<Long, List<RatingRules.Given>> mine = ratings.getOrDefault(enrolment.getId(), Map.of());
      List<Standing> standings = standings(targets, mine, rule);
      Instant last =
          mine.values().stream()
              .flatMap(Collection::stream)
              .map(RatingRules.Given::at)
              .max(Instant::compareTo)
              .orElse(null);
      result.add(
          new ParticipantStanding(
              enrolment.getId(),
              enrolment.getPerson().getFullName(),
              edition.getCode(),
              standings.size(),
              (int) standings.stream().filter(Standing::isReached).count(),
              CompetenceGaps.gaps(standings).size(),
              (int) standings.stream().filter(Standing::isDisputed).count(),
              last));
    }
    return result;
  }

  /** An edition's participants × the profile's competences, for administrators. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Cohort cohort(long editionId) {
    Edition edition =
        Optional.ofNullable(em.find(Edition.class, editionId)).orElseThrow(NotFoundException::new);
    List<ProfileTarget> targets = assessments.targets(edition.getJobProfile());
    CountingRule rule = assessments.countingRule(edition);
    List<Enrolment> enrolments =
        em.createQuery(
                "select e from Enrolment e join fetch e.person p left join fetch e.hostOrganisation"
                    + " where e.edition = :edition and e.status <> :withdrawn"
                    + " order by p.familyName, p.givenName, e.id",
                Enrolment.class)
            .setParameter("edition", edition)
            .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN)
            .getResultList();
    Map<Long, Map<Long, List<RatingRules.Given>>> ratings =
        ratings(
            em.createQuery(RATING_ROWS + " where r.enrolment.edition = :edition", Object[].class)
                .setParameter("edition", edition)
                .getResultList());
    List<Cohort.Column> columns = targets.stream().map(Cohort.Column::of).toList();
    List<Cohort.Line> lines = new ArrayList<>();
    for (Enrolment enrolment : enrolments) {
      List<Standing> standings =
          standings(targets, ratings.getOrDefault(enrolment.getId(), Map.of()), rule);
      lines.add(
          new Cohort.Line(
              enrolment.getId(),
              enrolment.getPerson().getFullName(),
              enrolment.getHostOrganisation() == null
                  ? null
                  : enrolment.getHostOrganisation().getName(),
              standings.stream().map(s -> new Cohort.Cell(s.counted(), s.target())).toList(),
              CompetenceGaps.percentReached(standings)));
    }
    return new Cohort(
        edition.getId(),
        edition.getTitle(),
        edition.getJobProfile() == null ? null : LocalName.inRequest(edition.getJobProfile()),
        rule,
        columns,
        lines);
  }

  /**
   * Per competence of the edition's profile, how many of the given participants of that edition
   * reach the target by the level that counts under the edition's rule, and how many have a counted
   * level at all. For dashboards over thousands of participants: three queries (targets, rule, the
   * edition's ratings as plain rows) and no entity per participant; ids outside the edition are
   * ignored.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<Cohort.Share> shares(Edition edition, Collection<Long> enrolmentIds) {
    if (edition.getJobProfile() == null) {
      return List.of();
    }
    List<ProfileTarget> targets = assessments.targets(edition.getJobProfile());
    if (targets.isEmpty()) {
      return List.of();
    }
    CountingRule rule = assessments.countingRule(edition);
    java.util.Set<Long> wanted = new java.util.HashSet<>(enrolmentIds);
    Map<Long, Map<Long, List<RatingRules.Given>>> ratings =
        ratings(
            em.createQuery(RATING_ROWS + " where r.enrolment.edition = :edition", Object[].class)
                .setParameter("edition", edition)
                .getResultList());
    ratings.keySet().retainAll(wanted);
    long[] assessed = new long[targets.size()];
    long[] reached = new long[targets.size()];
    for (Map<Long, List<RatingRules.Given>> mine : ratings.values()) {
      List<Standing> standings = standings(targets, mine, rule);
      for (int i = 0; i < standings.size(); i++) {
        if (standings.get(i).isAssessed()) {
          assessed[i]++;
        }
        if (standings.get(i).isReached()) {
          reached[i]++;
        }
      }
    }
    List<Cohort.Share> shares = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      shares.add(
          new Cohort.Share(
              Cohort.Column.of(targets.get(i)), wanted.size(), assessed[i], reached[i]));
    }
    return shares;
  }

  /**
   * Each enrolment's competences with the counted level against the target, in a few queries for
   * any number of enrolments. For capabilities that have already decided the caller may see these
   * participants (certificates: eligibility, the issued record).
   */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Map<Long, List<AchievedCompetence>> achieved(Collection<Long> enrolmentIds) {
    return achieved(enrolmentIds, org.mentora.platform.i18n.LocalName.requestLocale());
  }

  /**
   * As {@link #achieved(Collection)}, with competence and level names in the given language (a
   * certificate's, which need not be the reader's); null gives the main names.
   */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Map<Long, List<AchievedCompetence>> achieved(
      Collection<Long> enrolmentIds, java.util.Locale language) {
    Map<Long, List<AchievedCompetence>> result = new HashMap<>();
    Map<Long, Map<Integer, String>> levelNames = new HashMap<>();
    List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(enrolmentIds));
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      List<Enrolment> enrolments =
          em.createQuery(
                  "select e from Enrolment e join fetch e.edition where e.id in :ids",
                  Enrolment.class)
              .setParameter("ids", chunk)
              .getResultList();
      Map<Long, Map<Long, List<RatingRules.Given>>> ratings =
          ratings(
              em.createQuery(RATING_ROWS + " where r.enrolment.id in :ids", Object[].class)
                  .setParameter("ids", chunk)
                  .getResultList());
      Map<Long, List<ProfileTarget>> targetsByEdition = new HashMap<>();
      Map<Long, CountingRule> rules = new HashMap<>();
      for (Enrolment enrolment : enrolments) {
        Edition edition = enrolment.getEdition();
        List<ProfileTarget> targets =
            targetsByEdition.computeIfAbsent(
                edition.getId(), id -> assessments.targets(edition.getJobProfile()));
        CountingRule rule =
            rules.computeIfAbsent(edition.getId(), id -> assessments.countingRule(edition));
        Map<Long, List<RatingRules.Given>> mine = ratings.getOrDefault(enrolment.getId(), Map.of());
        List<AchievedCompetence> lines = new ArrayList<>();
        for (ProfileTarget target : targets) {
          Standing standing =
              Standing.of(
                  target, mine.getOrDefault(target.getCompetence().getId(), List.of()), rule);
          lines.add(
              new AchievedCompetence(
                  standing.framework(),
                  standing.code(),
                  target.getCompetence().name(language),
                  standing.counted(),
                  levelName(
                      levelNames,
                      target.getCompetence().getFramework(),
                      standing.counted(),
                      language),
                  standing.target(),
                  standing.isReached()));
        }
        result.put(enrolment.getId(), lines);
      }
    }
    return result;
  }

  private String levelName(
      Map<Long, Map<Integer, String>> levelNames,
      Framework framework,
      Integer level,
      java.util.Locale language) {
    if (level == null) {
      return null;
    }
    Map<Integer, String> names =
        levelNames.computeIfAbsent(
            framework.getId(),
            id -> {
              Map<Integer, String> byNumber = new HashMap<>();
              em.createNamedQuery(FrameworkLevel.OF_FRAMEWORK, FrameworkLevel.class)
                  .setParameter("framework", framework)
                  .getResultStream()
                  .map(l -> new CompetenceView.LevelOption(l.getLevelNumber(), l.name(language)))
                  .forEach(l -> byNumber.put(l.number(), l.getLabel()));
              return byNumber;
            });
    return names.getOrDefault(level, String.valueOf(level));
  }

  private static final int CHUNK = 1000;

  private static final String RATING_ROWS =
      "select r.enrolment.id, r.competence.id, r.assessorRole, r.assessor.id, r.levelNumber,"
          + " r.ratedAt, r.id from Rating r";

  private static Map<Long, Map<Long, List<RatingRules.Given>>> ratings(List<Object[]> rows) {
    Map<Long, Map<Long, List<RatingRules.Given>>> result = new HashMap<>();
    for (Object[] row : rows) {
      result
          .computeIfAbsent((Long) row[0], k -> new HashMap<>())
          .computeIfAbsent((Long) row[1], k -> new ArrayList<>())
          .add(
              new RatingRules.Given(
                  (Long) row[6],
                  (AssessorRole) row[2],
                  (Long) row[3],
                  ((Number) row[4]).intValue(),
                  (Instant) row[5]));
    }
    return result;
  }

  private static List<Standing> standings(
      List<ProfileTarget> targets, Map<Long, List<RatingRules.Given>> ratings, CountingRule rule) {
    return targets.stream()
        .map(t -> Standing.of(t, ratings.getOrDefault(t.getCompetence().getId(), List.of()), rule))
        .toList();
  }
}
