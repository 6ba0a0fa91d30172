package org.mentora.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentora.course.EnrolmentStatus;
import org.mentora.logbook.HoursQuery;
import org.mentora.platform.persistence.NativeValues;

/** What the dashboards share: the per-participant rows and the organisation filter. */
final class ReportQueries {

  private ReportQueries() {}

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

  // ---- the per-participant figures

  /**
   * One row per enrolment in scope: who, where, the edition's dates and target, a valid
   * certificate, and the participant's hours from the logbook's hours query ({@code totals}, by
   * enrolment id: the same sums as the progress page, eligibility and certificates). {@code scope}
   * is a condition on an enrolment alias ({@code %s} stands for the alias) built from numbers only.
   */
  static List<ParticipantRow> participantRows(
      EntityManager em,
      Clock clock,
      int inactiveDays,
      String scope,
      Map<Long, HoursQuery.Totals> totals,
      EditionFilter filter) {
    StringBuilder sql =
        new StringBuilder(
                "select en.id, en.edition_id, ed.code, p.given_name, p.family_name, o.id, o.name,"
                    + " o.region, o.country, en.status, ed.start_date, ed.end_date,"
                    // The target: the stated blended total plus the modes that stand apart.
                    + " ed.blended_total_min + coalesce(tg.apart, 0), vc.id"
                    + " from enrolment en"
                    + " join edition ed on ed.id = en.edition_id"
                    // Summed once per edition, not once per participant row.
                    + " left join (select t.edition_id, sum(t.target_min) apart"
                    + " from edition_target t join edition te on te.id = t.edition_id"
                    + " join learning_mode m on m.code = t.mode_code"
                    + " and m.programme_id = te.programme_id"
                    + " where m.counts_in_blended = false group by t.edition_id) tg"
                    + " on tg.edition_id = ed.id"
                    + " join person p on p.id = en.person_id"
                    + " left join organisation o on o.id = en.host_organisation_id"
                    // At most one valid certificate per enrolment (ux_certificate_valid).
                    + " left join certificate vc on vc.valid_enrolment_id = en.id where ")
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
    AtRiskRule rule = new AtRiskRule(inactiveDays);
    LocalDate today = LocalDate.now(clock);
    List<ParticipantRow> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      boolean withdrawn = EnrolmentStatus.WITHDRAWN.name().equals(r[9]);
      boolean active = EnrolmentStatus.ACTIVE.name().equals(r[9]);
      LocalDate start = NativeValues.localDate(r[10]);
      LocalDate end = NativeValues.localDate(r[11]);
      long target = ((Number) r[12]).longValue();
      HoursQuery.Totals hours =
          totals.getOrDefault(((Number) r[0]).longValue(), HoursQuery.Totals.NONE);
      long approved = hours.approved();
      long recognised = hours.recognised();
      Instant last = hours.lastLogged();
      LocalDate lastLogged = last == null ? null : LocalDate.ofInstant(last, clock.getZone());
      long pending = hours.pending();
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
              r[13] == null ? null : ((Number) r[13]).longValue()));
    }
    return rows;
  }

  static String numbers(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
