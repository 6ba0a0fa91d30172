package org.mentora.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentora.platform.i18n.Languages;
import org.mentora.platform.security.AccountStates;
import org.mentora.platform.security.Role;
import org.mentora.platform.security.UserDirectory;

/**
 * Tells the platform the signed-in person's name and language, and the state of their account that
 * every request checks.
 */
@ApplicationScoped
public class DirectoryUsers implements UserDirectory, AccountStates {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<String> displayName(String username) {
    return person(username).map(Person::getFullName);
  }

  @Override
  public Optional<String> preferredLanguage(String username) {
    return person(username).map(Person::getPreferredLanguage);
  }

  @Override
  @Transactional
  public void preferLanguage(String username, String languageTag) {
    if (Languages.configured().isOffered(languageTag)) {
      person(username).ifPresent(person -> person.setPreferredLanguage(languageTag));
    }
  }

  /**
   * One query with scalar columns, so it always reads the database (never a cached entity another
   * node may have changed): a row per role, or one row with no role.
   */
  @Override
  public Optional<AccountState> current(String username) {
    if (username == null || username.isEmpty()) {
      return Optional.empty();
    }
    List<Object[]> rows =
        em.createQuery(
                "select a.enabled, a.sessionGeneration, r from Account a left join a.roles r"
                    + " where a.username = :username",
                Object[].class)
            .setParameter("username", Account.normaliseUsername(username))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<String> roles = new HashSet<>();
    for (Object[] row : rows) {
      if (row[2] instanceof Role role) {
        roles.add(role.name());
      }
    }
    Object[] first = rows.get(0);
    return Optional.of(
        new AccountState(
            Boolean.TRUE.equals(first[0]), ((Number) first[1]).longValue(), Set.copyOf(roles)));
  }

  private Optional<Person> person(String username) {
    if (username == null || username.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select a.person from Account a where a.username = :username", Person.class)
        .setParameter("username", Account.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }
}
