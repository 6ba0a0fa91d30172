package org.mentora.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mentora.directory.Callers;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileStore;
import org.mentora.platform.files.StoredFile;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.security.Role;

/**
 * Recognition of prior learning: a participant asks to waive a module with a certificate as
 * evidence; an administrator approves or refuses with a reason. An approved waiver counts the
 * module as done and credits its planned hours as recognised prior learning.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class WaiverService {

  @jakarta.inject.Inject RecognisedHours recognised;

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject Event<ProgressChanged> progressChanged;
  @Inject Clock clock;
  @Inject CourseAccess access;
  @Inject FileStore files;

  @RolesAllowed(Role.PARTICIPANT_NAME)
  public Waiver request(
      long enrolmentId, long moduleId, String filename, byte[] content, String note) {
    Enrolment enrolment = access.ownEnrolment(enrolmentId);
    if (!enrolment.isActive()) {
      throw new BusinessException("waiver.notActive");
    }
    CourseModule module =
        Optional.ofNullable(em.find(CourseModule.class, moduleId))
            .filter(
                m -> m.getProgramme().getId().equals(enrolment.getEdition().getProgramme().getId()))
            .orElseThrow(() -> BusinessException.onField("module", "waiver.module.unknown"));
    boolean pending =
        !em.createQuery(
                "select w.id from Waiver w where w.enrolment = :e and w.module = :m and w.status in :s",
                Long.class)
            .setParameter("e", enrolment)
            .setParameter("m", module)
            .setParameter("s", List.of(WaiverStatus.REQUESTED, WaiverStatus.APPROVED))
            .getResultList()
            .isEmpty();
    if (pending) {
      throw BusinessException.onField("module", "waiver.alreadyRequested");
    }
    if (note != null && note.length() > Waiver.TEXT_MAX) {
      throw BusinessException.onField("note", "validation.tooLongPlain", Waiver.TEXT_MAX);
    }
    StoredFile evidence = files.store("evidence", filename, content, callers.username());
    Waiver waiver =
        new Waiver(
            enrolment,
            module,
            evidence,
            note == null || note.isBlank() ? null : note.strip(),
            clock.instant());
    em.persist(waiver);
    return waiver;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public Waiver decide(long waiverId, boolean approve, String reason) {
    Waiver waiver = waiver(waiverId);
    if (waiver.getStatus() != WaiverStatus.REQUESTED) {
      throw new BusinessException("waiver.alreadyDecided");
    }
    if (!approve && (reason == null || reason.isBlank())) {
      throw BusinessException.onField("reason", "waiver.reason.required");
    }
    if (reason != null && reason.length() > Waiver.TEXT_MAX) {
      throw BusinessException.onField("reason", "validation.tooLongPlain", Waiver.TEXT_MAX);
    }
    String cleaned = reason == null || reason.isBlank() ? null : reason.strip();
    if (approve) {
      waiver.approve(callers.username(), clock.instant(), cleaned);
      progressChanged.fire(new ProgressChanged(waiver.getEnrolment().getId()));
    } else {
      waiver.refuse(callers.username(), clock.instant(), cleaned);
    }
    return waiver;
  }

  @RolesAllowed(Role.PARTICIPANT_NAME)
  public void withdraw(long waiverId) {
    Waiver waiver = waiver(waiverId);
    access.ownEnrolment(waiver.getEnrolment().getId());
    if (waiver.getStatus() != WaiverStatus.REQUESTED) {
      throw new BusinessException("waiver.alreadyDecided");
    }
    waiver.withdraw(clock.instant());
  }

  /** An edition's waivers, those waiting for a decision first. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<Waiver> forEdition(long editionId) {
    return em.createQuery(
            "select w from Waiver w join fetch w.enrolment e join fetch e.person join fetch w.module"
                + " join fetch w.evidence where e.edition.id = :id"
                + " order by case when w.status = :requested then 0 else 1 end, w.requestedAt",
            Waiver.class)
        .setParameter("id", editionId)
        .setParameter("requested", WaiverStatus.REQUESTED)
        .getResultList();
  }

  /** A participant's waivers, for them and for those who may see them. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<Waiver> ofEnrolment(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return em.createQuery(
            "select w from Waiver w join fetch w.module join fetch w.evidence where w.enrolment = :e"
                + " order by w.requestedAt desc",
            Waiver.class)
        .setParameter("e", enrolment)
        .getResultList();
  }

  /** Minutes credited as recognised prior learning to an enrolment. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public long recognisedMinutes(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return recognised.total(enrolment.getId());
  }

  /** The evidence file and its bytes, for whoever may see the participant. */
  public record Evidence(StoredFile file, byte[] content) {}

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Evidence evidence(long waiverId) {
    Waiver waiver = waiver(waiverId);
    access.visibleEnrolment(waiver.getEnrolment().getId());
    return new Evidence(waiver.getEvidence(), files.content(waiver.getEvidence()));
  }

  private Waiver waiver(long waiverId) {
    return Optional.ofNullable(em.find(Waiver.class, waiverId)).orElseThrow(NotFoundException::new);
  }
}
