package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentora.logbook.WeeklyMinutes.Dated;
import org.mentora.logbook.WeeklyMinutes.Week;

class WeeklyMinutesTest {

  @Test
  void nothingLoggedGivesNoWeeks() {
    assertTrue(WeeklyMinutes.of(List.of()).isEmpty());
  }

  @Test
  void sumsMondayToSundayAndFillsEmptyWeeksWithZero() {
    List<Week> weeks =
        WeeklyMinutes.of(
            List.of(
                new Dated(LocalDate.of(2026, 3, 2), 60), // Monday, week 10
                new Dated(LocalDate.of(2026, 3, 8), 30), // Sunday, week 10
                new Dated(LocalDate.of(2026, 3, 18), 45))); // week 12
    assertEquals(
        List.of("2026-W10", "2026-W11", "2026-W12"), weeks.stream().map(Week::label).toList());
    assertEquals(List.of(90L, 0L, 45L), weeks.stream().map(Week::minutes).toList());
    assertEquals(LocalDate.of(2026, 3, 2), weeks.get(0).monday());
  }

  @Test
  void usesIsoWeekYearsAcrossNewYear() {
    List<Week> weeks = WeeklyMinutes.of(List.of(new Dated(LocalDate.of(2027, 1, 1), 15)));
    assertEquals("2026-W53", weeks.get(0).label());
  }
}
