package org.mentora.logbook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mentora.logbook.Progress;
import org.mentora.logbook.ProgressService;

/**
 * The logbook's panel on a participant's page, for the mentor, tutor, trainer or administrator who
 * opens it: the same progress bars and weekly chart the participant sees. The course page includes
 * it, so the course package never depends on the logbook.
 */
@Named
@RequestScoped
public class ParticipantProgressPart {

  @Inject ProgressService progressService;

  private Long loadedFor;
  private Progress progress;
  private String weeklyChart;

  private void load(Long enrolmentId) {
    if (enrolmentId != null && !enrolmentId.equals(loadedFor)) {
      ProgressService.Overview overview = progressService.overview(enrolmentId);
      progress = overview.progress();
      weeklyChart = WeeklyChart.of(overview.weeks());
      loadedFor = enrolmentId;
    }
  }

  public Progress progress(Long enrolmentId) {
    load(enrolmentId);
    return progress;
  }

  public String chart(Long enrolmentId) {
    load(enrolmentId);
    return weeklyChart;
  }

  public boolean chartEmpty(Long enrolmentId) {
    return WeeklyChart.isEmpty(chart(enrolmentId));
  }
}
