package org.mentora.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;

/** The person behind the current caller, for services that check ownership. */
@ApplicationScoped
public class Callers {

  @Inject SecurityContext securityContext;

  @PersistenceContext EntityManager em;

  public String username() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      throw new NotFoundException();
    }
    return principal.getName();
  }

  /** The caller's person; a caller without one is treated as not found. */
  public Person person() {
    return findPerson().orElseThrow(NotFoundException::new);
  }

  public Optional<Person> findPerson() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select a.person from Account a where a.username = :username", Person.class)
        .setParameter("username", principal.getName())
        .getResultStream()
        .findFirst();
  }

  public boolean has(Role role) {
    return securityContext.isCallerInRole(role.name());
  }
}
