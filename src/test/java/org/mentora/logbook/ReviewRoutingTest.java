package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentora.course.LearningMode;
import org.mentora.course.StaffRole;
import org.mentora.logbook.ReviewRouting.Route;
import org.mentora.logbook.ReviewRouting.Staff;
import org.mentora.support.TestModes;

class ReviewRoutingTest {

  private static final Staff ALL = new Staff(1L, 2L, 3L);

  @Test
  void workBasedHoursGoToTheMentor() {
    assertEquals(
        new Route(StaffRole.MENTOR, Optional.of(1L)),
        ReviewRouting.route(TestModes.WORK_BASED, ALL));
  }

  @Test
  void projectBasedHoursGoToTheMentor() {
    assertEquals(
        new Route(StaffRole.MENTOR, Optional.of(1L)),
        ReviewRouting.route(TestModes.PROJECT_BASED, ALL));
  }

  @Test
  void virtualAndSelfStudyHoursGoToTheTutor() {
    assertEquals(
        new Route(StaffRole.TUTOR, Optional.of(2L)), ReviewRouting.route(TestModes.VIRTUAL, ALL));
  }

  @Test
  void assessmentHoursGoToTheTutor() {
    assertEquals(
        new Route(StaffRole.TUTOR, Optional.of(2L)),
        ReviewRouting.route(TestModes.ASSESSMENT, ALL));
  }

  @Test
  void faceToFaceHoursGoToTheSessionsTrainer() {
    assertEquals(
        new Route(StaffRole.TRAINER, Optional.of(3L)),
        ReviewRouting.route(TestModes.FACE_TO_FACE, ALL));
  }

  @Test
  void theTrainerWhoHeldThatDaysSessionReviewsBeforeTheModulesTrainer() {
    assertEquals(7L, ReviewRouting.trainerOf(7L, 3L));
  }

  @Test
  void withoutASessionThatDayTheModulesTrainerReviews() {
    assertEquals(3L, ReviewRouting.trainerOf(null, 3L));
  }

  @Test
  void aModuleNobodyTeachesLeavesTheFaceToFaceEntryUnassignedNotSilentlyRouted() {
    Route route =
        ReviewRouting.route(
            TestModes.FACE_TO_FACE, new Staff(1L, 2L, ReviewRouting.trainerOf(null, null)));
    assertEquals(StaffRole.TRAINER, route.role());
    assertTrue(route.unassigned(), "neither the mentor nor the tutor stands in for the trainer");
    assertFalse(ReviewRouting.route(TestModes.FACE_TO_FACE, ALL).unassigned());
  }

  @Test
  void withoutAPersonInThePartTheEntryWaitsForAnAdministrator() {
    Staff noMentor = new Staff(null, 2L, 3L);
    assertEquals(
        new Route(StaffRole.MENTOR, Optional.empty()),
        ReviewRouting.route(TestModes.WORK_BASED, noMentor));
  }

  @Test
  void everyModeHasAReviewingPart() {
    for (LearningMode mode : TestModes.ALL) {
      assertEquals(
          ReviewRouting.roleFor(mode),
          ReviewRouting.route(mode, new Staff(null, null, null)).role());
    }
  }
}
