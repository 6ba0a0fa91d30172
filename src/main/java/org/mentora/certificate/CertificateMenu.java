package org.mentora.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** The certificate pages in the main menu. */
@ApplicationScoped
public class CertificateMenu implements MenuContribution {

  private static final String GROUP = "menu.group.certificate";

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            GROUP,
            10,
            "certification.menu.mine",
            "/certificate/my-certificate.xhtml",
            "pi pi-verified",
            Set.of(Role.PARTICIPANT)),
        new MenuEntry(
            GROUP,
            20,
            "certification.menu.eligibility",
            "/certificate/eligibility.xhtml",
            "pi pi-verified",
            Set.of(Role.ADMIN)),
        new MenuEntry(
            GROUP,
            30,
            "certification.menu.moduleResults",
            "/certificate/module-results.xhtml",
            "pi pi-check-circle",
            EnumSet.of(Role.TRAINER, Role.ADMIN)),
        new MenuEntry(
            GROUP, 40, "certification.menu.verify", "/verify", "pi pi-search", Set.of(Role.ADMIN)));
  }
}
