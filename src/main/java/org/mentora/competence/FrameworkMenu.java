package org.mentora.competence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** The frameworks in the main menu, for administrators (profiles and modules link from course). */
@ApplicationScoped
public class FrameworkMenu implements MenuContribution {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            "menu.group.competence",
            80,
            "frameworks.menu",
            "/competence/frameworks.xhtml",
            "pi pi-sitemap",
            Set.of(Role.ADMIN)));
  }
}
