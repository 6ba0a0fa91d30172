package org.mentora.competence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** The competence pages in the main menu: participants assess themselves, staff their people. */
@ApplicationScoped
public class CompetenceMenu implements MenuContribution {

  static final String GROUP = "menu.group.competence";

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            GROUP,
            10,
            "menu.competence.mine",
            "/competence/profile.xhtml",
            "pi pi-chart-bar",
            Set.of(Role.PARTICIPANT)),
        new MenuEntry(
            GROUP,
            20,
            "menu.competence.participants",
            "/competence/participants.xhtml",
            "pi pi-star",
            EnumSet.of(Role.MENTOR, Role.TUTOR, Role.TRAINER)));
  }
}
