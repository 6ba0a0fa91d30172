package org.mentora.competence;

import java.io.Serializable;
import java.time.LocalDate;

/** When one assessment moment is open; the rule behind {@link AssessmentWindow}. */
public record MomentWindow(
    AssessmentMoment moment, boolean enabled, LocalDate opensOn, LocalDate closesOn)
    implements Serializable {

  /** A moment the edition did not configure: open, without dates. */
  public static MomentWindow open(AssessmentMoment moment) {
    return new MomentWindow(moment, true, null, null);
  }

  public boolean isOpenOn(LocalDate day) {
    return enabled
        && (opensOn == null || !day.isBefore(opensOn))
        && (closesOn == null || !day.isAfter(closesOn));
  }

  public AssessmentMoment getMoment() {
    return moment;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }
}
