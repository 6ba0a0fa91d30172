package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentora.platform.web.DateInput.Outcome;
import org.mentora.platform.web.DateInput.Refusal;

class DateInputTest {

  private final DateInput english = DateInput.of(Locale.ENGLISH);

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "06.12.2026|2026-12-06",
        "6.12.2026|2026-12-06",
        "06.12.2026.|2026-12-06",
        "6. 12. 2026|2026-12-06",
        "6/12/2026|2026-12-06",
        "06/12/2026|2026-12-06",
        "1/1/2026|2026-01-01",
        "6-12-2026|2026-12-06",
        "2026-12-06|2026-12-06",
        "2026-1-5|2026-01-05",
        "' 06.12.2026 '|2026-12-06",
        "29.02.2028|2028-02-29",
        "1/1/1900|1900-01-01",
        "31.12.2199|2199-12-31",
      })
  void readsEachFormatDayFirst(String typed, LocalDate expected) {
    Outcome outcome = english.parse(typed);
    assertNull(outcome.refusal(), typed);
    assertEquals(expected, outcome.date(), typed);
  }

  @Test
  void aNoBreakSpaceIsASpace() {
    assertEquals(LocalDate.of(2026, 12, 6), english.parse("6.\u00a012.\u00a02026").date());
  }

  @ParameterizedTest(name = "\"{0}\" is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "31.02.2026|NO_SUCH_DAY",
        "32.01.2026|NO_SUCH_DAY",
        "29.02.2026|NO_SUCH_DAY",
        "01.13.2026|NO_SUCH_DAY",
        "00.01.2026|NO_SUCH_DAY",
        "2026-02-30|NO_SUCH_DAY",
        "1.1.26|SHORT_YEAR",
        "06/12/26|SHORT_YEAR",
        "31.12.1899|OUT_OF_RANGE",
        "1/1/0001|OUT_OF_RANGE",
        "01.01.2200|OUT_OF_RANGE",
        "1.1.202|NOT_A_DATE",
        "1.1.20266|NOT_A_DATE",
        "6.12/2026|NOT_A_DATE",
        "06.12|NOT_A_DATE",
        "tomorrow|NOT_A_DATE",
        "6 Dec 2026|NOT_A_DATE",
        "06122026|NOT_A_DATE",
        "2026/12/06|NOT_A_DATE",
        "<script>|NOT_A_DATE",
      })
  void refusesWhatIsNoDayWithAReason(String typed, Refusal reason) {
    Outcome outcome = english.parse(typed);
    assertFalse(outcome.accepted(), typed + " was read as " + outcome.date());
    assertEquals(reason, outcome.refusal(), typed);
  }

  @Test
  void nothingTypedIsEmptyNeverToday() {
    assertEquals(Refusal.EMPTY, english.parse("").refusal());
    assertEquals(Refusal.EMPTY, english.parse("  ").refusal());
    assertEquals(Refusal.EMPTY, english.parse(null).refusal());
  }

  @Test
  void eachLanguageShowsItsOwnPatternAndReadsItBack() {
    LocalDate day = LocalDate.of(2026, 3, 4);
    for (String tag : new String[] {"en", "lv", "it", "el", "bg", "sw"}) {
      DateInput input = DateInput.of(Locale.forLanguageTag(tag));
      String shown = input.format(day);
      assertEquals(day, input.parse(shown).date(), tag + " shows " + shown);
    }
    assertEquals("04.03.2026", DateInput.of(Locale.ENGLISH).format(day));
    assertEquals("04.03.2026.", DateInput.of(Locale.forLanguageTag("lv")).format(day));
    assertEquals("04/03/2026", DateInput.of(Locale.ITALIAN).format(day));
    assertEquals("4/3/2026", DateInput.of(Locale.forLanguageTag("el")).format(day));
  }

  @Test
  void everyoneReadsIso() {
    assertEquals(LocalDate.of(2026, 12, 6), english.parse("2026-12-06").date());
    assertEquals(
        LocalDate.of(2026, 12, 6),
        DateInput.of(Locale.forLanguageTag("el")).parse("2026-12-6").date());
  }

  @Test
  void bulgarianMayWriteTheYearWord() {
    DateInput bulgarian = DateInput.of(Locale.forLanguageTag("bg"));
    assertEquals(LocalDate.of(2026, 12, 6), bulgarian.parse("06.12.2026 г.").date());
    assertEquals(LocalDate.of(2026, 12, 6), bulgarian.parse("6.12.2026г").date());
  }
}
