package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentora.platform.web.HoursInput.Outcome;
import org.mentora.platform.web.HoursInput.Refusal;

class HoursInputTest {

  private final HoursInput aDay = HoursInput.upToHours(24);

  @ParameterizedTest(name = "\"{0}\" is {1} minutes")
  @CsvSource(
      delimiter = '|',
      value = {
        "0,5|30",
        "1,5|90",
        "0.5|30",
        "1.5|90",
        "0,25|15",
        "1,50|90",
        "1.25|75",
        "2|120",
        "' 1,5 '|90",
        ".5|30",
        ",75|45",
        "1:30|90",
        "0:07|7",
        "0:45|45",
        "24:00|1440",
        "1 h 30 min|90",
        "1h30|90",
        "1h 30m|90",
        "1 h 30|90",
        "1 hour 30 minutes|90",
        "2 h|120",
        "2h|120",
        "1h|60",
        "1,5 h|90",
        "1.5 hours|90",
        "90 min|90",
        "45 min|45",
        "45min|45",
        "7 m|7",
        "90.0 min|90",
        "1:30 h|90",
        "1 H 30 MIN|90",
        "1.33|80",
        "0.01|1",
        "08|480",
      })
  void readsWhatPeopleType(String typed, int minutes) {
    Outcome outcome = aDay.parse(typed);
    assertEquals(null, outcome.refusal(), typed);
    assertEquals(minutes, outcome.minutes(), typed);
  }

  @ParameterizedTest(name = "{0}: \"{1}\" is {2} minutes")
  @CsvSource(
      delimiter = '|',
      value = {
        "lv|1 st 30 min|90",
        "lv|1,5 stundas|90",
        "lv|2 st.|120",
        "lv|45 minūtes|45",
        "bg|1 ч 30 мин|90",
        "bg|2 часа|120",
        "bg|1,5 ч.|90",
        "el|1 ώρα 30 λεπτά|90",
        "el|2 ώρες|120",
        "el|45 λ|45",
        "it|1,5 ore|90",
        "it|1 ora 30 minuti|90",
        "it|2 h|120",
      })
  void eachLanguageReadsItsOwnUnitsBesideTheEnglishOnes(
      String language, String typed, int minutes) {
    Outcome outcome = aDay.in(Locale.forLanguageTag(language)).parse(typed);
    assertEquals(null, outcome.refusal(), typed);
    assertEquals(minutes, outcome.minutes(), typed);
  }

  @Test
  void aLanguagesUnitsMeanNothingInAnother() {
    assertEquals(Refusal.NOT_A_NUMBER, aDay.parse("2 ч").refusal());
    assertEquals(
        Refusal.NOT_A_NUMBER, aDay.in(Locale.forLanguageTag("it")).parse("2 stundas").refusal());
  }

  @Test
  void spacesOfEveryKindAreSpaces() {
    assertEquals(90, aDay.parse("\u00a01,5\u00a0").minutes(), "no-break spaces around");
    assertEquals(90, aDay.parse("1\u00a0h\u202f30\u2009min").minutes(), "no-break, narrow, thin");
    assertEquals(90, aDay.parse("\t1 h   30 min\n").minutes(), "tabs and runs of spaces");
  }

  @ParameterizedTest(name = "\"{0}\" is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-1|NEGATIVE",
        "\u22121,5|NEGATIVE",
        "- 0:30|NEGATIVE",
        "-abc|NOT_A_NUMBER",
        "1e3|NOT_A_NUMBER",
        "abc|NOT_A_NUMBER",
        "1,2,3|NOT_A_NUMBER",
        "1.2.3|NOT_A_NUMBER",
        "1 30|NOT_A_NUMBER",
        "1:5|NOT_A_NUMBER",
        "1:30:00|NOT_A_NUMBER",
        ":30|NOT_A_NUMBER",
        "h|NOT_A_NUMBER",
        "min|NOT_A_NUMBER",
        "+1|NOT_A_NUMBER",
        "1 1/2|NOT_A_NUMBER",
        "0x10|NOT_A_NUMBER",
        "١|NOT_A_NUMBER",
        "1h30h|NOT_A_NUMBER",
        "99999999999|TOO_MANY",
        "25|TOO_MANY",
        "24,25|TOO_MANY",
        "24:01|TOO_MANY",
        "1441 min|TOO_MANY",
        "9999999:00|TOO_MANY",
        "1,500|TOO_PRECISE",
        "0.333|TOO_PRECISE",
        "1.5 min|TOO_PRECISE",
        "1:75|MINUTES_PAST_HOUR",
        "1 h 60 min|MINUTES_PAST_HOUR",
        "0|ZERO",
        "0,00|ZERO",
        "0:00|ZERO",
        "0 min|ZERO",
        "0.001|TOO_PRECISE",
      })
  void refusesEverythingElseWithAReason(String typed, Refusal reason) {
    Outcome outcome = aDay.parse(typed);
    assertFalse(outcome.accepted(), typed + " was read as " + outcome.minutes());
    assertNull(outcome.minutes());
    assertEquals(reason, outcome.refusal(), typed);
  }

  @Test
  void nothingTypedIsEmptyNotZero() {
    assertEquals(Refusal.EMPTY, aDay.parse("").refusal());
    assertEquals(Refusal.EMPTY, aDay.parse("   ").refusal());
    assertEquals(Refusal.EMPTY, aDay.parse("\u00a0").refusal());
    assertEquals(Refusal.EMPTY, aDay.parse(null).refusal());
  }

  @Test
  void zeroIsAllowedWhereTheRuleSaysSo() {
    HoursInput target = HoursInput.upToHours(2000).allowingZero();
    assertEquals(0, target.parse("0").minutes());
    assertEquals(120_000, target.parse("2000").minutes());
    assertEquals(Refusal.TOO_MANY, target.parse("2000,01").refusal());
    assertEquals(Refusal.NEGATIVE, target.parse("-0,5").refusal());
  }

  @Test
  void everyMinuteShownInAnInputIsReadBackTheSame() {
    HoursInput big = HoursInput.upToHours(5000).allowingZero();
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("lv")}) {
      for (int minutes = 0; minutes <= 5000 * 60; minutes += minutes < 3000 ? 1 : 97) {
        String text = HoursInput.text(minutes, locale);
        assertEquals(minutes, big.parse(text).minutes(), text + " in " + locale);
      }
    }
  }

  @Test
  void inputsShowDecimalHoursInTheLanguageOfThePage() {
    assertEquals("1.5", HoursInput.text(90, Locale.ENGLISH));
    assertEquals("1,5", HoursInput.text(90, Locale.forLanguageTag("lv")));
    assertEquals("1.33", HoursInput.text(80, Locale.ENGLISH));
    assertEquals("2000", HoursInput.text(120_000, Locale.ENGLISH));
    assertEquals("0", HoursInput.text(0, Locale.ENGLISH));
  }
}
