package org.mentora.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentora.platform.security.Role;

/** Decides, from the contributed rules alone, whether a person may open a page. */
public final class PageAccessPolicy {

  public enum Decision {
    ALLOW,
    NOT_FOUND
  }

  private final List<PageRule> rules;

  public PageAccessPolicy(List<PageRule> rules) {
    this.rules =
        rules.stream().sorted(Comparator.comparingInt(PageRule::specificity).reversed()).toList();
  }

  /**
   * The most specific rule for the path decides; with no rule the page is not found. Someone with
   * none of the rule's roles is told the page is not found, so nobody learns which pages exist for
   * other roles.
   */
  public Decision decide(String path, Set<Role> roles) {
    Optional<PageRule> rule = rule(path);
    if (rule.isEmpty()) {
      return Decision.NOT_FOUND;
    }
    if (rule.get().isPublic() || rule.get().roles().stream().anyMatch(roles::contains)) {
      return Decision.ALLOW;
    }
    return Decision.NOT_FOUND;
  }

  /** The most specific rule for the path, if any. */
  public Optional<PageRule> rule(String path) {
    return rules.stream().filter(candidate -> candidate.matches(path)).findFirst();
  }
}
