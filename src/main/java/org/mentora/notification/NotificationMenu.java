package org.mentora.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** Everyone's notifications and settings under "My account"; the outbox for administrators. */
@ApplicationScoped
public class NotificationMenu implements MenuContribution {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            "menu.group.account",
            5,
            "menu.account.notifications",
            "/notification/centre.xhtml",
            "pi pi-bell",
            EnumSet.allOf(Role.class)),
        new MenuEntry(
            "menu.group.account",
            20,
            "menu.account.notificationSettings",
            "/notification/settings.xhtml",
            "pi pi-envelope",
            EnumSet.allOf(Role.class)),
        new MenuEntry(
            "menu.group.directory",
            40,
            "menu.directory.outbox",
            "/notification/outbox.xhtml",
            "pi pi-send",
            Set.of(Role.ADMIN)));
  }
}
