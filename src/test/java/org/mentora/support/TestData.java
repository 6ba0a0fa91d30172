package org.mentora.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.mentora.directory.Account;
import org.mentora.directory.Organisation;
import org.mentora.directory.OrganisationKind;
import org.mentora.directory.Person;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.Role;

/**
 * Creates the data one test needs, with unique names, so tests never depend on each other or on
 * what an earlier run left in the database.
 */
@Stateless
public class TestData {

  public static final String PASSWORD = "test-password-123";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;

  /** A unique, lower-case suffix for names and e-mail addresses. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Organisation organisation(String name, String country, String region) {
    Organisation organisation =
        new Organisation(unique(name), OrganisationKind.PUBLIC, country, region, null);
    em.persist(organisation);
    return organisation;
  }

  /**
   * A person with an account, the shared test password and the given roles; returns the user name.
   */
  public String account(String prefix, Role first, Role... more) {
    String username = unique(prefix);
    Person person = new Person("Test", prefix, username + "@test.mentora.example", null);
    em.persist(person);
    Account account = new Account(username, person, EnumSet.of(first, more), Instant.now());
    account.setPassword(hasher.hash(PASSWORD), Instant.now());
    em.persist(account);
    return username;
  }

  public void disable(String username) {
    em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", username)
        .getSingleResult()
        .setEnabled(false);
  }
}
