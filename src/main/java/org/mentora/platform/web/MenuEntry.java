package org.mentora.platform.web;

import java.util.Set;
import org.mentora.platform.security.Role;

/**
 * One link of the main menu, contributed by the capability that owns the page.
 *
 * @param group bundle key of the menu group it appears under (e.g. {@code menu.group.course})
 * @param order position inside the group, lower first
 * @param labelKey bundle key of the link text
 * @param outcome the page, e.g. {@code /course/editions.xhtml}
 * @param icon a PrimeIcons class, e.g. {@code pi pi-book}
 * @param roles who sees it; a person sees it when holding any of these
 */
public record MenuEntry(
    String group, int order, String labelKey, String outcome, String icon, Set<Role> roles) {

  public MenuEntry {
    roles = Set.copyOf(roles);
  }

  public boolean visibleTo(Set<Role> held) {
    return roles.stream().anyMatch(held::contains);
  }
}
