package org.mentora.report;

import static org.mentora.report.ReportQueries.localDate;
import static org.mentora.report.ReportQueries.numbers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.mentora.course.EnrolmentStatus;
import org.mentora.course.LearningMode;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.WeeklyMinutes;
import org.mentora.platform.security.Role;

/**
 * The dashboards' aggregates that can run beside the others, each on a connection of its own: an
 * edition dashboard makes two passes over its editions' entries (per participant, and per day and
 * mode for the weekly chart), and with two cores neither needs to wait for the other.
 */
@Stateless
public class ReportAggregates {

  @PersistenceContext EntityManager em;

  /** Approved minutes per learning mode per ISO week of the filtered participants. */
  @Asynchronous
  @RolesAllowed(Role.ADMIN_NAME)
  public Future<Weekly> weekly(EditionFilter filter) {
    return new AsyncResult<>(weekly(em, filter));
  }

  /** Approved minutes per learning mode per ISO week, on one axis of weeks. */
  public record Weekly(List<String> labels, Map<LearningMode, List<Long>> minutes) {}

  static Weekly weekly(EntityManager em, EditionFilter filter) {
    // The editions' approved entries as one range of ix_log_entry_edition (index only); the
    // participants left out are few (withdrawn ones), those kept many only when a filter narrows.
    String editions = numbers(filter.editionIds());
    StringBuilder sql =
        new StringBuilder(
            "select l.entry_date, l.mode_id, sum(l.minutes) from log_entry l"
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
    sql.append(" group by l.entry_date, l.mode_id");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<Object[]> raw = new ArrayList<>();
    for (Object row : query.getResultList()) {
      raw.add((Object[]) row);
    }
    // The modes met, in one statement (not one lookup per mode).
    Map<Long, LearningMode> modes = new java.util.HashMap<>();
    java.util.Set<Long> ids = new java.util.HashSet<>();
    raw.forEach(r -> ids.add(((Number) r[1]).longValue()));
    if (!ids.isEmpty()) {
      em.createQuery("select m from LearningMode m where m.id in :ids", LearningMode.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(m -> modes.put(m.getId(), m));
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object[] r : raw) {
      rows.add(new Object[] {r[0], modes.get(((Number) r[1]).longValue()), r[2]});
    }
    List<WeeklyMinutes.Dated> everything = new ArrayList<>();
    // The modes in the programmes' order (editions of one programme share them).
    Map<LearningMode, List<WeeklyMinutes.Dated>> perMode =
        new java.util.TreeMap<>(
            java.util.Comparator.comparingInt(LearningMode::getPosition)
                .thenComparing(LearningMode::getCode)
                .thenComparing(LearningMode::getId));
    for (Object[] row : rows) {
      WeeklyMinutes.Dated dated =
          new WeeklyMinutes.Dated(localDate(row[0]), ((Number) row[2]).longValue());
      everything.add(dated);
      perMode.computeIfAbsent((LearningMode) row[1], m -> new ArrayList<>()).add(dated);
    }
    List<String> labels =
        WeeklyMinutes.of(everything).stream().map(WeeklyMinutes.Week::label).toList();
    Map<LearningMode, List<Long>> minutes = new java.util.LinkedHashMap<>();
    for (LearningMode mode : perMode.keySet()) {
      Map<String, Long> byWeek =
          WeeklyMinutes.of(perMode.getOrDefault(mode, List.of())).stream()
              .collect(Collectors.toMap(WeeklyMinutes.Week::label, WeeklyMinutes.Week::minutes));
      minutes.put(mode, labels.stream().map(l -> byWeek.getOrDefault(l, 0L)).toList());
    }
    return new Weekly(labels, minutes);
  }

  /** The result of an asynchronous aggregate, its failure thrown as it was. */
  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EJBException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof EJBException ejb && ejb.getCause() instanceof RuntimeException inner) {
        throw inner;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new EJBException(e);
    }
  }
}
