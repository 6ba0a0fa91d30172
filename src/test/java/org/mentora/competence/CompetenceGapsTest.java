package org.mentora.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetenceGapsTest {

  private static Standing standing(String code, int target, Integer self, Integer counted) {
    return new Standing(
        code.hashCode(), code, "Competence " + code, "DigComp 2.2", target, self, counted);
  }

  @Test
  void theGapIsTheLevelsMissingToTheTarget() {
    assertEquals(2, standing("1.1", 5, 6, 3).gap());
    assertEquals(0, standing("1.2", 5, 2, 5).gap());
    assertEquals(0, standing("1.3", 5, null, 7).gap());
  }

  @Test
  void anUnassessedCompetenceMissesTheWholeTargetWhateverTheSelfAssessmentSays() {
    Standing unassessed = standing("2.1", 4, 8, null);
    assertEquals(4, unassessed.gap());
    assertFalse(unassessed.isReached());
    assertFalse(unassessed.isAssessed());
  }

  @Test
  void gapsListTheUnreachedLargestFirst() {
    List<Standing> standings =
        List.of(
            standing("1.1", 5, 5, 4),
            standing("2.1", 5, 5, 5),
            standing("3.1", 6, 3, 2),
            standing("4.1", 3, null, null));
    List<Standing> gaps = CompetenceGaps.gaps(standings);
    assertEquals(List.of("3.1", "4.1", "1.1"), gaps.stream().map(Standing::code).toList());
  }

  @Test
  void percentReachedAndAllReached() {
    List<Standing> half = List.of(standing("1.1", 4, 4, 4), standing("1.2", 4, 4, 3));
    assertEquals(50, CompetenceGaps.percentReached(half));
    assertFalse(CompetenceGaps.allReached(half));
    assertTrue(CompetenceGaps.allReached(List.of(standing("1.1", 4, 4, 5))));
    assertFalse(CompetenceGaps.allReached(List.of()), "an empty profile proves nothing");
    assertEquals(0, CompetenceGaps.percentReached(List.of()));
  }

  @Test
  void aDifferenceOfTwoLevelsBetweenSelfAndCountedIsFlagged() {
    assertTrue(standing("1.1", 5, 6, 4).isDisputed());
    assertFalse(standing("1.1", 5, 5, 4).isDisputed());
    assertFalse(standing("1.1", 5, null, 4).isDisputed());
  }

  @Test
  void aMomentIsOpenWithinItsWindowOnly() {
    LocalDate opens = LocalDate.of(2026, 9, 1);
    LocalDate closes = LocalDate.of(2026, 9, 30);
    MomentWindow window = new MomentWindow(AssessmentMoment.COURSE_START, true, opens, closes);
    assertTrue(window.isOpenOn(opens));
    assertTrue(window.isOpenOn(closes));
    assertFalse(window.isOpenOn(opens.minusDays(1)));
    assertFalse(window.isOpenOn(closes.plusDays(1)));
    assertFalse(
        new MomentWindow(AssessmentMoment.COURSE_END, false, null, null).isOpenOn(opens),
        "a disabled moment is never open");
    assertTrue(MomentWindow.open(AssessmentMoment.WORK_BASED_END).isOpenOn(opens));
  }
}
