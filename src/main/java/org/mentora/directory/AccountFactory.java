package org.mentora.directory;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.mentora.platform.BusinessException;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.PasswordPolicy;
import org.mentora.platform.security.Role;

/**
 * Creates a person with an account after checking the rules. Package-private on purpose: only the
 * directory's services and start-up code reach it, each after its own authorization (an
 * administrator, the setup token, configuration, demo mode). Runs in the caller's transaction.
 */
@Dependent
public class AccountFactory {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  Account create(NewAccount request, Set<Role> roles) {
    String username = Account.normaliseUsername(request.username());
    if (username == null || !username.matches(Account.USERNAME_PATTERN)) {
      throw BusinessException.onField("username", "account.username.invalid");
    }
    List<String> problems =
        PasswordPolicy.violations(
            request.password(),
            username,
            request.givenName(),
            request.familyName(),
            request.email());
    if (!problems.isEmpty()) {
      throw BusinessException.onField("password", problems.get(0), PasswordPolicy.MIN_LENGTH);
    }
    if (!em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty()) {
      throw BusinessException.onField("username", "account.username.taken");
    }
    String email = Person.normaliseEmail(request.email());
    if (!em.createNamedQuery(Person.BY_EMAIL, Person.class)
        .setParameter("email", email)
        .getResultList()
        .isEmpty()) {
      throw BusinessException.onField("email", "person.email.taken");
    }
    Person person =
        new Person(request.givenName(), request.familyName(), email, request.organisation());
    if (request.preferredLanguage() != null) {
      person.setPreferredLanguage(request.preferredLanguage());
    }
    em.persist(person);
    Account account = new Account(username, person, roles, clock.instant());
    account.setPassword(hasher.hash(request.password()), clock.instant());
    em.persist(account);
    return account;
  }
}
