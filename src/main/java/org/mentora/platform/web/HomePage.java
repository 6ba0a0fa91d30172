package org.mentora.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.mentora.platform.security.CurrentUser;
import org.mentora.platform.security.Role;

/** Sends a signed-in person to the home page of their first role. */
@Named
@RequestScoped
public class HomePage {

  @Inject CurrentUser currentUser;
  @Inject ExternalContext externalContext;

  private boolean withoutRole;

  public void route() throws IOException {
    Optional<Role> primary = Role.primary(currentUser.roles());
    if (primary.isPresent()) {
      externalContext.redirect(
          externalContext.getRequestContextPath() + primary.get().homeOutcome());
    } else {
      withoutRole = true;
    }
  }

  public boolean isWithoutRole() {
    return withoutRole;
  }
}
