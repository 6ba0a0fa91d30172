package org.mentora.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mentora.platform.security.Role;

/** One home page per role, so a person with several roles can switch between them. */
@ApplicationScoped
public class HomeMenu implements MenuContribution {

  @Override
  public List<MenuEntry> entries() {
    List<MenuEntry> entries = new ArrayList<>();
    for (Role role : Role.values()) {
      entries.add(
          new MenuEntry(
              "menu.group.home",
              role.ordinal(),
              "menu.home." + role.name().toLowerCase(Locale.ROOT),
              role.homeOutcome(),
              "pi pi-home",
              Set.of(role)));
    }
    return entries;
  }
}
