package org.mentora.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** The logbook pages in the main menu: participants log, reviewers decide. */
@ApplicationScoped
public class LogbookMenu implements MenuContribution {

  private static final String GROUP = "menu.group.logbook";

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            GROUP,
            10,
            "menu.logbook.mine",
            "/logbook/my-logbook.xhtml",
            "pi pi-clock",
            Set.of(Role.PARTICIPANT)),
        new MenuEntry(
            GROUP,
            20,
            "menu.logbook.review",
            "/logbook/review.xhtml",
            "pi pi-check-square",
            EnumSet.of(Role.MENTOR, Role.TUTOR, Role.TRAINER, Role.ADMIN)),
        new MenuEntry(
            GROUP,
            30,
            "menu.logbook.editionHours",
            "/logbook/edition-hours.xhtml",
            "pi pi-download",
            Set.of(Role.ADMIN)),
        new MenuEntry(
            GROUP,
            40,
            "menu.logbook.attendance",
            "/logbook/attendance.xhtml",
            "pi pi-users",
            EnumSet.of(Role.TRAINER, Role.ADMIN)));
  }
}
