package org.mentora.platform.web;

import java.util.List;

/**
 * Implemented by each capability ({@code @ApplicationScoped}) to put its pages in the main menu, so
 * no shared menu file grows with every feature and a role only ever sees its own pages.
 */
public interface MenuContribution {

  /** Group order in the menu bar; unknown groups go last. */
  List<String> GROUP_ORDER =
      List.of(
          "menu.group.home",
          "menu.group.course",
          "menu.group.project",
          "menu.group.logbook",
          "menu.group.competence",
          "menu.group.certificate",
          "menu.group.report",
          "menu.group.directory",
          "menu.group.account");

  List<MenuEntry> entries();
}
