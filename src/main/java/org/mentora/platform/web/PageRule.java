package org.mentora.platform.web;

import java.util.EnumSet;
import java.util.Set;
import org.mentora.platform.security.Role;

/**
 * Who may open a page: an exact path ({@code /home/admin.xhtml}) or a folder ({@code /course/*}),
 * and the roles allowed. An empty role set means anyone, signed in or not.
 *
 * <p>A rule may also say that its pages keep nothing between requests (no view-scoped bean, no
 * Ajax): their views are then transient ({@link StatelessViews}), so showing one saves no view
 * state and no view map, and creates no session for a visitor who is not signed in.
 */
public record PageRule(String pattern, Set<Role> roles, boolean stateless) {

  public PageRule {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("A page pattern starts with '/': " + pattern);
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public PageRule(String pattern, Set<Role> roles) {
    this(pattern, roles, false);
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

  /**
   * The same rule for pages that keep no state: no view-scoped bean, no Ajax, forms that only post
   * (Faces builds their view again from the page when they do).
   */
  public PageRule withoutState() {
    return new PageRule(pattern, roles, true);
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
