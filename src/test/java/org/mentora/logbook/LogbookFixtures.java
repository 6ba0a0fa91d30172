package org.mentora.logbook;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.mentora.course.BiblioModes;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.ModuleKind;
import org.mentora.course.StaffAssignment;
import org.mentora.course.Waiver;
import org.mentora.directory.Person;
import org.mentora.platform.files.FileStore;

/**
 * What the logbook tests need beyond the course fixtures: a taught face-to-face module, waivers.
 */
@Stateless
public class LogbookFixtures {

  @PersistenceContext EntityManager em;
  @Inject FileStore files;

  /** A face-to-face module of the edition's programme, taught by the trainer; returns its id. */
  public long faceToFaceModule(long editionId, long trainerPersonId) {
    long module = untaughtFaceToFaceModule(editionId, "F1");
    Edition edition = em.find(Edition.class, editionId);
    em.persist(
        StaffAssignment.trainer(
            em.find(CourseModule.class, module),
            edition,
            em.find(Person.class, trainerPersonId),
            Instant.now(),
            "test"));
    return module;
  }

  /** A face-to-face module of the edition's programme that nobody teaches; returns its id. */
  public long untaughtFaceToFaceModule(long editionId, String code) {
    Edition edition = em.find(Edition.class, editionId);
    CourseModule module = new CourseModule(edition.getProgramme());
    module.setCode(code);
    module.setTitle("Opening workshop");
    module.setLearningMode(edition.getProgramme().requireMode(BiblioModes.FACE_TO_FACE));
    module.setPlannedMinutes(600);
    module.setEcvetPoints(BigDecimal.ONE);
    module.setKind(ModuleKind.TRANSVERSAL);
    em.persist(module);
    return module.getId();
  }

  /** Recognises the module as prior learning for the participant. */
  public void approvedWaiver(long enrolmentId, long moduleId) {
    Waiver waiver =
        new Waiver(
            em.find(Enrolment.class, enrolmentId),
            em.find(CourseModule.class, moduleId),
            files.store(
                "evidence",
                "cert.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1),
                "test"),
            null,
            Instant.now());
    em.persist(waiver);
    waiver.approve("test", Instant.now(), null);
  }

  public long audits(long entryId, EntryStatus to) {
    return em.createQuery(
            "select count(a) from EntryAudit a where a.entry.id = :id and a.toStatus = :to",
            Long.class)
        .setParameter("id", entryId)
        .setParameter("to", to)
        .getSingleResult();
  }

  public long allAudits(long entryId) {
    return em.createQuery("select count(a) from EntryAudit a where a.entry.id = :id", Long.class)
        .setParameter("id", entryId)
        .getSingleResult();
  }

  public EntryStatus status(long entryId) {
    return em.createQuery("select e.status from LogEntry e where e.id = :id", EntryStatus.class)
        .setParameter("id", entryId)
        .getSingleResult();
  }
}
