package org.mentora.competence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/** Who may open the administrator's competence pages; the services check again. */
@ApplicationScoped
public class FrameworkPages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(
        PageRule.of("/competence/frameworks.xhtml", Role.ADMIN),
        PageRule.of("/competence/framework.xhtml", Role.ADMIN),
        PageRule.of("/competence/framework-import.xhtml", Role.ADMIN),
        PageRule.of("/competence/profile-targets.xhtml", Role.ADMIN),
        PageRule.of("/competence/module-competences.xhtml", Role.ADMIN),
        PageRule.of("/competence/edition-assessment.xhtml", Role.ADMIN));
  }
}
