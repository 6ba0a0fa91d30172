package org.mentora.directory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.LoginThrottle;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.PasswordPolicy;
import org.mentora.platform.security.Role;
import org.mentora.platform.security.SessionsEnded;

/**
 * Accounts: the first administrator, each person's own password, and what an administrator does for
 * a login (unlock it, sign it out everywhere).
 */
@Stateless
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject SetupToken setupToken;
  @Inject AccountFactory factory;
  @Inject LoginThrottle throttle;
  @Inject Event<SessionsEnded> sessionsEnded;
  @Resource SessionContext session;

  @PermitAll
  public boolean administratorExists() {
    return em.createNamedQuery(Account.COUNT_ENABLED_WITH_ROLE, Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult()
        > 0;
  }

  /**
   * Creates the first administrator from the one-time setup token printed in the log. Refused once
   * any administrator exists, so the setup page is useless after first use.
   */
  @PermitAll
  public Account createFirstAdministrator(String token, NewAccount request) {
    if (administratorExists() || !setupToken.matches(token)) {
      throw BusinessException.onField("token", "setup.token.invalid");
    }
    Account account = factory.create(request, Set.of(Role.ADMIN));
    setupToken.consume();
    LOG.info(
        () -> "First administrator '" + account.getUsername() + "' created with the setup token");
    return account;
  }

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public void changeOwnPassword(String currentPassword, String newPassword) {
    String username = session.getCallerPrincipal().getName();
    Account account = findByUsername(username).orElseThrow();
    if (!hasher.verify(currentPassword, account.getPasswordHash())) {
      throw BusinessException.onField("currentPassword", "password.currentWrong");
    }
    Person person = account.getPerson();
    List<String> problems =
        PasswordPolicy.violations(
            newPassword,
            username,
            person.getGivenName(),
            person.getFamilyName(),
            person.getEmail());
    if (!problems.isEmpty()) {
      throw BusinessException.onField("newPassword", problems.get(0), PasswordPolicy.MIN_LENGTH);
    }
    account.setPassword(hasher.hash(newPassword), clock.instant());
    // Every other session of this account ends; this one moves to the new generation.
    sessionsEnded.fire(new SessionsEnded(account.getUsername(), account.getSessionGeneration()));
  }

  /** True when the person's login is locked by too many wrong passwords now. */
  @RolesAllowed(Role.ADMIN_NAME)
  public boolean loginLocked(long personId) {
    return accountOfPerson(personId)
        .map(a -> throttle.accountLocked(a.getUsername()))
        .orElse(false);
  }

  /** Lets the person try their password again at once, whatever the failures so far. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void unlockLogin(long personId) {
    Account account = accountOfPerson(personId).orElseThrow(NotFoundException::new);
    throttle.clear(account.getUsername());
    LOG.info(
        () ->
            "Login of '"
                + account.getUsername()
                + "' unlocked by "
                + session.getCallerPrincipal().getName());
  }

  /** Ends every session of the person's account at its next request (a lost laptop, a leak). */
  @RolesAllowed(Role.ADMIN_NAME)
  public void signOutEverywhere(long personId) {
    Account account = accountOfPerson(personId).orElseThrow(NotFoundException::new);
    account.endSessions();
    sessionsEnded.fire(new SessionsEnded(account.getUsername(), account.getSessionGeneration()));
    LOG.info(
        () ->
            "Every session of '"
                + account.getUsername()
                + "' ended by "
                + session.getCallerPrincipal().getName());
  }

  private Optional<Account> accountOfPerson(long personId) {
    return em.createQuery("select a from Account a where a.person.id = :id", Account.class)
        .setParameter("id", personId)
        .getResultStream()
        .findFirst();
  }

  @PermitAll
  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", Account.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }
}
