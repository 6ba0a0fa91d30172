package org.mentora.platform.web;

import java.util.EnumSet;
import java.util.Set;
import org.mentora.platform.security.Role;

/**
 * Who may open a page: an exact path ({@code /home/admin.xhtml}) or a folder ({@code /course/*}),
 * and the roles allowed. An empty role set means anyone, signed in or not.
 */
public record PageRule(String pattern, Set<Role> roles) {

  public PageRule {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("A page pattern starts with '/': " + pattern);
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static PageRule of(String pattern, Role first, Role... more) {
    return new PageRule(pattern, EnumSet.of(first, more));
  }

  public static PageRule anyRole(String pattern) {
    return new PageRule(pattern, EnumSet.allOf(Role.class));
  }

  public static PageRule publicPage(String pattern) {
    return new PageRule(pattern, Set.of());
  }

  public boolean isPublic() {
    return roles.isEmpty();
  }

  public boolean matches(String path) {
    if (pattern.endsWith("/*")) {
      return path.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return pattern.equals(path);
  }

  /** Longer patterns are more specific; an exact page beats a folder of the same length. */
  int specificity() {
    return pattern.endsWith("/*") ? pattern.length() * 2 - 1 : pattern.length() * 2;
  }
}
