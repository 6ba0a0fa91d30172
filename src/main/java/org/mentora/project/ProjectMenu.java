package org.mentora.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** The project pages in the main menu. */
@ApplicationScoped
public class ProjectMenu implements MenuContribution {

  private static final String GROUP = "menu.group.project";

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            GROUP,
            10,
            "menu.project.mine",
            "/project/my-project.xhtml",
            "pi pi-lightbulb",
            Set.of(Role.PARTICIPANT)),
        new MenuEntry(
            GROUP,
            20,
            "menu.project.ideas",
            "/project/ideas.xhtml",
            "pi pi-lightbulb",
            EnumSet.of(Role.ADMIN, Role.MENTOR, Role.TUTOR, Role.TRAINER)),
        new MenuEntry(
            GROUP,
            25,
            "menu.project.topics",
            "/project/topics.xhtml",
            "pi pi-tags",
            Set.of(Role.ADMIN)),
        new MenuEntry(
            GROUP,
            30,
            "menu.project.goodPractices",
            "/good-practices/index.xhtml",
            "pi pi-star",
            EnumSet.allOf(Role.class)));
  }
}
