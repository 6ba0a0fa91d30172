package org.mentora.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: too many failed logins for one user name, or from one client address,
 * lock further attempts for a while ({@code mentora.login.*}). User names are counted whether or
 * not the account exists, and a locked attempt gets the same answer as a wrong password, so the
 * throttle tells nobody which accounts exist. Counts live in the database for every node to see.
 *
 * <p>Anyone may call it: it runs before the caller is known. Unlocking an account is for
 * administrators and goes through {@code directory.AccountService}.
 */
@Stateless
@PermitAll
public class LoginThrottle {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mentora.login.max-failures", defaultValue = "10")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "mentora.login.max-failures-per-address", defaultValue = "50")
  int maxFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "mentora.login.window-minutes", defaultValue = "15")
  long windowMinutes;

  @Inject
  @ConfigProperty(name = "mentora.login.lock-minutes", defaultValue = "15")
  long lockMinutes;

  /** True when the user name or the address may not try a password now. */
  public boolean locked(String username, String address) {
    return rule(false).locked(state(accountKey(username)), clock.instant())
        || rule(true).locked(state(addressKey(address)), clock.instant());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(String username, String address) {
    count(accountKey(username), rule(false));
    count(addressKey(address), rule(true));
  }

  /** A successful login forgets the account's failures (not the address's). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void succeeded(String username) {
    clear(username);
  }

  /** True when the account is locked now; for the administrator's person page. */
  public boolean accountLocked(String username) {
    return rule(false).locked(state(accountKey(username)), clock.instant());
  }

  /** Forgets the account's failures; callers check that an administrator asked. */
  public void clear(String username) {
    em.createQuery("delete from LoginFailures f where f.throttleKey = :key")
        .setParameter("key", accountKey(username))
        .executeUpdate();
  }

  private void count(String key, ThrottleRule rule) {
    LoginFailures row = em.find(LoginFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      row = new LoginFailures(key);
      row.set(rule.fail(null, clock.instant()));
      em.persist(row);
    } else {
      row.set(rule.fail(row.state(), clock.instant()));
    }
  }

  private ThrottleRule.State state(String key) {
    LoginFailures row = em.find(LoginFailures.class, key);
    return row == null ? null : row.state();
  }

  private ThrottleRule rule(boolean perAddress) {
    return new ThrottleRule(
        Math.max(1, perAddress ? maxFailuresPerAddress : maxFailures),
        Duration.ofMinutes(Math.max(1, windowMinutes)),
        Duration.ofMinutes(Math.max(0, lockMinutes)));
  }

  /** The same normalisation as account user names: case and surrounding spaces do not count. */
  static String accountKey(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return cut("account:" + name);
  }

  static String addressKey(String address) {
    return cut("address:" + (address == null ? "" : address));
  }

  private static String cut(String key) {
    return key.length() > LoginFailures.KEY_MAX ? key.substring(0, LoginFailures.KEY_MAX) : key;
  }
}
