package org.mentora.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.mentora.platform.i18n.Languages;
import org.mentora.platform.security.UserDirectory;

/** Tells the platform the signed-in person's name and language. */
@ApplicationScoped
public class DirectoryUsers implements UserDirectory {

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
