package org.mentora.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentora.platform.security.CurrentUser;
import org.mentora.platform.security.Role;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/** The main menu, built from every capability's contributions and filtered by the user's roles. */
@Named("navigation")
@RequestScoped
public class NavigationMenu {

  @Inject @Any Instance<MenuContribution> contributions;

  @Inject CurrentUser currentUser;

  private MenuModel model;
  private List<MenuEntry> visible;

  @PostConstruct
  void build() {
    Set<Role> roles = currentUser.roles();
    visible =
        visibleEntries(contributions.stream().flatMap(c -> c.entries().stream()).toList(), roles);
    model = new DefaultMenuModel();
    Map<String, List<MenuEntry>> groups = new LinkedHashMap<>();
    for (MenuEntry entry : visible) {
      groups.computeIfAbsent(entry.group(), key -> new ArrayList<>()).add(entry);
    }
    String contextPath =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    groups.forEach(
        (group, entries) -> {
          DefaultSubMenu submenu =
              DefaultSubMenu.builder().label(FacesMessages.text(group)).id(idOf(group)).build();
          for (MenuEntry entry : entries) {
            submenu
                .getElements()
                .add(
                    DefaultMenuItem.builder()
                        .value(FacesMessages.text(entry.labelKey()))
                        .icon(entry.icon())
                        .url(contextPath + entry.outcome())
                        .id(idOf(entry.labelKey()))
                        .build());
          }
          model.getElements().add(submenu);
        });
  }

  /** Entries the roles may see, grouped in menu order and sorted inside each group. */
  static List<MenuEntry> visibleEntries(List<MenuEntry> all, Set<Role> roles) {
    return all.stream()
        .filter(entry -> entry.visibleTo(roles))
        .sorted(
            Comparator.comparingInt((MenuEntry entry) -> groupRank(entry.group()))
                .thenComparing(MenuEntry::group)
                .thenComparingInt(MenuEntry::order))
        .toList();
  }

  private static int groupRank(String group) {
    int index = MenuContribution.GROUP_ORDER.indexOf(group);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private static String idOf(String key) {
    return "menu_" + key.replaceAll("[^A-Za-z0-9]", "_");
  }

  public MenuModel getModel() {
    return model;
  }

  /** The entries of one group, for home pages that show the role's tasks as cards. */
  public List<MenuEntry> entriesFor(Role role) {
    return visible.stream().filter(entry -> entry.roles().contains(role)).toList();
  }
}
