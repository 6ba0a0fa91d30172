package org.mentora.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.certificate.Eligibility;
import org.mentora.certificate.EligibilityService;
import org.mentora.competence.AssessmentService;
import org.mentora.competence.AssessorRole;
import org.mentora.competence.CompetenceGaps;
import org.mentora.competence.CompetenceOverview;
import org.mentora.competence.CountingRule;
import org.mentora.competence.ProfileTarget;
import org.mentora.competence.RatingRules;
import org.mentora.competence.Standing;
import org.mentora.course.CourseAccess;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.EnrolmentStatus;
import org.mentora.course.LearningMode;
import org.mentora.course.WaiverStatus;
import org.mentora.directory.Callers;
import org.mentora.directory.Organisation;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.Progress;
import org.mentora.logbook.ProgressService;
import org.mentora.logbook.WeeklyMinutes;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;
import org.mentora.project.Milestone;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectStatus;
import org.mentora.report.EditionDashboard.GroupBy;

/**
 * The dashboards' read models, each in a handful of queries whatever the number of participants:
 * hours are summed in the database per participant (approved and waiting counted as {@link
 * ProgressService} counts them: only approved hours count, recognised prior learning apart), never
 * read entry by entry. Who sees whom is {@link CourseAccess}'s decision.
 */
@Stateless
public class ReportService {

  /** Milestones are planned once an idea is approved (ProjectService's rule). */
  private static final Set<ProjectStatus> PLANNED =
      java.util.EnumSet.of(
          ProjectStatus.APPROVED, ProjectStatus.IN_IMPLEMENTATION, ProjectStatus.COMPLETED);

  /** Participants per query when staff dashboards list enrolments by id. */
  private static final int CHUNK = 2000;

  @PersistenceContext EntityManager em;
  @Inject CourseAccess access;
  @Inject Callers callers;
  @Inject CompetenceOverview competenceOverview;
  @Inject ReportAggregates aggregates;
  @Inject EligibilityService eligibility;
  @Inject AssessmentService assessments;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mentora.report.inactive-days", defaultValue = "14")
  int inactiveDays;

  private AtRiskRule rule() {
    return new AtRiskRule(inactiveDays);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---- trainee

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
    // The logbook's rules in one statement: only approved minutes count, SUBMITTED ones wait for
    // review, recognised prior learning is summed from approved waivers (as ProgressService).
    Map<LearningMode, Long> approved = new EnumMap<>(LearningMode.class);
    Map<LearningMode, Long> pending = new EnumMap<>(LearningMode.class);
    long waitingEntries = 0;
    long waitingMinutes = 0;
    long sentBack = 0;
    for (Object[] row :
        em.createQuery(
                "select l.status, l.mode, count(l), sum(l.minutes)"
                    + " from LogEntry l where l.enrolment = :en group by l.status, l.mode",
                Object[].class)
            .setParameter("en", enrolment)
            .getResultList()) {
      EntryStatus status = (EntryStatus) row[0];
      LearningMode mode = (LearningMode) row[1];
      long count = ((Number) row[2]).longValue();
      long minutes = ((Number) row[3]).longValue();
      if (status == EntryStatus.APPROVED) {
        approved.merge(mode, minutes, Long::sum);
      } else if (status == EntryStatus.SUBMITTED) {
        pending.merge(mode, minutes, Long::sum);
        waitingEntries += count;
        waitingMinutes += minutes;
      } else if (status == EntryStatus.REJECTED || status == EntryStatus.CHANGES_REQUESTED) {
        sentBack += count;
      }
    }
    // The attribute itself, not max(): an aggregate of a converted column reaches the converter as
    // the driver's raw type (a Timestamp on PostgreSQL).
    Instant last =
        em.createQuery(
                "select l.createdAt from LogEntry l where l.enrolment = :en"
                    + " and l.status <> :withdrawn order by l.createdAt desc",
                Instant.class)
            .setParameter("en", enrolment)
            .setParameter("withdrawn", EntryStatus.WITHDRAWN)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Map<LearningMode, Long> recognised = new EnumMap<>(LearningMode.class);
    for (Object[] row :
        em.createQuery(
                "select m.learningMode, sum(w.recognisedMinutes) from Waiver w join w.module m"
                    + " where w.enrolment = :en and w.status = :approved group by m.learningMode",
                Object[].class)
            .setParameter("en", enrolment)
            .setParameter("approved", WaiverStatus.APPROVED)
            .getResultList()) {
      recognised.put((LearningMode) row[0], ((Number) row[1]).longValue());
    }
    Progress hours = ProgressService.of(edition.getTargets(), approved, pending, recognised);
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

  // ---- mentor, tutor, trainer

  /** The calling staff member's current participants (withdrawn ones left out). */
  @RolesAllowed({Role.MENTOR_NAME, Role.TUTOR_NAME, Role.TRAINER_NAME})
  public StaffDashboard staffDashboard() {
    List<Long> ids =
        access.assignedEnrolments().stream()
            .filter(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN)
            .map(Enrolment::getId)
            .toList();
    List<ParticipantRow> rows = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      String in = numbers(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
      rows.addAll(participantRows("%s.id in (" + in + ")", "l.enrolment_id in (" + in + ")", null));
    }
    rows.sort(
        Comparator.comparing(ParticipantRow::name).thenComparing(ParticipantRow::enrolmentId));
    return new StaffDashboard(List.copyOf(rows), inactiveDays);
  }

  // ---- administrator

  /** Every edition, newest first, for the dashboard's edition choice. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<Edition> editions() {
    return em.createNamedQuery(Edition.ALL, Edition.class).getResultList();
  }

  /**
   * The host libraries of the editions' participants, for the country, region and library filters.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<Organisation> hostOrganisations(List<Long> editionIds) {
    if (editionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct o from Enrolment e join e.hostOrganisation o"
                + " where e.edition.id in :ids order by o.country, o.region, o.name",
            Organisation.class)
        .setParameter("ids", editionIds)
        .getResultList();
  }

  /** One or several editions' figures, as filtered; each named edition must exist. */
  @RolesAllowed(Role.ADMIN_NAME)
  public EditionDashboard editionDashboard(EditionFilter filter) {
    if (filter.editionIds().isEmpty()) {
      throw new NotFoundException();
    }
    Map<Long, Edition> byId =
        em.createQuery(
                "select e from Edition e left join fetch e.jobProfile where e.id in :ids",
                Edition.class)
            .setParameter("ids", filter.editionIds())
            .getResultStream()
            .collect(Collectors.toMap(Edition::getId, e -> e));
    List<Edition> editions = filter.editionIds().stream().distinct().map(byId::get).toList();
    if (editions.contains(null)) {
      throw new NotFoundException();
    }
    // The weekly chart is the other pass over the editions' entries: it runs on a second connection
    // while this one sums per participant.
    Future<Weekly> weeklyFuture = aggregates.weekly(filter);
    List<ParticipantRow> all =
        participantRows(
            "%s.edition_id in (" + numbers(filter.editionIds()) + ")",
            "l.edition_id in (" + numbers(filter.editionIds()) + ")",
            filter);
    List<ParticipantRow> counted = all.stream().filter(r -> !r.withdrawn()).toList();
    LocalDate today = today();

    List<EditionDashboard.EditionRow> editionRows = new ArrayList<>();
    for (Edition edition : editions) {
      List<ParticipantRow> of = all.stream().filter(r -> r.editionId() == edition.getId()).toList();
      List<ParticipantRow> in = of.stream().filter(r -> !r.withdrawn()).toList();
      editionRows.add(
          new EditionDashboard.EditionRow(
              edition.getId(),
              edition.getCode(),
              edition.getTitle(),
              edition.getCountry(),
              in.size(),
              of.size() - in.size(),
              in.stream().filter(r -> isActive(r, today)).count(),
              in.stream().filter(ParticipantRow::isAtRisk).count(),
              in.stream().mapToLong(ParticipantRow::approvedMinutes).sum(),
              in.stream().mapToLong(ParticipantRow::recognisedMinutes).sum(),
              in.stream().mapToLong(ParticipantRow::pendingMinutes).sum(),
              in.stream().filter(ParticipantRow::isCertified).count()));
    }

    Map<GroupBy, List<EditionDashboard.GroupRow>> groups = new EnumMap<>(GroupBy.class);
    for (GroupBy by : GroupBy.values()) {
      groups.put(by, groups(counted, by));
    }

    List<EditionDashboard.ProjectRow> projects = projects(filter);

    Edition first = editions.get(0);
    List<Long> firstIds =
        counted.stream()
            .filter(r -> r.editionId() == first.getId())
            .map(ParticipantRow::enrolmentId)
            .toList();
    List<EditionDashboard.CompetenceShare> competences =
        competenceOverview.shares(first, firstIds).stream()
            .map(
                share ->
                    new EditionDashboard.CompetenceShare(
                        share.column().code(),
                        share.column().name(),
                        share.column().target(),
                        share.percentReached()))
            .toList();
    Weekly weekly = ReportAggregates.join(weeklyFuture);
    return new EditionDashboard(
        filter,
        inactiveDays,
        List.copyOf(editionRows),
        counted,
        groups,
        weekly.labels(),
        weekly.minutes(),
        projects,
        first.getCode(),
        List.copyOf(competences));
  }

  /**
   * Who of the filtered participants is eligible for a certificate and who holds one, edition by
   * edition, and what the others lack most often. Apart from {@link #editionDashboard} because it
   * weighs every participant against the completion rules ({@link EligibilityService#edition}): the
   * page loads it after the dashboard and shows that it is working.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public CompletionFigures completion(EditionFilter filter) {
    if (filter.editionIds().isEmpty()) {
      throw new NotFoundException();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
            "select en.id, ed.id, ed.code from Enrolment en join en.edition ed"
                + " left join en.hostOrganisation o where ed.id in :ids"
                + " and en.status <> :withdrawn"
                + organisationFilter(filter),
            Object[].class);
    bindOrganisationFilter(query, filter);
    Map<Long, String> codes = new LinkedHashMap<>();
    Set<Long> inScope = new java.util.HashSet<>();
    for (Object[] row :
        query
            .setParameter("ids", filter.editionIds())
            .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN)
            .getResultList()) {
      inScope.add((Long) row[0]);
      codes.putIfAbsent((Long) row[1], (String) row[2]);
    }
    List<CompletionFigures.EditionCompletion> editions = new ArrayList<>();
    Map<String, Long> missing = new HashMap<>();
    for (Long editionId : filter.editionIds().stream().distinct().toList()) {
      long participants = 0;
      long eligible = 0;
      long certified = 0;
      long toIssue = 0;
      for (Eligibility one : eligibility.edition(editionId, false)) {
        if (!inScope.contains(one.enrolmentId())) {
          continue;
        }
        participants++;
        if (one.isEligible()) {
          eligible++;
        }
        if (one.certificateId() != null) {
          certified++;
        }
        if (one.isIssuable()) {
          toIssue++;
        }
        one.shortfalls().stream()
            .map(f -> CompletionFigures.reasonKey(f.key()))
            .distinct()
            .forEach(key -> missing.merge(key, 1L, Long::sum));
      }
      editions.add(
          new CompletionFigures.EditionCompletion(
              editionId,
              codes.getOrDefault(editionId, String.valueOf(editionId)),
              participants,
              eligible,
              certified,
              toIssue));
    }
    List<CompletionFigures.Reason> reasons =
        missing.entrySet().stream()
            .map(e -> new CompletionFigures.Reason(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingLong(CompletionFigures.Reason::participants)
                    .reversed()
                    .thenComparing(CompletionFigures.Reason::key))
            .toList();
    return new CompletionFigures(List.copyOf(editions), reasons);
  }

  /**
   * The edition report as PDF, with the same figures as {@link #editionDashboard} and {@link
   * #completion}.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public byte[] editionReportPdf(EditionFilter filter, java.util.Locale locale) {
    return EditionReportPdf.render(editionDashboard(filter), completion(filter), locale);
  }

  private boolean isActive(ParticipantRow row, LocalDate today) {
    return row.lastLogged() != null && row.lastLogged().plusDays(inactiveDays).isAfter(today);
  }

  private static List<EditionDashboard.GroupRow> groups(List<ParticipantRow> rows, GroupBy by) {
    Map<String, List<ParticipantRow>> grouped =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r ->
                        switch (by) {
                          case ORGANISATION -> String.valueOf(r.organisationId());
                          case REGION -> r.country() + "|" + r.region();
                          case COUNTRY -> String.valueOf(r.country());
                        },
                    LinkedHashMap::new,
                    Collectors.toList()));
    return grouped.values().stream()
        .map(
            members -> {
              ParticipantRow one = members.get(0);
              return new EditionDashboard.GroupRow(
                  by == GroupBy.ORGANISATION ? one.organisation() : null,
                  by == GroupBy.COUNTRY ? null : one.region(),
                  one.country(),
                  members.size(),
                  members.stream().filter(ParticipantRow::isAtRisk).count(),
                  members.stream().mapToLong(ParticipantRow::approvedMinutes).sum(),
                  members.stream().mapToLong(ParticipantRow::pendingMinutes).sum());
            })
        .sorted(
            Comparator.comparing(
                    EditionDashboard.GroupRow::country,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(
                    EditionDashboard.GroupRow::region,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(
                    EditionDashboard.GroupRow::name,
                    Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** Approved minutes per learning mode per ISO week, on one axis of weeks. */
  public record Weekly(List<String> labels, Map<LearningMode, List<Long>> minutes) {}

  static Weekly weekly(EntityManager em, EditionFilter filter) {
    // The editions' approved entries as one range of ix_log_entry_edition (index only); the
    // participants left out are few (withdrawn ones), those kept many only when a filter narrows.
    String editions = numbers(filter.editionIds());
    StringBuilder sql =
        new StringBuilder(
            "select l.entry_date, l.learning_mode, sum(l.minutes) from log_entry l"
                + " where l.edition_id in ("
                + editions
                + ") and l.status = '"
                + EntryStatus.APPROVED.name()
                + "'");
    List<Object> parameters = new ArrayList<>();
    if (filter.country() == null && filter.region() == null && filter.organisationId() == null) {
      sql.append(" and l.enrolment_id not in (select w.id from enrolment w where w.edition_id in (")
          .append(editions)
          .append(") and w.status = '")
          .append(EnrolmentStatus.WITHDRAWN.name())
          .append("')");
    } else {
      sql.append(
              " and l.enrolment_id in (select en.id from enrolment en join organisation o"
                  + " on o.id = en.host_organisation_id where en.edition_id in (")
          .append(editions)
          .append(") and en.status <> '")
          .append(EnrolmentStatus.WITHDRAWN.name())
          .append("'");
      if (filter.country() != null) {
        parameters.add(filter.country());
        sql.append(" and o.country = ?").append(parameters.size());
      }
      if (filter.region() != null) {
        parameters.add(filter.region());
        sql.append(" and o.region = ?").append(parameters.size());
      }
      if (filter.organisationId() != null) {
        parameters.add(filter.organisationId());
        sql.append(" and o.id = ?").append(parameters.size());
      }
      sql.append(")");
    }
    sql.append(" group by l.entry_date, l.learning_mode");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      rows.add(new Object[] {r[0], LearningMode.valueOf((String) r[1]), r[2]});
    }
    List<WeeklyMinutes.Dated> everything = new ArrayList<>();
    Map<LearningMode, List<WeeklyMinutes.Dated>> perMode = new EnumMap<>(LearningMode.class);
    for (Object[] row : rows) {
      WeeklyMinutes.Dated dated =
          new WeeklyMinutes.Dated(localDate(row[0]), ((Number) row[2]).longValue());
      everything.add(dated);
      perMode.computeIfAbsent((LearningMode) row[1], m -> new ArrayList<>()).add(dated);
    }
    List<String> labels =
        WeeklyMinutes.of(everything).stream().map(WeeklyMinutes.Week::label).toList();
    Map<LearningMode, List<Long>> minutes = new EnumMap<>(LearningMode.class);
    for (LearningMode mode : LearningMode.values()) {
      Map<String, Long> byWeek =
          WeeklyMinutes.of(perMode.getOrDefault(mode, List.of())).stream()
              .collect(Collectors.toMap(WeeklyMinutes.Week::label, WeeklyMinutes.Week::minutes));
      minutes.put(mode, labels.stream().map(l -> byWeek.getOrDefault(l, 0L)).toList());
    }
    return new Weekly(labels, minutes);
  }

  private List<EditionDashboard.ProjectRow> projects(EditionFilter filter) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select t.name, i.status, count(i) from ProjectIdea i join i.enrolment en"
                + " left join i.topic t left join en.hostOrganisation o"
                + " where en.edition.id in :ids and en.status <> :withdrawn"
                + organisationFilter(filter)
                + " group by t.name, i.status",
            Object[].class);
    bindOrganisationFilter(query, filter);
    return query
        .setParameter("ids", filter.editionIds())
        .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN)
        .getResultList()
        .stream()
        .map(
            r ->
                new EditionDashboard.ProjectRow(
                    (String) r[0], (ProjectStatus) r[1], ((Number) r[2]).longValue()))
        .sorted(
            Comparator.comparing(
                    EditionDashboard.ProjectRow::topic,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EditionDashboard.ProjectRow::status))
        .toList();
  }

  static String organisationFilter(EditionFilter filter) {
    if (filter == null) {
      return "";
    }
    return (filter.country() == null ? "" : " and o.country = :country")
        + (filter.region() == null ? "" : " and o.region = :region")
        + (filter.organisationId() == null ? "" : " and o.id = :organisation");
  }

  static void bindOrganisationFilter(Query query, EditionFilter filter) {
    if (filter.country() != null) {
      query.setParameter("country", filter.country());
    }
    if (filter.region() != null) {
      query.setParameter("region", filter.region());
    }
    if (filter.organisationId() != null) {
      query.setParameter("organisation", filter.organisationId());
    }
  }

  // ---- the per-participant figures, summed in one statement

  /**
   * One row per enrolment in scope: who, where, the edition's dates and target, and the sums of
   * approved and waiting minutes, the last time anything was logged and the recognised minutes,
   * each summed per enrolment by the database. {@code scope} is a condition on an enrolment alias
   * ({@code %s} stands for the alias) and {@code entryScope} the same scope on the entries (alias
   * {@code l}: by edition, one range of {@code ix_log_entry_edition}), both built from numbers
   * only.
   */
  private List<ParticipantRow> participantRows(
      String scope, String entryScope, EditionFilter filter) {
    StringBuilder sql =
        new StringBuilder(
                "select en.id, en.edition_id, ed.code, p.given_name, p.family_name, o.id, o.name,"
                    + " o.region, o.country, en.status, ed.start_date, ed.end_date,"
                    + " ed.blended_total_min + ed.target_work_based_min,"
                    + " coalesce(a.approved, 0), coalesce(a.pending, 0), a.last_logged,"
                    + " coalesce(w.recognised, 0), vc.id"
                    + " from enrolment en"
                    + " join edition ed on ed.id = en.edition_id"
                    + " join person p on p.id = en.person_id"
                    + " left join organisation o on o.id = en.host_organisation_id"
                    // At most one valid certificate per enrolment (ux_certificate_valid).
                    + " left join certificate vc on vc.valid_enrolment_id = en.id"
                    + " left join (select l.enrolment_id,"
                    + " sum(case when l.status = '"
                    + EntryStatus.APPROVED.name()
                    + "' then l.minutes else 0 end) approved,"
                    + " sum(case when l.status = '"
                    + EntryStatus.SUBMITTED.name()
                    + "' then l.minutes else 0 end) pending,"
                    + " max(case when l.status <> '"
                    + EntryStatus.WITHDRAWN.name()
                    + "' then l.created_at end) last_logged"
                    + " from log_entry l where ")
            .append(entryScope)
            .append(" group by l.enrolment_id) a on a.enrolment_id = en.id")
            .append(
                " left join (select w.enrolment_id, sum(w.recognised_minutes) recognised"
                    + " from waiver w join enrolment we on we.id = w.enrolment_id"
                    + " where w.status = '"
                    + WaiverStatus.APPROVED.name()
                    + "' and ")
            .append(scope.formatted("we"))
            .append(" group by w.enrolment_id) w on w.enrolment_id = en.id where ")
            .append(scope.formatted("en"));
    List<Object> parameters = new ArrayList<>();
    if (filter != null && filter.country() != null) {
      parameters.add(filter.country());
      sql.append(" and o.country = ?").append(parameters.size());
    }
    if (filter != null && filter.region() != null) {
      parameters.add(filter.region());
      sql.append(" and o.region = ?").append(parameters.size());
    }
    if (filter != null && filter.organisationId() != null) {
      parameters.add(filter.organisationId());
      sql.append(" and o.id = ?").append(parameters.size());
    }
    sql.append(" order by p.family_name, p.given_name, en.id");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    AtRiskRule rule = rule();
    LocalDate today = today();
    List<ParticipantRow> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      boolean withdrawn = EnrolmentStatus.WITHDRAWN.name().equals(r[9]);
      boolean active = EnrolmentStatus.ACTIVE.name().equals(r[9]);
      LocalDate start = localDate(r[10]);
      LocalDate end = localDate(r[11]);
      long target = ((Number) r[12]).longValue();
      long approved = ((Number) r[13]).longValue();
      long recognised = ((Number) r[16]).longValue();
      Instant last = instant(r[15]);
      LocalDate lastLogged = last == null ? null : LocalDate.ofInstant(last, clock.getZone());
      long pending = ((Number) r[14]).longValue();
      AtRiskRule.Facts facts =
          new AtRiskRule.Facts(start, end, target, approved + recognised, pending, lastLogged);
      rows.add(
          new ParticipantRow(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              (String) r[2],
              r[3] + " " + r[4],
              r[5] == null ? null : ((Number) r[5]).longValue(),
              (String) r[6],
              (String) r[7],
              (String) r[8],
              withdrawn,
              approved,
              recognised,
              pending,
              AtRiskRule.expectedMinutes(facts, today),
              lastLogged,
              active ? rule.assess(facts, today) : Set.of(),
              r[17] == null ? null : ((Number) r[17]).longValue()));
    }
    return rows;
  }

  private static int target(Edition edition) {
    return edition.getTargets().getBlendedTotal() + edition.getTargets().getWorkBased();
  }

  static String numbers(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** Drivers differ in what a timestamp with time zone comes back as. */
  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    throw new IllegalStateException("Not a moment: " + value.getClass());
  }

  static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    throw new IllegalStateException("Not a date: " + value.getClass());
  }
}
