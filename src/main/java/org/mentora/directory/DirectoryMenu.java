package org.mentora.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** The directory's pages in the main menu. */
@ApplicationScoped
public class DirectoryMenu implements MenuContribution {

  /** The administrators' directory group, already named and placed in the menu order. */
  private static final String ADMIN_GROUP = "menu.group.directory";

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            "menu.group.account",
            10,
            "menu.account.password",
            "/account/password.xhtml",
            "pi pi-key",
            EnumSet.allOf(Role.class)),
        new MenuEntry(
            ADMIN_GROUP,
            10,
            "menu.directory.organisations",
            "/directory/organisations.xhtml",
            "pi pi-building",
            Set.of(Role.ADMIN)),
        new MenuEntry(
            ADMIN_GROUP,
            20,
            "menu.directory.people",
            "/directory/people.xhtml",
            "pi pi-users",
            Set.of(Role.ADMIN)));
  }
}
