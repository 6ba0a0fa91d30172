package org.mentora.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.mentora.course.LearningMode;
import org.mentora.platform.web.DatesFormat;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.HoursFormat;
import org.mentora.report.NextSteps;

/** A trainee's next step in the reader's language: modes by name, dates and hours formatted. */
@Named
@ApplicationScoped
public class NextStepText {

  @Inject DatesFormat dates;
  @Inject HoursFormat hours;

  public String text(NextSteps.Step step) {
    Object[] args =
        step.args().stream()
            .map(
                a -> {
                  if (a instanceof LearningMode mode) {
                    return mode.name(FacesMessages.locale());
                  }
                  if (a instanceof LocalDate date) {
                    return dates.date(date);
                  }
                  return a;
                })
            .toArray();
    if (step.key().equals("report.next.catchUp")) {
      args[1] = hours.format((Long) step.args().get(1));
    }
    return FacesMessages.text(step.key(), args);
  }
}
