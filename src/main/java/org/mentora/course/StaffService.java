package org.mentora.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** The refusal {@link #assignMentor} gives for an unconfirmed fellow trainee. */
  public static final String FELLOW_TRAINEE_NEEDS_CONFIRMATION = "staff.mentor.fellowTrainee";

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject EditionService editions;
  @Inject ProgrammeService programmes;
  @Inject DirectoryService directory;
  @Inject CourseAccess access;
  @Inject Event<TrainerAssigned> trainerAssigned;

  /**
   * Makes the person a trainer of the module in the edition (beside any already teaching it). Those
   * who route work to trainers hear of it in this transaction, so what waited for a trainer moves
   * to them together with the assignment, or neither happens.
   */
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
    trainerAssigned.fire(new TrainerAssigned(edition.getId(), module.getId(), personId));
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
   * participant at a time. The enrolment row is locked so two administrators cannot both add one. A
   * participant of the same edition (a fellow trainee) is made a mentor only when the caller
   * confirms it, since that is usually a mistaken pick from a list of similar names.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public StaffAssignment assignMentor(
      long enrolmentId, long personId, MentorRelation relation, boolean confirmedFellowTrainee) {
    Enrolment enrolment = enrolment(enrolmentId);
    em.lock(enrolment, LockModeType.PESSIMISTIC_WRITE);
    if (relation == null) {
      throw BusinessException.onField("relation", "staff.relation.required");
    }
    Person mentor = directory.person(personId);
    if (mentor.getId().equals(enrolment.getPerson().getId())) {
      throw BusinessException.onField("mentor", "staff.mentor.self");
    }
    if (!confirmedFellowTrainee
        && !participantsOf(enrolment.getEdition(), List.of(personId)).isEmpty()) {
      throw BusinessException.onField(
          "mentor", FELLOW_TRAINEE_NEEDS_CONFIRMATION, mentor.getFullName());
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

  /**
   * A person offered when choosing staff, with what tells namesakes apart: their organisation,
   * their roles, and whether they are a participant of this very edition.
   */
  public record StaffCandidate(
      Person person, String organisationName, List<Role> roles, boolean staff, boolean participant)
      implements Serializable {
    public Person getPerson() {
      return person;
    }

    public String getOrganisationName() {
      return organisationName;
    }

    public List<Role> getRoles() {
      return roles;
    }

    public boolean isStaff() {
      return staff;
    }

    public boolean isParticipant() {
      return participant;
    }
  }

  /**
   * People matching the text for a staff picker of the edition: staff first (a trainer, tutor or
   * mentor role, or a current assignment anywhere), participants of this edition last, by name
   * within each.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<StaffCandidate> candidates(long editionId, String text, int max) {
    Edition edition = editions.edition(editionId);
    List<Person> found = directory.findPeople(text, 100);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Long> ids = found.stream().map(Person::getId).toList();
    Map<Long, Set<Role>> roles = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.person.id, r from Account a join a.roles r where a.person.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      roles.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(Role.class)).add((Role) row[1]);
    }
    Set<Long> assigned =
        new HashSet<>(
            em.createQuery(
                    "select distinct s.staff.id from StaffAssignment s where s.endedAt is null"
                        + " and s.staff.id in :ids",
                    Long.class)
                .setParameter("ids", ids)
                .getResultList());
    Set<Long> participants = participantsOf(edition, ids);
    Comparator<StaffCandidate> order =
        Comparator.comparing((StaffCandidate c) -> !c.staff())
            .thenComparing(StaffCandidate::participant);
    return found.stream()
        .map(
            p -> {
              Set<Role> held = roles.getOrDefault(p.getId(), Set.of());
              boolean isStaff =
                  assigned.contains(p.getId()) || held.stream().anyMatch(Role.REVIEWERS::contains);
              return new StaffCandidate(
                  p,
                  p.getOrganisation() == null ? null : p.getOrganisation().getName(),
                  Role.ordered(held),
                  isStaff,
                  participants.contains(p.getId()));
            })
        .sorted(order)
        .limit(Math.max(1, max))
        .toList();
  }

  private Set<Long> participantsOf(Edition edition, List<Long> personIds) {
    return new HashSet<>(
        em.createQuery(
                "select e.person.id from Enrolment e where e.edition = :e and e.status = :active"
                    + " and e.person.id in :ids",
                Long.class)
            .setParameter("e", edition)
            .setParameter("active", EnrolmentStatus.ACTIVE)
            .setParameter("ids", personIds)
            .getResultList());
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
