package org.mentora.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mentora.platform.BusinessException;

class HoursPlanTest {

  @Test
  void theBiblioPlanAddsUpTo245AgainstAStated240() {
    HoursPlan.Mismatch mismatch =
        HoursPlan.mismatch(HourTargets.ofHours(20, 160, 40, 25, 240, 165)).orElseThrow();
    assertEquals(245 * 60, mismatch.partsMinutes());
    assertEquals(240 * 60, mismatch.statedMinutes());
    assertEquals(5 * 60, mismatch.differenceMinutes());
  }

  @Test
  void partsThatAddUpGiveNoWarning() {
    assertTrue(HoursPlan.mismatch(HourTargets.ofHours(20, 155, 40, 25, 240, 165)).isEmpty());
  }

  @Test
  void workBasedLearningIsNotPartOfTheBlendedTotal() {
    assertTrue(HoursPlan.mismatch(HourTargets.ofHours(20, 155, 40, 25, 240, 999)).isEmpty());
  }

  @Test
  void aProgrammesDefaultsMustAddUpSoANewEditionNeverWarnsAboutItself() {
    HoursPlan.validateDefaults(HourTargets.ofHours(20, 155, 40, 25, 240, 165));
    BusinessException disagree =
        assertThrows(
            BusinessException.class,
            () -> HoursPlan.validateDefaults(HourTargets.ofHours(20, 160, 40, 25, 240, 165)));
    assertEquals("blendedTotal", disagree.field().orElseThrow());
    assertEquals("programme.defaults.mismatch", disagree.messageKey());
    assertEquals("245", disagree.arguments()[0].toString());
    BusinessException negative =
        assertThrows(
            BusinessException.class,
            () -> HoursPlan.validateDefaults(HourTargets.ofHours(20, -5, 40, 25, 80, 165)));
    assertEquals("target.VIRTUAL", negative.field().orElseThrow());
  }

  @Test
  void aMismatchIsAllowedButNegativeOrAbsurdHoursAreNot() {
    HoursPlan.validate(HourTargets.ofHours(20, 160, 40, 25, 240, 165));
    BusinessException negative =
        assertThrows(
            BusinessException.class,
            () -> HoursPlan.validate(HourTargets.ofHours(-1, 160, 40, 25, 240, 165)));
    assertEquals("target.FACE_TO_FACE", negative.field().orElseThrow());
    BusinessException absurd =
        assertThrows(
            BusinessException.class,
            () -> HoursPlan.validate(HourTargets.ofHours(20, 160, 40, 25, 240, 2001)));
    assertEquals("target.WORK_BASED", absurd.field().orElseThrow());
    BusinessException total =
        assertThrows(
            BusinessException.class,
            () -> HoursPlan.validate(HourTargets.ofHours(20, 160, 40, 25, 5001, 165)));
    assertEquals("blendedTotal", total.field().orElseThrow());
  }

  @Test
  void targetsAreKeptInMinutesSoQuarterHoursAreExact() {
    HourTargets targets =
        HourTargets.ofHours(0, 0, 0, 0, 0, 0)
            .with(BiblioModes.FACE_TO_FACE, 15)
            .withBlendedTotal(15);
    assertEquals(15, targets.target(BiblioModes.FACE_TO_FACE));
    assertTrue(HoursPlan.mismatch(targets).isEmpty());
  }
}
