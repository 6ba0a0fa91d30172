package org.mentora.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentora.directory.Callers;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;

/**
 * Staff assignment: trainers to modules, tutors to groups, one mentor per participant. A change
 * ends the current assignment and starts a new one, so the history stays. Staff see only the
 * participants assigned to them.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class StaffService {

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject EditionService editions;
  @Inject ProgrammeService programmes;
  @Inject DirectoryService directory;
  @Inject CourseAccess access;

  @RolesAllowed(Role.ADMIN_NAME)
  public StaffAssignment assignTrainer(long editionId, long moduleId, long personId) {
    Edition edition = editions.edition(editionId);
    CourseModule module = programmes.module(moduleId);
    if (!module.getProgramme().getId().equals(edition.getProgramme().getId())) {
      throw BusinessException.onField("module", "staff.module.otherProgramme");
    }
    Person trainer = directory.person(personId);
    boolean already =
        current(StaffRole.TRAINER, "s.module = :target and s.edition = :edition", module, edition)
            .stream()
            .anyMatch(s -> s.getStaff().getId().equals(personId));
    if (already) {
      throw new BusinessException("staff.alreadyAssigned");
    }
    directory.grantRole(trainer, Role.TRAINER);
    StaffAssignment assignment =
        StaffAssignment.trainer(module, edition, trainer, clock.instant(), callers.username());
    em.persist(assignment);
    return assignment;
  }

  /** Makes the person the group's tutor, ending the previous tutor's assignment. */
  @RolesAllowed(Role.ADMIN_NAME)
  public StaffAssignment assignTutor(long groupId, long personId) {
    TutorGroup group =
        Optional.ofNullable(em.find(TutorGroup.class, groupId)).orElseThrow(NotFoundException::new);
    Person tutor = directory.person(personId);
    Instant now = clock.instant();
    for (StaffAssignment previous :
        current(StaffRole.TUTOR, "s.tutorGroup = :target", group, null)) {
      if (previous.getStaff().getId().equals(personId)) {
        throw new BusinessException("staff.alreadyAssigned");
      }
      previous.end(now);
    }
    directory.grantRole(tutor, Role.TUTOR);
    StaffAssignment assignment = StaffAssignment.tutor(group, tutor, now, callers.username());
    em.persist(assignment);
    return assignment;
  }

  /**
   * Puts a participant in a tutor group of their edition, or in none, unless their enrolment
   * changed since the caller saw it at {@code versionSeen}.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public void moveToGroup(long enrolmentId, long versionSeen, Long groupId) {
    Enrolment enrolment = enrolment(enrolmentId);
    OptimisticLocks.check(enrolment, versionSeen);
    TutorGroup group = null;
    if (groupId != null) {
      group =
          Optional.ofNullable(em.find(TutorGroup.class, groupId))
              .filter(g -> g.getEdition().getId().equals(enrolment.getEdition().getId()))
              .orElseThrow(() -> BusinessException.onField("group", "staff.group.otherEdition"));
    }
    enrolment.setTutorGroup(group);
  }

  /**
   * Gives a participant their mentor, ending the previous mentor's assignment: one mentor per
   * participant at a time. The enrolment row is locked so two administrators cannot both add one.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public StaffAssignment assignMentor(long enrolmentId, long personId, MentorRelation relation) {
    Enrolment enrolment = enrolment(enrolmentId);
    em.lock(enrolment, LockModeType.PESSIMISTIC_WRITE);
    if (relation == null) {
      throw BusinessException.onField("relation", "staff.relation.required");
    }
    Person mentor = directory.person(personId);
    if (mentor.getId().equals(enrolment.getPerson().getId())) {
      throw BusinessException.onField("mentor", "staff.mentor.self");
    }
    Instant now = clock.instant();
    for (StaffAssignment previous :
        current(StaffRole.MENTOR, "s.enrolment = :target", enrolment, null)) {
      previous.end(now);
    }
    directory.grantRole(mentor, Role.MENTOR);
    StaffAssignment assignment =
        StaffAssignment.mentor(enrolment, mentor, relation, now, callers.username());
    em.persist(assignment);
    return assignment;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public void endAssignment(long assignmentId) {
    StaffAssignment assignment =
        Optional.ofNullable(em.find(StaffAssignment.class, assignmentId))
            .orElseThrow(NotFoundException::new);
    if (assignment.isCurrent()) {
      assignment.end(clock.instant());
    }
  }

  /** Every assignment of an edition, current and ended, newest first. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<StaffAssignment> history(long editionId) {
    return em.createQuery(
            "select s from StaffAssignment s join fetch s.staff left join fetch s.module"
                + " left join fetch s.tutorGroup left join fetch s.enrolment en left join fetch en.person"
                + " where s.edition.id = :id order by s.startedAt desc, s.id desc",
            StaffAssignment.class)
        .setParameter("id", editionId)
        .getResultList();
  }

  /** Current trainer assignments of an edition, by module. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<StaffAssignment> trainers(long editionId) {
    return em.createQuery(
            "select s from StaffAssignment s join fetch s.staff join fetch s.module"
                + " where s.edition.id = :id and s.role = :role and s.endedAt is null"
                + " order by s.module.code",
            StaffAssignment.class)
        .setParameter("id", editionId)
        .setParameter("role", StaffRole.TRAINER)
        .getResultList();
  }

  /** Current tutor assignments of an edition's groups. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<StaffAssignment> tutors(long editionId) {
    return em.createQuery(
            "select s from StaffAssignment s join fetch s.staff join fetch s.tutorGroup"
                + " where s.edition.id = :id and s.role = :role and s.endedAt is null",
            StaffAssignment.class)
        .setParameter("id", editionId)
        .setParameter("role", StaffRole.TUTOR)
        .getResultList();
  }

  /** The participant's current mentor assignment, for those who may see the participant. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Optional<StaffAssignment> currentMentor(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return current(StaffRole.MENTOR, "s.enrolment = :target", enrolment, null).stream().findFirst();
  }

  /** The tutor of the participant's group, for those who may see the participant. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Optional<StaffAssignment> currentTutor(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    if (enrolment.getTutorGroup() == null) {
      return Optional.empty();
    }
    return current(StaffRole.TUTOR, "s.tutorGroup = :target", enrolment.getTutorGroup(), null)
        .stream()
        .findFirst();
  }

  /** A participant as their staff see them, with the parts the caller plays for them. */
  public record MyParticipant(Enrolment enrolment, List<StaffRole> parts, MentorRelation relation) {
    public Enrolment getEnrolment() {
      return enrolment;
    }

    public List<StaffRole> getParts() {
      return parts;
    }

    public MentorRelation getRelation() {
      return relation;
    }

    public Long getId() {
      return enrolment.getId();
    }
  }

  /** The participants currently assigned to the calling mentor, tutor or trainer. */
  @RolesAllowed({Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public List<MyParticipant> myParticipants() {
    Person me = callers.person();
    List<Enrolment> enrolments = access.assignedEnrolments();
    if (enrolments.isEmpty()) {
      return List.of();
    }
    List<StaffAssignment> mine =
        em.createQuery(
                "select s from StaffAssignment s where s.staff = :me and s.endedAt is null",
                StaffAssignment.class)
            .setParameter("me", me)
            .getResultList();
    return enrolments.stream()
        .map(
            enrolment -> {
              List<StaffRole> parts =
                  mine.stream()
                      .filter(s -> appliesTo(s, enrolment))
                      .map(StaffAssignment::getRole)
                      .distinct()
                      .sorted()
                      .toList();
              MentorRelation relation =
                  mine.stream()
                      .filter(s -> s.getRole() == StaffRole.MENTOR && appliesTo(s, enrolment))
                      .map(StaffAssignment::getMentorRelation)
                      .findFirst()
                      .orElse(null);
              return new MyParticipant(enrolment, parts, relation);
            })
        .toList();
  }

  private static boolean appliesTo(StaffAssignment s, Enrolment enrolment) {
    return switch (s.getRole()) {
      case MENTOR -> s.getEnrolment() != null && s.getEnrolment().getId().equals(enrolment.getId());
      case TUTOR ->
          enrolment.getTutorGroup() != null
              && s.getTutorGroup() != null
              && s.getTutorGroup().getId().equals(enrolment.getTutorGroup().getId());
      case TRAINER -> s.getEdition().getId().equals(enrolment.getEdition().getId());
    };
  }

  /** One participant, if the caller may see them. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Enrolment participant(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    enrolment.getPerson().getFullName();
    enrolment.getEdition().getTitle();
    return enrolment;
  }

  private Enrolment enrolment(long enrolmentId) {
    return Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
        .orElseThrow(NotFoundException::new);
  }

  private List<StaffAssignment> current(
      StaffRole role, String condition, Object target, Edition edition) {
    var query =
        em.createQuery(
                "select s from StaffAssignment s join fetch s.staff where s.role = :role"
                    + " and s.endedAt is null and "
                    + condition,
                StaffAssignment.class)
            .setParameter("role", role)
            .setParameter("target", target);
    if (edition != null) {
      query.setParameter("edition", edition);
    }
    return query.getResultList();
  }
}
