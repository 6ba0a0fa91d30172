package org.mentora.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.platform.security.Role;

/** A participant's own view of their course: editions, modules and which are waived. */
@Stateless
public class ParticipationService {

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject CourseAccess access;

  /** The caller's enrolments, newest edition first. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<Enrolment> myEnrolments() {
    Optional<Person> me = callers.findPerson();
    if (me.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from Enrolment e join fetch e.edition ed join fetch ed.programme"
                + " left join fetch e.hostOrganisation left join fetch e.tutorGroup"
                + " where e.person = :p order by ed.startDate desc",
            Enrolment.class)
        .setParameter("p", me.get())
        .getResultList();
  }

  /** One module of the participant's programme and where it stands for them. */
  public record ModuleStatus(CourseModule module, WaiverStatus waiver) implements Serializable {
    public CourseModule getModule() {
      return module;
    }

    public WaiverStatus getWaiver() {
      return waiver;
    }

    public boolean isWaived() {
      return waiver == WaiverStatus.APPROVED;
    }

    public Long getId() {
      return module.getId();
    }
  }

  /**
   * The modules of the enrolment's programme with their waiver status, for those who may see it.
   */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<ModuleStatus> modules(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    List<CourseModule> modules =
        em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
            .setParameter("programme", enrolment.getEdition().getProgramme())
            .getResultList();
    Map<Long, WaiverStatus> waivers =
        em
            .createQuery(
                "select w from Waiver w where w.enrolment = :e and w.status <> :withdrawn"
                    + " order by w.requestedAt",
                Waiver.class)
            .setParameter("e", enrolment)
            .setParameter("withdrawn", WaiverStatus.WITHDRAWN)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(w -> w.getModule().getId(), Waiver::getStatus, (a, b) -> b));
    return modules.stream().map(m -> new ModuleStatus(m, waivers.get(m.getId()))).toList();
  }
}
