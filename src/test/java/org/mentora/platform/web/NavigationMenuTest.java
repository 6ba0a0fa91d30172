package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentora.platform.security.Role;

class NavigationMenuTest {

  private final MenuEntry editions =
      new MenuEntry("menu.group.course", 10, "menu.editions", "/e.xhtml", "pi", Set.of(Role.ADMIN));
  private final MenuEntry review =
      new MenuEntry(
          "menu.group.logbook",
          10,
          "menu.review",
          "/r.xhtml",
          "pi",
          Set.of(Role.MENTOR, Role.TUTOR));
  private final MenuEntry myHours =
      new MenuEntry(
          "menu.group.logbook", 5, "menu.hours", "/h.xhtml", "pi", Set.of(Role.PARTICIPANT));
  private final MenuEntry home =
      new MenuEntry("menu.group.home", 0, "menu.home", "/home.xhtml", "pi", Set.of(Role.values()));

  @Test
  void aRoleSeesOnlyItsOwnEntries() {
    assertEquals(
        List.of(home, myHours),
        NavigationMenu.visibleEntries(
            List.of(editions, review, myHours, home), Set.of(Role.PARTICIPANT)));
  }

  @Test
  void groupsFollowTheMenuOrderAndEntriesTheirOwnOrder() {
    assertEquals(
        List.of(home, myHours, review),
        NavigationMenu.visibleEntries(
            List.of(review, myHours, home), Set.of(Role.PARTICIPANT, Role.MENTOR)));
  }

  @Test
  void someoneWithoutRolesSeesNothing() {
    assertEquals(List.of(), NavigationMenu.visibleEntries(List.of(editions, home), Set.of()));
  }
}
