package org.mentora.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.Like;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.persistence.Page;
import org.mentora.platform.persistence.PageRequest;
import org.mentora.platform.persistence.SearchQuery;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.PasswordPolicy;
import org.mentora.platform.security.Role;
import org.mentora.platform.security.SessionsEnded;

/**
 * Organisations, people and their accounts, as administrators keep them. Everyone signed in may
 * read the list of organisations (a candidate picks a host library); everything else is for
 * administrators.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@Interceptors(ConflictsAsBusinessErrors.class)
public class DirectoryService {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject Event<SessionsEnded> sessionsEnded;
  @Inject PasswordLinks passwordLinks;

  // ---- organisations

  public Page<Organisation> searchOrganisations(PageRequest request) {
    return SearchQuery.of(Organisation.class)
        .column("name", root -> root.get("name"))
        .column("kind", root -> root.get("kind"))
        .column("country", root -> root.get("country"))
        .column("region", root -> root.get("region"))
        .column("city", root -> root.get("city"))
        .defaultSort("name")
        .fetch(em, request);
  }

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<Organisation> allOrganisations() {
    return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
  }

  public Organisation organisation(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id)).orElseThrow(NotFoundException::new);
  }

  /** Creates the organisation or, when it has an id, updates it if nobody changed it meanwhile. */
  public Organisation saveOrganisation(Organisation edited) {
    Optional<Organisation> sameName =
        em.createNamedQuery(Organisation.BY_NAME, Organisation.class)
            .setParameter("name", edited.getName().toLowerCase(Locale.ROOT))
            .setParameter("country", edited.getCountry())
            .getResultStream()
            .filter(other -> !other.getId().equals(edited.getId()))
            .findFirst();
    if (sameName.isPresent()) {
      throw BusinessException.onField("name", "organisation.name.taken");
    }
    if (!edited.isPersisted()) {
      em.persist(edited);
      return edited;
    }
    Organisation managed = organisation(edited.getId());
    OptimisticLocks.check(managed, edited.getVersion());
    managed.setName(edited.getName());
    managed.setKind(edited.getKind());
    managed.setCountry(edited.getCountry());
    managed.setRegion(edited.getRegion());
    managed.setCity(edited.getCity());
    return managed;
  }

  // ---- people

  public Page<Person> searchPeople(PageRequest request) {
    return SearchQuery.of(Person.class)
        .fetch("organisation")
        .column("givenName", root -> root.get("givenName"))
        .column("familyName", root -> root.get("familyName"))
        .column("email", root -> root.get("email"))
        .column(
            "organisation",
            root ->
                root.join("organisation", jakarta.persistence.criteria.JoinType.LEFT).get("name"))
        .defaultSort("familyName")
        .fetch(em, request);
  }

  public Person person(long id) {
    return Optional.ofNullable(em.find(Person.class, id)).orElseThrow(NotFoundException::new);
  }

  public Optional<Person> personByEmail(String email) {
    return em.createNamedQuery(Person.BY_EMAIL, Person.class)
        .setParameter("email", Person.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  /** People whose name or e-mail contains the text, for pickers. */
  public List<Person> findPeople(String text, int max) {
    String like = Like.containing(text);
    return em.createQuery(
            "select p from Person p where lower(p.givenName) like :t escape '\\'"
                + " or lower(p.familyName) like :t escape '\\'"
                + " or p.email like :t escape '\\' order by p.familyName, p.givenName",
            Person.class)
        .setParameter("t", like)
        .setMaxResults(Math.max(1, Math.min(max, 100)))
        .getResultList();
  }

  /** People who hold a role, for choosing mentors, tutors and trainers. */
  public List<Person> peopleWithRole(Role role) {
    return em.createQuery(
            "select a.person from Account a join a.roles r where r = :role and a.enabled = true"
                + " order by a.person.familyName, a.person.givenName",
            Person.class)
        .setParameter("role", role)
        .getResultList();
  }

  public Person savePerson(Person edited) {
    Optional<Person> sameEmail =
        personByEmail(edited.getEmail()).filter(other -> !other.getId().equals(edited.getId()));
    if (sameEmail.isPresent()) {
      throw BusinessException.onField("email", "person.email.taken");
    }
    Organisation organisation =
        edited.getOrganisation() == null ? null : organisation(edited.getOrganisation().getId());
    if (!edited.isPersisted()) {
      edited.setOrganisation(organisation);
      em.persist(edited);
      return edited;
    }
    Person managed = person(edited.getId());
    OptimisticLocks.check(managed, edited.getVersion());
    managed.setGivenName(edited.getGivenName());
    managed.setFamilyName(edited.getFamilyName());
    managed.setEmail(edited.getEmail());
    managed.setPreferredLanguage(edited.getPreferredLanguage());
    managed.setOrganisation(organisation);
    return managed;
  }

  // ---- accounts

  public Optional<Account> accountOf(long personId) {
    return em.createQuery("select a from Account a where a.person.id = :id", Account.class)
        .setParameter("id", personId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Gives a person an account or changes it: user name, roles, enabled. A new password is set only
   * when one is given, and must pass the password policy.
   */
  public Account saveAccount(
      long personId, String username, Set<Role> roles, boolean enabled, String newPassword) {
    Person person = person(personId);
    String name = Account.normaliseUsername(username);
    if (name == null || !name.matches(Account.USERNAME_PATTERN)) {
      throw BusinessException.onField("username", "account.username.invalid");
    }
    Optional<Account> existing = accountOf(personId);
    Optional<Account> sameName =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", name)
            .getResultStream()
            .filter(other -> existing.map(mine -> !mine.getId().equals(other.getId())).orElse(true))
            .findFirst();
    if (sameName.isPresent()) {
      throw BusinessException.onField("username", "account.username.taken");
    }
    if (newPassword != null && !newPassword.isEmpty()) {
      List<String> problems =
          PasswordPolicy.violations(
              newPassword, name, person.getGivenName(), person.getFamilyName(), person.getEmail());
      if (!problems.isEmpty()) {
        throw BusinessException.onField("newPassword", problems.get(0), PasswordPolicy.MIN_LENGTH);
      }
    }
    boolean created = existing.isEmpty();
    Account account =
        existing.orElseGet(
            () -> {
              Account fresh =
                  new Account(name, person, EnumSet.noneOf(Role.class), clock.instant());
              em.persist(fresh);
              return fresh;
            });
    account.rename(name);
    account.setRoles(roles);
    account.setEnabled(enabled);
    if (newPassword != null && !newPassword.isEmpty()) {
      // A password set by an administrator ends the account's sessions (theirs, if it is their own,
      // goes on).
      account.setPassword(hasher.hash(newPassword), clock.instant());
      sessionsEnded.fire(new SessionsEnded(account.getUsername(), account.getSessionGeneration()));
    } else if (created && enabled) {
      // No administrator types a participant's password: the person chooses it (welcome mail).
      passwordLinks.welcome(account);
    }
    return account;
  }

  /** Adds a role to a person's account, if they have one; used when staff are assigned. */
  public boolean grantRole(Person person, Role role) {
    return accountOf(person.getId())
        .map(
            account -> {
              if (!account.hasRole(role)) {
                Set<Role> roles = account.getRoles();
                roles.add(role);
                account.setRoles(roles);
              }
              return true;
            })
        .orElse(false);
  }
}
