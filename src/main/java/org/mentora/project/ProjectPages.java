package org.mentora.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/** Who may open the project pages; the good-practice catalogue is public. */
@ApplicationScoped
public class ProjectPages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(
        PageRule.publicPage("/good-practices/*").withoutState(),
        PageRule.of("/project/my-project.xhtml", Role.PARTICIPANT),
        PageRule.anyRole("/project/idea.xhtml"),
        PageRule.of("/project/topics.xhtml", Role.ADMIN),
        PageRule.of("/project/ideas.xhtml", Role.ADMIN, Role.MENTOR, Role.TUTOR, Role.TRAINER));
  }
}
