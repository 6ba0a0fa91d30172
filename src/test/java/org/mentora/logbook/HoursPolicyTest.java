package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentora.course.LearningMode;
import org.mentora.logbook.HoursPolicy.Draft;
import org.mentora.logbook.HoursPolicy.Frame;
import org.mentora.logbook.HoursPolicy.Other;
import org.mentora.logbook.HoursPolicy.Problem;
import org.mentora.logbook.HoursPolicy.Settings;
import org.mentora.support.TestModes;

class HoursPolicyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);
  private static final Frame FRAME =
      new Frame(TODAY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final Settings DEFAULTS = Settings.DEFAULTS;

  private static Draft draft(LocalDate date, LearningMode mode, Long module, int minutes) {
    return new Draft(
        date, mode, module, module == null ? null : mode, minutes, "Read unit 3", null);
  }

  private static Draft virtual(LocalDate date, int minutes) {
    return draft(date, TestModes.VIRTUAL, 7L, minutes);
  }

  private static List<Problem> check(Draft draft, Other... others) {
    return HoursPolicy.check(DEFAULTS, FRAME, draft, List.of(others));
  }

  private static void assertOnly(String field, String key, List<Problem> problems) {
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(field, problems.get(0).field());
    assertEquals(key, problems.get(0).key());
  }

  @Test
  void acceptsAQuarterHourEntryToday() {
    assertTrue(check(virtual(TODAY, 90)).isEmpty());
  }

  @Test
  void rejectsEntryInTheFuture() {
    assertOnly("date", "logbook.date.future", check(virtual(TODAY.plusDays(1), 60)));
  }

  @Test
  void acceptsTheFutureWhenTheEditionAllowsIt() {
    Settings future = new Settings(true, 30, 720, 15, true, true);
    assertTrue(
        HoursPolicy.check(future, FRAME, virtual(TODAY.plusDays(3), 60), List.of()).isEmpty());
  }

  @Test
  void rejectsADateBeforeTheEditionStarts() {
    assertOnly(
        "date", "logbook.date.beforeStart", check(virtual(FRAME.editionStart().minusDays(1), 60)));
  }

  @Test
  void acceptsTheEditionsFirstDay() {
    assertTrue(check(virtual(FRAME.editionStart(), 60)).isEmpty());
  }

  @Test
  void acceptsUpToThirtyDaysAfterTheEndAndNotOneMore() {
    Frame late = new Frame(LocalDate.of(2026, 8, 30), FRAME.editionStart(), FRAME.editionEnd());
    assertTrue(
        HoursPolicy.check(DEFAULTS, late, virtual(FRAME.editionEnd().plusDays(30), 60), List.of())
            .isEmpty());
    List<Problem> problems =
        HoursPolicy.check(DEFAULTS, late, virtual(FRAME.editionEnd().plusDays(31), 60), List.of());
    assertOnly("date", "logbook.date.afterEnd", problems);
    assertEquals(List.of(FRAME.editionEnd().plusDays(30)), problems.get(0).arguments());
  }

  @Test
  void theGracePeriodIsTheEditionsOwn() {
    Settings strict = new Settings(false, 0, 720, 15, true, true);
    Frame late = new Frame(LocalDate.of(2026, 8, 30), FRAME.editionStart(), FRAME.editionEnd());
    assertOnly(
        "date",
        "logbook.date.afterEnd",
        HoursPolicy.check(strict, late, virtual(FRAME.editionEnd().plusDays(1), 60), List.of()));
  }

  @Test
  void rejectsAMissingDate() {
    assertOnly("date", "logbook.date.required", check(virtual(null, 60)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 20, 50, 61, 725})
  void rejectsMinutesThatAreNotQuarterHours(int minutes) {
    assertOnly("duration", "logbook.duration.step", check(virtual(TODAY, minutes)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -15})
  void rejectsNoOrNegativeDuration(int minutes) {
    assertOnly("duration", "logbook.duration.required", check(virtual(TODAY, minutes)));
  }

  @Test
  void theStepIsTheEditionsOwn() {
    Settings tenMinutes = new Settings(false, 30, 720, 10, true, true);
    assertTrue(HoursPolicy.check(tenMinutes, FRAME, virtual(TODAY, 50), List.of()).isEmpty());
  }

  @Test
  void acceptsExactlyTwelveHoursInADay() {
    assertTrue(
        check(
                virtual(TODAY, 240),
                new Other(TODAY, TestModes.WORK_BASED, null, 480, "Helped at the desk"))
            .isEmpty());
  }

  @Test
  void rejectsMoreThanTwelveHoursInADayAcrossEntriesAndSaysWhatIsLeft() {
    List<Problem> problems =
        check(
            virtual(TODAY, 60),
            new Other(TODAY, TestModes.WORK_BASED, null, 480, "Desk"),
            new Other(TODAY, TestModes.VIRTUAL, 7L, 195, "Webinar"));
    assertOnly("duration", "logbook.duration.dayCap", problems);
    assertEquals(
        List.of(new BigDecimal("12"), new BigDecimal("0.75")), problems.get(0).arguments());
  }

  @Test
  void otherDaysDoNotCountTowardTheDayCap() {
    assertTrue(
        check(virtual(TODAY, 720), new Other(TODAY.minusDays(1), TestModes.VIRTUAL, 7L, 720, "x"))
            .isEmpty());
  }

  @Test
  void aSingleEntryOverTheCapIsRefused() {
    assertOnly("duration", "logbook.duration.dayCap", check(virtual(TODAY, 735)));
  }

  @Test
  void requiresAModuleForBlendedModes() {
    for (LearningMode mode : TestModes.BLENDED) {
      assertOnly("module", "logbook.module.required", check(draft(TODAY, mode, null, 60)));
    }
  }

  @Test
  void workBasedLearningNeedsNoModule() {
    assertTrue(check(draft(TODAY, TestModes.WORK_BASED, null, 60)).isEmpty());
  }

  @Test
  void anEditionMayMakeTheModuleOptional() {
    Settings optional = new Settings(false, 30, 720, 15, false, true);
    assertTrue(
        HoursPolicy.check(optional, FRAME, draft(TODAY, TestModes.VIRTUAL, null, 60), List.of())
            .isEmpty());
  }

  @Test
  void rejectsAModuleOfAnotherLearningMode() {
    Draft mismatch = new Draft(TODAY, TestModes.FACE_TO_FACE, 7L, TestModes.VIRTUAL, 60, "x", null);
    assertOnly("module", "logbook.module.otherMode", check(mismatch));
  }

  @Test
  void rejectsAMissingMode() {
    List<Problem> problems = check(new Draft(TODAY, null, null, null, 60, "x", null));
    assertOnly("mode", "logbook.mode.required", problems);
  }

  @Test
  void rejectsAnEmptyOrOverlongDescription() {
    assertOnly(
        "description",
        "logbook.description.required",
        check(new Draft(TODAY, TestModes.WORK_BASED, null, null, 60, "   ", null)));
    assertOnly(
        "description",
        "validation.tooLongPlain",
        check(new Draft(TODAY, TestModes.WORK_BASED, null, null, 60, "x".repeat(2001), null)));
  }

  @Test
  void rejectsAnExactDuplicateIgnoringCaseAndSpaces() {
    Other same = new Other(TODAY, TestModes.VIRTUAL, 7L, 60, "read  UNIT 3 ");
    assertOnly("description", "logbook.duplicate", check(virtual(TODAY, 60), same));
  }

  @Test
  void aDifferentDurationOrModuleIsNoDuplicate() {
    assertTrue(
        check(virtual(TODAY, 60), new Other(TODAY, TestModes.VIRTUAL, 7L, 45, "Read unit 3"))
            .isEmpty());
    assertTrue(
        check(virtual(TODAY, 60), new Other(TODAY, TestModes.VIRTUAL, 8L, 60, "Read unit 3"))
            .isEmpty());
  }

  @Test
  void anEditionMayAllowDuplicates() {
    Settings lenient = new Settings(false, 30, 720, 15, true, false);
    Other same = new Other(TODAY, TestModes.VIRTUAL, 7L, 60, "Read unit 3");
    assertTrue(HoursPolicy.check(lenient, FRAME, virtual(TODAY, 60), List.of(same)).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ftp://files.example.org/x", "javascript:alert(1)", "https://has space.lv", "x"})
  void rejectsEvidenceLinksThatAreNotWebAddresses(String link) {
    Draft draft = new Draft(TODAY, TestModes.WORK_BASED, null, null, 60, "x", link);
    assertOnly("evidenceLink", "logbook.evidenceLink.invalid", check(draft));
  }

  @Test
  void acceptsAWebAddressAsEvidence() {
    Draft draft =
        new Draft(
            TODAY, TestModes.WORK_BASED, null, null, 60, "x", " https://biblioteka.lv/a?b=1 ");
    assertTrue(check(draft).isEmpty());
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    List<Problem> problems =
        check(new Draft(TODAY.plusDays(2), TestModes.VIRTUAL, null, null, 10, "", "nope"));
    assertEquals(
        List.of("date", "module", "duration", "description", "evidenceLink"),
        problems.stream().map(Problem::field).toList());
  }

  @Test
  void refusesUnusableSettings() {
    assertThrows(IllegalArgumentException.class, () -> new Settings(false, 30, 720, 0, true, true));
    assertThrows(
        IllegalArgumentException.class, () -> new Settings(false, -1, 720, 15, true, true));
  }
}
