package org.mentora.logbook;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Minutes per ISO week (Monday to Sunday), for the week-by-week chart: every week from the first to
 * the last one with hours is listed, weeks without hours as zero, so the chart shows the gaps.
 */
public final class WeeklyMinutes {

  private WeeklyMinutes() {}

  /** One dated amount of minutes. */
  public record Dated(LocalDate date, long minutes) {}

  /** An ISO week, e.g. 2026-W07, starting on {@code monday}. */
  public record Week(int year, int week, LocalDate monday, long minutes) {
    public String label() {
      return String.format("%d-W%02d", year, week);
    }

    public String getLabel() {
      return label();
    }

    public long getMinutes() {
      return minutes;
    }
  }

  public static List<Week> of(List<Dated> amounts) {
    Map<LocalDate, Long> byMonday = new TreeMap<>();
    for (Dated amount : amounts) {
      byMonday.merge(monday(amount.date()), amount.minutes(), Long::sum);
    }
    List<Week> weeks = new ArrayList<>();
    if (byMonday.isEmpty()) {
      return weeks;
    }
    LocalDate first = byMonday.keySet().iterator().next();
    LocalDate last = ((TreeMap<LocalDate, Long>) byMonday).lastKey();
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      weeks.add(
          new Week(
              monday.get(IsoFields.WEEK_BASED_YEAR),
              monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
              monday,
              byMonday.getOrDefault(monday, 0L)));
    }
    return weeks;
  }

  static LocalDate monday(LocalDate date) {
    return date.minusDays(date.getDayOfWeek().getValue() - 1L);
  }
}
