package org.mentora.logbook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mentora.course.Enrolment;
import org.mentora.course.ParticipationService;
import org.mentora.logbook.EntryRouting;
import org.mentora.logbook.LogbookNews;
import org.mentora.logbook.Progress;
import org.mentora.logbook.ProgressService;
import org.mentora.logbook.ReviewService;

/**
 * The logbook panels of the home pages: a participant's hours and what was reviewed since their
 * last visit, a reviewer's waiting entries.
 */
@Named
@RequestScoped
public class LogbookHome {

  @Inject ParticipationService participation;
  @Inject EntryRouting entryRouting;
  @Inject ReviewService reviewService;
  @Inject ProgressService progressService;
  @Inject LogbookNews news;

  private Progress progress;
  private boolean progressLoaded;
  private Long waiting;
  private Long reviewedSinceLastVisit;
  private List<EntryRouting.TrainerGap> trainerGaps;

  /** The participant's progress in their running course, or null when there is none. */
  public Progress getProgress() {
    if (!progressLoaded) {
      Enrolment enrolment =
          participation.myEnrolments().stream()
              .filter(Enrolment::isActive)
              .findFirst()
              .orElse(null);
      progress = enrolment == null ? null : progressService.progress(enrolment.getId());
      progressLoaded = true;
    }
    return progress;
  }

  /** How many entries wait for the caller's review. */
  public long getWaiting() {
    if (waiting == null) {
      waiting = reviewService.waitingCount();
    }
    return waiting;
  }

  /** Face-to-face modules without a trainer, for the administrator's home. */
  public List<EntryRouting.TrainerGap> getTrainerGaps() {
    if (trainerGaps == null) {
      trainerGaps = entryRouting.trainerGaps();
    }
    return trainerGaps;
  }

  /** How many of the participant's entries were decided since they last opened their logbook. */
  public long getReviewedSinceLastVisit() {
    if (reviewedSinceLastVisit == null) {
      reviewedSinceLastVisit = news.countSinceLastVisit();
    }
    return reviewedSinceLastVisit;
  }
}
