package org.mentora.logbook;

import java.util.Optional;
import org.mentora.course.LearningMode;
import org.mentora.course.StaffRole;

/**
 * Who reviews an entry: the programme's setting for the entry's learning mode names the part (in
 * BIBLIO work-based and project-based hours go to the participant's mentor; virtual classes,
 * self-study and assessment to the tutor of the participant's group; face-to-face hours to the
 * trainer). A trainer is the one who taught that day's session of the module, else the trainer
 * assigned to the module in the edition. Where nobody holds the part, the entry waits for the
 * administrators, and the participant and the administrators are told so: never a silent fallback.
 */
public final class ReviewRouting {

  private ReviewRouting() {}

  /** The people who could review for one participant and module; any may be missing. */
  public record Staff(Long mentorId, Long tutorId, Long trainerId) {}

  /** The part that reviews and the person in it, when there is one (else administrators do). */
  public record Route(StaffRole role, Optional<Long> reviewerId) {

    /** Nobody holds the part: the administrators review, and the participant is told why. */
    public boolean unassigned() {
      return reviewerId.isEmpty();
    }
  }

  /**
   * The trainer who reviews a face-to-face entry: the one who held that day's session of the module
   * (still teaching in the edition), else the one currently assigned to the module.
   */
  public static Long trainerOf(Long sessionTrainerId, Long moduleTrainerId) {
    return sessionTrainerId != null ? sessionTrainerId : moduleTrainerId;
  }

  /** The part the programme says reviews the mode's hours. */
  public static StaffRole roleFor(LearningMode mode) {
    return mode.getReviewer();
  }

  public static Route route(LearningMode mode, Staff staff) {
    StaffRole role = roleFor(mode);
    Long person =
        switch (role) {
          case MENTOR -> staff.mentorId();
          case TUTOR -> staff.tutorId();
          case TRAINER -> staff.trainerId();
        };
    return new Route(role, Optional.ofNullable(person));
  }
}
