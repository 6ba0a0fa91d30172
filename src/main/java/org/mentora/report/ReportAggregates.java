package org.mentora.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.mentora.course.LearningMode;
import org.mentora.logbook.HoursQuery;
import org.mentora.logbook.WeeklyMinutes;
import org.mentora.platform.security.Role;

/**
 * The dashboards' aggregates that can run beside the others, each on a connection of its own: an
 * edition dashboard makes two passes over its editions' entries (per participant, and per day and
 * mode for the weekly chart), and with two cores neither needs to wait for the other.
 */
@Stateless
public class ReportAggregates {

  @Inject HoursQuery hours;

  /**
   * Approved minutes per learning mode per ISO week of the filtered participants; {@code modes} are
   * the editions' programmes' (read already).
   */
  @Asynchronous
  @RolesAllowed(Role.ADMIN_NAME)
  public Future<Weekly> weekly(EditionFilter filter, List<LearningMode> modes) {
    return new AsyncResult<>(
        weekly(
            hours.approvedPerDay(
                filter.editionIds(),
                new HoursQuery.HostScope(
                    filter.country(), filter.region(), filter.organisationId()),
                modes)));
  }

  /** Approved minutes per learning mode per ISO week, on one axis of weeks. */
  public record Weekly(List<String> labels, Map<LearningMode, List<Long>> minutes) {}

  static Weekly weekly(List<HoursQuery.DayMinutes> days) {
    List<WeeklyMinutes.Dated> everything = new ArrayList<>();
    // The modes in the programmes' order (editions of one programme share them).
    Map<LearningMode, List<WeeklyMinutes.Dated>> perMode =
        new java.util.TreeMap<>(
            java.util.Comparator.comparingInt(LearningMode::getPosition)
                .thenComparing(LearningMode::getCode)
                .thenComparing(LearningMode::getId));
    for (HoursQuery.DayMinutes day : days) {
      WeeklyMinutes.Dated dated = new WeeklyMinutes.Dated(day.date(), day.minutes());
      everything.add(dated);
      perMode.computeIfAbsent(day.mode(), m -> new ArrayList<>()).add(dated);
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
