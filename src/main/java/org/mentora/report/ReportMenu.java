package org.mentora.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** The dashboards in the main menu: each role sees its own. */
@ApplicationScoped
public class ReportMenu implements MenuContribution {

  private static final String GROUP = "menu.group.report";

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            GROUP,
            10,
            "report.menu.myDashboard",
            "/report/my-dashboard.xhtml",
            "pi pi-compass",
            Set.of(Role.PARTICIPANT)),
        new MenuEntry(
            GROUP,
            20,
            "report.menu.staffDashboard",
            "/report/staff-dashboard.xhtml",
            "pi pi-chart-bar",
            EnumSet.of(Role.MENTOR, Role.TUTOR, Role.TRAINER)),
        new MenuEntry(
            GROUP,
            30,
            "report.menu.editionDashboard",
            "/report/edition-dashboard.xhtml",
            "pi pi-chart-line",
            Set.of(Role.ADMIN)));
  }
}
