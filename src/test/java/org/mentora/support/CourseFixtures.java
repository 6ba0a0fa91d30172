package org.mentora.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.mentora.course.BiblioModes;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.HourTargets;
import org.mentora.course.LearningMode;
import org.mentora.course.MentorRelation;
import org.mentora.course.ModuleKind;
import org.mentora.course.Programme;
import org.mentora.course.StaffAssignment;
import org.mentora.course.TutorGroup;
import org.mentora.directory.Account;
import org.mentora.directory.Person;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.Role;

/**
 * A small course world per test: a programme with modules, an edition running today, and people
 * with accounts, all with unique names. Written directly, without the services' authorization, so
 * tests arrange freely and then act through the real services as a real caller.
 */
@Stateless
public class CourseFixtures {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  /** A small world: programme, three modules, edition, and the ids of what tests need. */
  public record World(
      long programmeId,
      long editionId,
      long moduleVirtual,
      long moduleProject,
      long moduleWorkBased,
      java.util.Map<String, Long> modes) {

    /** The id of the programme's mode with this code (BIBLIO's five). */
    public long mode(String code) {
      return modes.get(code);
    }
  }

  public World world(int capacity) {
    Programme programme = new Programme();
    programme.setName(TestData.unique("Programme"));
    programme.setEqfLevel(5);
    BiblioModes.create(programme).forEach(programme::addMode);
    // Defaults that add up, as the programme page would have saved them.
    programme.setDefaultTargets(programme.getDefaultTargets().withBlendedTotal(240 * 60));
    em.persist(programme);
    CourseModule virtual = module(programme, "V1", BiblioModes.VIRTUAL, 8);
    CourseModule project = module(programme, "P1", BiblioModes.PROJECT_BASED, 40);
    CourseModule wbl = module(programme, "W1", BiblioModes.WORK_BASED, 0);
    Edition edition = new Edition(programme);
    edition.setCode(TestData.unique("ED"));
    edition.setTitle("Test edition");
    edition.setCountry("LV");
    edition.setLanguage("lv");
    LocalDate today = LocalDate.now(clock);
    edition.setStartDate(today.minusMonths(1));
    edition.setEndDate(today.plusMonths(6));
    edition.setCapacity(capacity);
    edition.setTargets(HourTargets.ofHours(20, 160, 40, 25, 240, 165));
    em.persist(edition);
    return new World(
        programme.getId(),
        edition.getId(),
        virtual.getId(),
        project.getId(),
        wbl.getId(),
        programme.getModes().stream()
            .collect(
                java.util.stream.Collectors.toMap(LearningMode::getCode, LearningMode::getId)));
  }

  private CourseModule module(Programme programme, String code, String mode, int hours) {
    CourseModule module = new CourseModule(programme);
    module.setCode(code);
    module.setTitle("Module " + code);
    module.setLearningMode(programme.requireMode(mode));
    module.setPlannedMinutes(hours * 60);
    module.setEcvetPoints(BigDecimal.ONE);
    module.setKind(ModuleKind.DIGITAL);
    em.persist(module);
    return module;
  }

  /** A person with an account and the shared test password; returns the person's id. */
  public long person(String username, String givenName, String familyName, Role... roles) {
    Person person = new Person(givenName, familyName, username + "@test.mentora.example", null);
    em.persist(person);
    Account account =
        new Account(
            username,
            person,
            roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles),
            Instant.now());
    account.setPassword(hasher.hash(TestData.PASSWORD), Instant.now());
    em.persist(account);
    return person.getId();
  }

  /** A person without an account, e.g. a candidate. */
  public long personWithoutAccount(String prefix) {
    String unique = TestData.unique(prefix);
    Person person = new Person("Candidate", unique, unique + "@test.mentora.example", null);
    em.persist(person);
    return person.getId();
  }

  public long enrol(long editionId, long personId) {
    Enrolment enrolment =
        new Enrolment(
            em.find(Edition.class, editionId),
            em.find(Person.class, personId),
            null,
            Instant.now());
    em.persist(enrolment);
    return enrolment.getId();
  }

  public long group(long editionId, String name, long tutorPersonId) {
    TutorGroup group = new TutorGroup(em.find(Edition.class, editionId), name);
    em.persist(group);
    em.persist(
        StaffAssignment.tutor(group, em.find(Person.class, tutorPersonId), Instant.now(), "test"));
    return group.getId();
  }

  public void putInGroup(long enrolmentId, long groupId) {
    em.find(Enrolment.class, enrolmentId).setTutorGroup(em.find(TutorGroup.class, groupId));
  }

  public void mentor(long enrolmentId, long mentorPersonId) {
    em.persist(
        StaffAssignment.mentor(
            em.find(Enrolment.class, enrolmentId),
            em.find(Person.class, mentorPersonId),
            MentorRelation.OWN_LIBRARY,
            Instant.now(),
            "test"));
  }

  public void trainer(long editionId, long moduleId, long trainerPersonId) {
    em.persist(
        StaffAssignment.trainer(
            em.find(CourseModule.class, moduleId),
            em.find(Edition.class, editionId),
            em.find(Person.class, trainerPersonId),
            Instant.now(),
            "test"));
  }

  public java.util.Set<Role> rolesOf(long personId) {
    return em.createQuery("select a from Account a where a.person.id = :id", Account.class)
        .setParameter("id", personId)
        .getSingleResult()
        .getRoles();
  }

  /** An organisation with a unique name, for roster rows to name. */
  public String organisation(String prefix, String country) {
    org.mentora.directory.Organisation organisation =
        new org.mentora.directory.Organisation(
            TestData.unique(prefix),
            org.mentora.directory.OrganisationKind.PUBLIC,
            country,
            "Vidzeme",
            "Cēsis");
    em.persist(organisation);
    return organisation.getName();
  }

  public long count(String jpql, Object... idParameter) {
    var query = em.createQuery(jpql, Long.class);
    for (int i = 0; i < idParameter.length; i++) {
      query.setParameter("p" + i, idParameter[i]);
    }
    return query.getSingleResult();
  }
}
