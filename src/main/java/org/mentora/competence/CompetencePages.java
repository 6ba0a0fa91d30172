package org.mentora.competence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/** Who may open the assessment pages. The services check again whose profile it is. */
@ApplicationScoped
public class CompetencePages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(
        PageRule.of(
            "/competence/profile.xhtml",
            Role.PARTICIPANT,
            Role.MENTOR,
            Role.TUTOR,
            Role.TRAINER,
            Role.ADMIN),
        PageRule.of("/competence/participants.xhtml", Role.MENTOR, Role.TUTOR, Role.TRAINER),
        PageRule.of("/competence/cohort.xhtml", Role.ADMIN));
  }
}
