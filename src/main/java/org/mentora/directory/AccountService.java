package org.mentora.directory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.mentora.platform.BusinessException;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.PasswordPolicy;
import org.mentora.platform.security.Role;

/** Accounts: the first administrator, and each person's own password. */
@Stateless
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject SetupToken setupToken;
  @Inject AccountFactory factory;
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
    List<String> problems = PasswordPolicy.violations(newPassword, username);
    if (!problems.isEmpty()) {
      throw BusinessException.onField("newPassword", problems.get(0), PasswordPolicy.MIN_LENGTH);
    }
    account.setPassword(hasher.hash(newPassword), clock.instant());
  }

  @PermitAll
  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", Account.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }
}
