package org.mentora.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request, as pages and services need to know it.
 *
 * <p>Reads the container's security context on every call, so it is right inside EJBs called from a
 * page, a REST resource or a test that authenticated programmatically.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext securityContext;

  @Inject Instance<UserDirectory> directory;

  private String displayName;

  public Optional<String> username() {
    Principal principal = securityContext.getCallerPrincipal();
    return Optional.ofNullable(principal).map(Principal::getName);
  }

  public boolean isLoggedIn() {
    return username().isPresent();
  }

  public String getUsername() {
    return username().orElse("");
  }

  /** The person's name for the page header, or the user name when the directory has none. */
  public String getDisplayName() {
    if (displayName == null) {
      String username = getUsername();
      displayName =
          directory.isResolvable()
              ? directory.get().displayName(username).orElse(username)
              : username;
    }
    return displayName;
  }

  public boolean has(Role role) {
    return securityContext.isCallerInRole(role.name());
  }

  public Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (has(role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  public List<Role> getRoles() {
    return Role.ordered(roles());
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  public boolean isTrainer() {
    return has(Role.TRAINER);
  }

  public boolean isTutor() {
    return has(Role.TUTOR);
  }

  public boolean isMentor() {
    return has(Role.MENTOR);
  }

  public boolean isParticipant() {
    return has(Role.PARTICIPANT);
  }
}
