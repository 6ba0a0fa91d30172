package org.mentora.directory;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.Role;

/**
 * Checks a user name and password for the identity store. Anyone may call it: it is how one stops
 * being anonymous.
 *
 * <p>An unknown user, a disabled account and a wrong password cost the same time and give the same
 * answer, so neither the page nor a stopwatch tells which accounts exist. The last-login time and a
 * stronger re-hash are written with bulk updates that leave the account's version alone, so two
 * logins at once never fail each other.
 */
@Stateless
@PermitAll
public class AccountAuthenticator {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  public Optional<Set<Role>> authenticate(String username, String password) {
    String name = Account.normaliseUsername(username);
    if (name == null
        || name.isEmpty()
        || name.length() > Account.USERNAME_MAX
        || password == null
        || password.length() > 1024) {
      hasher.verifyDummy(password);
      return Optional.empty();
    }
    Account account =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (account == null || !account.isEnabled() || account.getPasswordHash() == null) {
      hasher.verifyDummy(password);
      return Optional.empty();
    }
    if (!hasher.verify(password, account.getPasswordHash())) {
      return Optional.empty();
    }
    if (hasher.needsRehash(account.getPasswordHash())) {
      em.createQuery("update Account a set a.passwordHash = :hash where a.id = :id")
          .setParameter("hash", hasher.hash(password))
          .setParameter("id", account.getId())
          .executeUpdate();
    }
    em.createQuery("update Account a set a.lastLoginAt = :now where a.id = :id")
        .setParameter("now", clock.instant())
        .setParameter("id", account.getId())
        .executeUpdate();
    return Optional.of(account.getRoles());
  }

  /** The roles of an enabled account, or none; for callers already authenticated. */
  public Set<Role> currentRoles(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", Account.normaliseUsername(username))
        .getResultStream()
        .filter(Account::isEnabled)
        .findFirst()
        .map(Account::getRoles)
        .orElse(Set.of());
  }
}
