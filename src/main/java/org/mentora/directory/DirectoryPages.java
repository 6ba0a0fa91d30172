package org.mentora.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/** Who may open the directory's pages. */
@ApplicationScoped
public class DirectoryPages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(PageRule.publicPage("/setup.xhtml"), PageRule.anyRole("/account/*"));
  }
}
