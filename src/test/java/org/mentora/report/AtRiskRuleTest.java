package org.mentora.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentora.report.AtRiskRule.Facts;
import org.mentora.report.AtRiskRule.Reason;

class AtRiskRuleTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = START.plusDays(100);
  private static final long TARGET = 100 * 60;
  private final AtRiskRule rule = new AtRiskRule(14);

  private static Facts facts(long done, LocalDate lastLogged) {
    return new Facts(START, END, TARGET, done, 0, lastLogged);
  }

  @Test
  void expectsTheElapsedShareOfTheTarget() {
    assertEquals(100, java.time.temporal.ChronoUnit.DAYS.between(START, END));
    assertEquals(0, AtRiskRule.expectedMinutes(facts(0, null), START));
    assertEquals(TARGET / 4, AtRiskRule.expectedMinutes(facts(0, null), START.plusDays(25)));
    assertEquals(TARGET, AtRiskRule.expectedMinutes(facts(0, null), END));
    assertEquals(TARGET, AtRiskRule.expectedMinutes(facts(0, null), END.plusDays(30)));
  }

  @Test
  void flagsNobodyBeforeTheEditionStarts() {
    assertEquals(Set.of(), rule.assess(facts(0, null), START.minusDays(20)));
  }

  @Test
  void flagsBehindPaceOnlyBelowTheRequiredShare() {
    LocalDate quarter = START.plusDays(25);
    assertEquals(Set.of(), rule.assess(facts(TARGET / 4, quarter), quarter));
    assertEquals(
        EnumSet.of(Reason.BEHIND_PACE), rule.assess(facts(TARGET / 4 - 1, quarter), quarter));
  }

  @Test
  void hoursWaitingForReviewCountTowardThePace() {
    LocalDate quarter = START.plusDays(25);
    Facts reviewerBehind = new Facts(START, END, TARGET, TARGET / 8, TARGET / 8, quarter);
    assertEquals(Set.of(), rule.assess(reviewerBehind, quarter));
    Facts participantBehind = new Facts(START, END, TARGET, TARGET / 8, TARGET / 8 - 1, quarter);
    assertEquals(EnumSet.of(Reason.BEHIND_PACE), rule.assess(participantBehind, quarter));
  }

  @Test
  void aSteadyLoggerWithTwoWeeksUnreviewedIsNotAtRisk() {
    // The demo cohort's shape: about a week's pace logged every week, the last two weeks waiting.
    LocalDate today = START.plusDays(70);
    long perWeek = TARGET * 7 / 100;
    Facts steady = new Facts(START, END, TARGET, perWeek * 8, perWeek * 2, today.minusDays(2));
    assertEquals(Set.of(), rule.assess(steady, today));
  }

  @Test
  void anEditionWithoutTargetNeverPutsAnyoneBehind() {
    Facts noTarget = new Facts(START, END, 0, 0, 0, START.plusDays(49));
    assertEquals(Set.of(), rule.assess(noTarget, START.plusDays(50)));
  }

  @Test
  void aOneDayEditionExpectsEverythingOnItsDay() {
    Facts oneDay = new Facts(START, START, 600, 0, 0, START);
    assertEquals(600, AtRiskRule.expectedMinutes(oneDay, START));
    assertEquals(EnumSet.of(Reason.BEHIND_PACE), rule.assess(oneDay, START));
  }

  @Test
  void flagsInactiveFromTheConfiguredNumberOfDaysOn() {
    LocalDate today = START.plusDays(50);
    long onPace = TARGET;
    assertEquals(Set.of(), rule.assess(facts(onPace, today.minusDays(13)), today));
    assertEquals(
        EnumSet.of(Reason.INACTIVE), rule.assess(facts(onPace, today.minusDays(14)), today));
  }

  @Test
  void someoneWhoNeverLoggedCountsFromTheFirstDay() {
    assertEquals(
        Set.of(),
        rule.assess(facts(0, null), START.plusDays(13)).stream()
            .filter(r -> r == Reason.INACTIVE)
            .collect(java.util.stream.Collectors.toSet()));
    assertEquals(
        EnumSet.of(Reason.BEHIND_PACE, Reason.INACTIVE),
        rule.assess(facts(0, null), START.plusDays(14)));
  }

  @Test
  void noInactivityAfterTheEditionEnded() {
    assertEquals(Set.of(), rule.assess(facts(TARGET, START.plusDays(10)), END.plusDays(1)));
  }

  @Test
  void theDaysAreConfigurableButAtLeastOne() {
    AtRiskRule strict = new AtRiskRule(3);
    LocalDate today = START.plusDays(50);
    assertEquals(
        EnumSet.of(Reason.INACTIVE), strict.assess(facts(TARGET, today.minusDays(3)), today));
    assertThrows(IllegalArgumentException.class, () -> new AtRiskRule(0));
  }
}
