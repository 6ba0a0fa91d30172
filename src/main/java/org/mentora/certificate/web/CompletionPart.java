package org.mentora.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.certificate.Eligibility;
import org.mentora.certificate.EligibilityService;
import org.mentora.certificate.Shortfall;
import org.mentora.course.Enrolment;
import org.mentora.platform.web.FacesMessages;

/**
 * The certificate capability's fragments on pages it does not own: a participant's completion
 * status on the staff's participant page and on the participant's home page.
 */
@Named
@RequestScoped
public class CompletionPart {

  @Inject EligibilityService eligibility;

  private final Map<Long, Eligibility> loaded = new HashMap<>();
  private List<Enrolment> mine;

  public Eligibility of(long enrolmentId) {
    return loaded.computeIfAbsent(enrolmentId, eligibility::of);
  }

  /** The participant's current edition (their latest enrolment), or null. */
  public Eligibility getMine() {
    if (mine == null) {
      mine = eligibility.myEnrolments();
    }
    return mine.isEmpty() ? null : of(mine.get(0).getId());
  }

  public String text(Shortfall shortfall) {
    return FacesMessages.text(shortfall.key(), shortfall.args(FacesMessages.locale()));
  }
}
