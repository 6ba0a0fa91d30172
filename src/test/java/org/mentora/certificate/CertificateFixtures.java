package org.mentora.certificate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.mentora.course.BiblioModes;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.directory.Person;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.LogEntry;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectStatus;
import org.mentora.support.TestData;

/**
 * What the certificate tests arrange directly, without the services' authorization: small
 * completion rules, approved hours, a completed project, passed modules, and whole eligible
 * participants (without accounts, so a batch of thirty is quick to set up).
 */
@Stateless
public class CertificateFixtures {

  /** The rules the tests use: small minimums so a few entries complete them. */
  public static final CompletionRules.Rules SMALL =
      new CompletionRules.Rules(
          Map.of(
              BiblioModes.VIRTUAL, 120, BiblioModes.PROJECT_BASED, 60, BiblioModes.WORK_BASED, 60),
          180,
          ProjectRequirement.COMPLETED,
          true,
          false);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public void rules(long editionId, CompletionRules.Rules rules) {
    CompletionSettings settings = new CompletionSettings(em.find(Edition.class, editionId));
    settings.apply(rules, "test", Instant.now());
    em.persist(settings);
  }

  public void approvedHours(long enrolmentId, String mode, int minutes, int daysAgo) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    LogEntry entry =
        LogEntry.recorded(
            enrolment,
            LocalDate.now(clock).minusDays(daysAgo),
            enrolment.getEdition().getProgramme().requireMode(mode),
            null,
            minutes,
            TestData.unique("Worked"),
            null,
            EntryStatus.APPROVED,
            null,
            Instant.now());
    em.persist(entry);
  }

  public long completedProject(long enrolmentId) {
    ProjectIdea idea =
        new ProjectIdea(
            em.find(Enrolment.class, enrolmentId), TestData.unique("Project"), Instant.now());
    em.persist(idea);
    idea.moveTo(ProjectStatus.COMPLETED, Instant.now());
    return idea.getId();
  }

  public void passAll(long enrolmentId) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    for (CourseModule module :
        em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
            .setParameter("programme", enrolment.getEdition().getProgramme())
            .getResultList()) {
      ModuleResult result = new ModuleResult(enrolment, module);
      result.record(true, "test", Instant.now());
      em.persist(result);
    }
  }

  /** Forgets the participant's result of one module, as if it had never been recorded. */
  public void forgetResult(long enrolmentId, long moduleId) {
    em.createQuery("delete from ModuleResult r where r.enrolment.id = :e and r.module.id = :m")
        .setParameter("e", enrolmentId)
        .setParameter("m", moduleId)
        .executeUpdate();
  }

  /** A participant without an account who meets {@link #SMALL}; returns the enrolment id. */
  public long eligibleParticipant(long editionId, String familyName) {
    String unique = TestData.unique(familyName);
    Person person = new Person("Anna", unique, unique + "@test.mentora.example", null);
    em.persist(person);
    Enrolment enrolment =
        new Enrolment(em.find(Edition.class, editionId), person, null, Instant.now());
    em.persist(enrolment);
    long id = enrolment.getId();
    approvedHours(id, BiblioModes.VIRTUAL, 120, 3);
    approvedHours(id, BiblioModes.PROJECT_BASED, 60, 4);
    approvedHours(id, BiblioModes.WORK_BASED, 60, 5);
    completedProject(id);
    passAll(id);
    return id;
  }

  public void preferLanguage(long enrolmentId, String language) {
    em.find(Enrolment.class, enrolmentId).getPerson().setPreferredLanguage(language);
  }

  /** Names the edition's programme and its modules in {@code language}: prefix plus code. */
  public void nameInLanguage(long editionId, String language, String prefix) {
    Edition edition = em.find(Edition.class, editionId);
    edition.getProgramme().getNames().put(language, prefix);
    em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
        .setParameter("programme", edition.getProgramme())
        .getResultList()
        .forEach(m -> m.getNames().put(language, prefix + " " + m.getCode()));
  }

  public void renamePerson(long enrolmentId, String familyName) {
    em.find(Enrolment.class, enrolmentId).getPerson().setFamilyName(familyName);
  }

  /** The demo edition, when the demo world was seeded with its certificate part. */
  public java.util.Optional<Long> demoEditionWithCertificateDemo() {
    boolean seeded =
        !em.createQuery(
                "select i.id from ProjectIdea i where i.title = 'Digital skills café for seniors'",
                Long.class)
            .getResultList()
            .isEmpty();
    return seeded
        ? em.createQuery("select e.id from Edition e where e.code = 'LV-PILOT'", Long.class)
            .getResultStream()
            .findFirst()
        : java.util.Optional.empty();
  }

  public String holderName(long enrolmentId) {
    return em.find(Enrolment.class, enrolmentId).getPerson().getFullName();
  }

  public void withdraw(long enrolmentId) {
    em.find(Enrolment.class, enrolmentId).withdraw(Instant.now());
  }
}
