package org.mentora.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/** Who may open the directory's pages: organisations and people are for administrators only. */
@ApplicationScoped
public class DirectoryPages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(
        PageRule.publicPage("/setup.xhtml"),
        PageRule.publicPage("/password-reset.xhtml").withoutState(),
        PageRule.anyRole("/account/*"),
        PageRule.of("/directory/*", Role.ADMIN));
  }
}
