package org.mentora.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingRulesTest {

  private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
  private static final long MENTOR_A = 1;
  private static final long MENTOR_B = 2;
  private static final long TRAINER = 3;
  private static final long SELF = 4;

  private static RatingRules.Given given(
      long id, AssessorRole role, long assessor, int level, int day) {
    return new RatingRules.Given(id, role, assessor, level, T0.plusSeconds(day * 86_400L));
  }

  @Test
  void theLatestMentorRatingCountsByDefault() {
    List<RatingRules.Given> ratings =
        List.of(
            given(1, AssessorRole.MENTOR, MENTOR_A, 3, 1),
            given(2, AssessorRole.TRAINER, TRAINER, 6, 5),
            given(3, AssessorRole.MENTOR, MENTOR_A, 4, 3),
            given(4, AssessorRole.SELF, SELF, 7, 9));
    assertEquals(4, RatingRules.counting(CountingRule.DEFAULT, ratings).orElseThrow().level());
  }

  @Test
  void withoutAMentorRatingNothingCountsUnderTheDefaultRule() {
    List<RatingRules.Given> ratings =
        List.of(
            given(1, AssessorRole.SELF, SELF, 5, 1), given(2, AssessorRole.TRAINER, TRAINER, 4, 2));
    assertTrue(RatingRules.counting(CountingRule.LATEST_MENTOR, ratings).isEmpty());
  }

  @Test
  void latestStaffTakesTheLatestOfAnyStaffButNeverTheParticipant() {
    List<RatingRules.Given> ratings =
        List.of(
            given(1, AssessorRole.MENTOR, MENTOR_A, 3, 1),
            given(2, AssessorRole.TRAINER, TRAINER, 6, 5),
            given(3, AssessorRole.SELF, SELF, 8, 9));
    assertEquals(6, RatingRules.counting(CountingRule.LATEST_STAFF, ratings).orElseThrow().level());
  }

  @Test
  void lowestStaffTakesTheLowestOfEachAssessorsLatestRating() {
    List<RatingRules.Given> ratings =
        List.of(
            given(1, AssessorRole.MENTOR, MENTOR_A, 2, 1), // superseded by A's later 5
            given(2, AssessorRole.MENTOR, MENTOR_A, 5, 4),
            given(3, AssessorRole.MENTOR, MENTOR_B, 4, 2),
            given(4, AssessorRole.TRAINER, TRAINER, 6, 3),
            given(5, AssessorRole.SELF, SELF, 1, 9));
    assertEquals(4, RatingRules.counting(CountingRule.LOWEST_STAFF, ratings).orElseThrow().level());
  }

  @Test
  void ratingsAtTheSameInstantAreOrderedByTheirInsertion() {
    List<RatingRules.Given> ratings =
        List.of(
            given(10, AssessorRole.MENTOR, MENTOR_A, 3, 1),
            given(11, AssessorRole.MENTOR, MENTOR_A, 5, 1));
    assertEquals(11L, RatingRules.counting(CountingRule.LATEST_MENTOR, ratings).orElseThrow().id());
  }

  @Test
  void theParticipantsOwnLatestLevelIsKeptApart() {
    List<RatingRules.Given> ratings =
        List.of(
            given(1, AssessorRole.SELF, SELF, 2, 1),
            given(2, AssessorRole.SELF, SELF, 4, 6),
            given(3, AssessorRole.MENTOR, MENTOR_A, 3, 7));
    assertEquals(4, RatingRules.latestSelf(ratings).orElseThrow().level());
  }

  @Test
  void noRatingsCountNothing() {
    for (CountingRule rule : CountingRule.values()) {
      assertTrue(RatingRules.counting(rule, List.of()).isEmpty());
    }
  }
}
