package org.mentora.competence;

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
import org.mentora.course.JobProfile;
import org.mentora.course.Programme;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.LogEntry;
import org.mentora.support.TestData;

/** Arranges competence data directly, without the services' authorization. */
@Stateless
public class CompetenceFixtures {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A DigComp 2.2 competence of the seed, by its code. */
  public long digComp(String code) {
    return em.createQuery(
            "select c.id from Competence c where c.framework.code = 'DIGCOMP'"
                + " and c.framework.versionLabel = '2.2' and c.code = :code",
            Long.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  /** A new job profile of the edition's programme with DigComp targets, named by the edition. */
  public long profile(long editionId, Map<String, Integer> targets) {
    Edition edition = em.find(Edition.class, editionId);
    Programme programme = edition.getProgramme();
    JobProfile profile = new JobProfile(programme, TestData.unique("P"), "Test profile");
    em.persist(profile);
    targets.forEach(
        (code, level) ->
            em.persist(
                new ProfileTarget(profile, em.find(Competence.class, digComp(code)), level)));
    edition.setJobProfile(profile);
    return profile.getId();
  }

  public void countingRule(long editionId, CountingRule rule) {
    CompetenceSettings settings = new CompetenceSettings(em.find(Edition.class, editionId));
    settings.setCountingRule(rule);
    em.persist(settings);
  }

  public void window(long editionId, AssessmentMoment moment, LocalDate opens, LocalDate closes) {
    AssessmentWindow window = new AssessmentWindow(em.find(Edition.class, editionId), moment);
    window.setOpensOn(opens);
    window.setClosesOn(closes);
    em.persist(window);
  }

  /** An approved work-based entry of the participant, for evidence. */
  public long entry(long enrolmentId, long moduleId, String description) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    LogEntry entry =
        LogEntry.recorded(
            enrolment,
            LocalDate.now(clock).minusDays(3),
            enrolment.getEdition().getProgramme().requireMode(BiblioModes.WORK_BASED),
            em.find(CourseModule.class, moduleId),
            60,
            description,
            null,
            EntryStatus.APPROVED,
            null,
            Instant.now(clock));
    em.persist(entry);
    return entry.getId();
  }

  public long ratings(long enrolmentId) {
    return em.createQuery("select count(r) from Rating r where r.enrolment.id = :id", Long.class)
        .setParameter("id", enrolmentId)
        .getSingleResult();
  }
}
