package org.mentora.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** The directory's pages in the main menu. */
@ApplicationScoped
public class DirectoryMenu implements MenuContribution {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            "menu.group.account",
            10,
            "menu.account.password",
            "/account/password.xhtml",
            "pi pi-key",
            EnumSet.allOf(Role.class)));
  }
}
