package org.mentora.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentora.course.ProgressChanged;

/**
 * The moment a participant meets every completion requirement (an approval, a passed module, a
 * completed project, a rating, a recognised waiver made the difference), the administrators hear
 * that they can receive a certificate, once per participant. Looked at after the change committed,
 * as the person who made it ({@link EligibilityService#tellIfIssuable}): a failure to tell is
 * logged and never undoes the approval or the mark that caused it.
 */
@ApplicationScoped
public class EligibilityNotices {

  private static final Logger LOG = Logger.getLogger(EligibilityNotices.class.getName());

  @Inject EligibilityService eligibility;

  void progressed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgressChanged event) {
    try {
      eligibility.tellIfIssuable(event.enrolmentId());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Could not tell whether enrolment " + event.enrolmentId() + " became eligible",
          e);
    }
  }
}
