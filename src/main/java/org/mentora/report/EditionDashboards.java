package org.mentora.report;

import static org.mentora.report.ReportQueries.bindOrganisationFilter;
import static org.mentora.report.ReportQueries.numbers;
import static org.mentora.report.ReportQueries.organisationFilter;
import static org.mentora.report.ReportQueries.participantRows;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.competence.CompetenceOverview;
import org.mentora.course.Edition;
import org.mentora.course.EnrolmentStatus;
import org.mentora.directory.Organisation;
import org.mentora.logbook.HoursQuery;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectStatus;
import org.mentora.report.EditionDashboard.GroupBy;

/**
 * The administrator's figures of one or several editions, each in a handful of queries whatever the
 * number of participants: hours are summed in the database per participant, never read entry by
 * entry.
 */
@Stateless
public class EditionDashboards {

  @PersistenceContext EntityManager em;
  @Inject CompetenceOverview competenceOverview;
  @Inject ReportAggregates aggregates;
  @Inject HoursQuery hours;
  @Inject EditionCompletions completions;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mentora.report.inactive-days", defaultValue = "14")
  int inactiveDays;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

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
    Future<ReportAggregates.Weekly> weeklyFuture =
        aggregates.weekly(
            filter,
            editions.stream()
                .flatMap(e -> e.getProgramme().getModes().stream())
                .distinct()
                .toList());
    List<ParticipantRow> all =
        participantRows(
            em,
            clock,
            inactiveDays,
            "%s.edition_id in (" + numbers(filter.editionIds()) + ")",
            hours.totalsInEditions(filter.editionIds()),
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
    ReportAggregates.Weekly weekly = ReportAggregates.join(weeklyFuture);
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
   * The edition report as PDF, with the same figures as {@link #editionDashboard} and {@link
   * EditionCompletions#completion}.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public byte[] editionReportPdf(EditionFilter filter, java.util.Locale locale) {
    return EditionReportPdf.render(
        editionDashboard(filter), completions.completion(filter), locale);
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
}
