package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExportLayoutTest {

  private static final Function<String, String> KEYS = key -> "[" + key + "]";

  private static ExportLayout.Line line(String moduleCode, String moduleTitle, int minutes) {
    return new ExportLayout.Line(
        "Jānis Bērziņš",
        "janis@example.lv",
        LocalDate.of(2026, 3, 9),
        "Work-based learning",
        moduleCode,
        moduleTitle,
        minutes,
        "Ηλεκτρική σύνδεση; проверка",
        EntryStatus.REJECTED,
        "Inese Liepiņa",
        "Добавьте детали");
  }

  @Test
  void ownLogbookRowHasOneCellPerHeadingWithUnicodeKept() {
    List<String> cells = ExportLayout.own(line("M1", "Wiring", 75), KEYS);
    assertEquals(ExportLayout.OWN_COLUMNS.size(), cells.size());
    assertEquals(
        List.of(
            "2026-03-09",
            "Work-based learning",
            "M1 Wiring",
            "1.25",
            "Ηλεκτρική σύνδεση; проверка",
            "[EntryStatus.REJECTED]",
            "Добавьте детали"),
        cells);
  }

  @Test
  void editionRowGivesParticipantEmailMinutesHoursAndReviewer() {
    List<String> cells = ExportLayout.edition(line(null, null, 120), KEYS);
    assertEquals(ExportLayout.EDITION_COLUMNS.size(), cells.size());
    assertEquals(
        List.of(
            "Jānis Bērziņš",
            "janis@example.lv",
            "2026-03-09",
            "Work-based learning",
            "",
            "120",
            "2",
            "[EntryStatus.REJECTED]",
            "Inese Liepiņa"),
        cells);
  }

  @Test
  void headingsComeFromTheBundleInColumnOrder() {
    assertEquals(
        "[logbook.export.participant]",
        ExportLayout.headings(ExportLayout.EDITION_COLUMNS, KEYS).get(0));
  }

  @Test
  void hoursArePlainDecimalsWithAPoint() {
    assertEquals("0.25", ExportLayout.hours(15));
    assertEquals("12.5", ExportLayout.hours(750));
    assertEquals("0", ExportLayout.hours(0));
  }

  @Test
  void fileNamesKeepLettersAndDigitsOnly() {
    assertEquals("LV-PILOT-Bērziņš.pdf", ExportLayout.fileName("LV PILOT / Bērziņš", "pdf"));
    assertEquals("logbook.csv", ExportLayout.fileName("\"/..", "csv"));
  }
}
