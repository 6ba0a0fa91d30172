package org.mentora.course;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;

/**
 * Who may see which participant: administrators everyone, a participant themselves, and staff only
 * the participants currently assigned to them (a mentor their mentees, a tutor their group, a
 * trainer the editions where they teach a module). Every service that shows or changes something of
 * a participant asks here, so pages and REST calls are equally safe; a participant one may not see
 * is reported as not found. It also answers who looks after a participant (their mentor, their
 * group's tutor, a module's trainer) and what the caller teaches, for every package alike.
 */
@Stateless
public class CourseAccess {

  /**
   * Current assignments of a staff person in the parts they may act in. Queries using it declare
   * {@code left join e.tutorGroup g}: a path such as {@code e.tutorGroup} would be an inner join
   * and silently drop participants who are in no group.
   */
  static final String VISIBLE_TO_STAFF =
      "(exists (select m from StaffAssignment m where m.endedAt is null and m.staff = :staff"
          + " and m.role = org.mentora.course.StaffRole.MENTOR and m.role in :parts and m.enrolment = e)"
          + " or exists (select t from StaffAssignment t where t.endedAt is null and t.staff = :staff"
          + " and t.role = org.mentora.course.StaffRole.TUTOR and t.role in :parts"
          + " and t.tutorGroup = g)"
          + " or exists (select r from StaffAssignment r where r.endedAt is null and r.staff = :staff"
          + " and r.role = org.mentora.course.StaffRole.TRAINER and r.role in :parts"
          + " and r.edition = e.edition))";

  @PersistenceContext EntityManager em;
  @Inject Callers callers;

  public boolean isAdmin() {
    return callers.has(Role.ADMIN);
  }

  /** The staff parts the caller's account currently allows. */
  public Set<StaffRole> staffParts() {
    Set<StaffRole> parts = EnumSet.noneOf(StaffRole.class);
    for (StaffRole part : StaffRole.values()) {
      if (callers.has(part.role())) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** The enrolment, if the caller may see that participant; otherwise not found. */
  public Enrolment visibleEnrolment(long enrolmentId) {
    Enrolment enrolment =
        Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
            .orElseThrow(NotFoundException::new);
    if (!canSee(enrolment)) {
      throw new NotFoundException();
    }
    return enrolment;
  }

  public boolean canSee(Enrolment enrolment) {
    if (isAdmin()) {
      return true;
    }
    Optional<Person> caller = callers.findPerson();
    if (caller.isEmpty()) {
      return false;
    }
    if (callers.has(Role.PARTICIPANT)
        && enrolment.getPerson().getId().equals(caller.get().getId())) {
      return true;
    }
    Set<StaffRole> parts = staffParts();
    if (parts.isEmpty()) {
      return false;
    }
    return !em.createQuery(
            "select e.id from Enrolment e left join e.tutorGroup g where e.id = :id and "
                + VISIBLE_TO_STAFF,
            Long.class)
        .setParameter("id", enrolment.getId())
        .setParameter("staff", caller.get())
        .setParameter("parts", parts)
        .getResultList()
        .isEmpty();
  }

  /** The enrolment, if it is the caller's own; otherwise not found. */
  public Enrolment ownEnrolment(long enrolmentId) {
    Enrolment enrolment =
        Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
            .orElseThrow(NotFoundException::new);
    Person caller = callers.person();
    if (!enrolment.getPerson().getId().equals(caller.getId())) {
      throw new NotFoundException();
    }
    return enrolment;
  }

  /** Enrolments of the participants assigned to the calling staff member. */
  public List<Enrolment> assignedEnrolments() {
    Set<StaffRole> parts = staffParts();
    Optional<Person> caller = callers.findPerson();
    if (parts.isEmpty() || caller.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from Enrolment e left join e.tutorGroup g join fetch e.person p"
                + " join fetch e.edition left join fetch e.hostOrganisation"
                + " left join fetch e.tutorGroup where "
                + VISIBLE_TO_STAFF
                + " order by p.familyName, p.givenName",
            Enrolment.class)
        .setParameter("staff", caller.get())
        .setParameter("parts", parts)
        .getResultList();
  }

  /**
   * The ids of the calling staff member's current participants (withdrawn ones left out), for
   * figures that need no entity: the same rule as {@link #assignedEnrolments()} without loading the
   * participants, their editions and host libraries.
   */
  public List<Long> assignedEnrolmentIds() {
    Set<StaffRole> parts = staffParts();
    Optional<Person> caller = callers.findPerson();
    if (parts.isEmpty() || caller.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e.id from Enrolment e left join e.tutorGroup g where e.status <> :withdrawn"
                + " and "
                + VISIBLE_TO_STAFF,
            Long.class)
        .setParameter("staff", caller.get())
        .setParameter("parts", parts)
        .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN)
        .getResultList();
  }

  // ---- who looks after a participant

  /** The participant's current mentor; the longest-serving one when there are several. */
  public Optional<Person> mentorOf(Enrolment enrolment) {
    return first(
        em.createNamedQuery(StaffAssignment.CURRENT_MENTOR, Person.class)
            .setParameter("enrolment", enrolment));
  }

  /** The current tutor of the participant's group (none outside a group); the longest-serving. */
  public Optional<Person> tutorOf(Enrolment enrolment) {
    if (enrolment.getTutorGroup() == null) {
      return Optional.empty();
    }
    return first(
        em.createNamedQuery(StaffAssignment.CURRENT_TUTOR, Person.class)
            .setParameter("group", enrolment.getTutorGroup()));
  }

  /** Who currently teaches the module in the edition; the longest-serving one when several do. */
  public Optional<Person> trainerOf(Edition edition, CourseModule module) {
    return first(
        em.createNamedQuery(StaffAssignment.CURRENT_TRAINER, Person.class)
            .setParameter("edition", edition)
            .setParameter("module", module));
  }

  private static Optional<Person> first(TypedQuery<Person> query) {
    return query.setMaxResults(1).getResultStream().findFirst();
  }

  /**
   * The parts the caller currently holds toward the participant as their mentor or as a trainer in
   * their edition, whether or not the caller's account still allows them; none without a person.
   */
  public Set<StaffRole> assignedParts(Enrolment enrolment) {
    Optional<Person> caller = callers.findPerson();
    if (caller.isEmpty()) {
      return Set.of();
    }
    Set<StaffRole> parts = EnumSet.noneOf(StaffRole.class);
    parts.addAll(
        em.createNamedQuery(StaffAssignment.PARTS_TOWARD, StaffRole.class)
            .setParameter("staff", caller.get())
            .setParameter("enrolment", enrolment)
            .setParameter("edition", enrolment.getEdition())
            .getResultList());
    return parts;
  }

  /** The editions in which the caller currently teaches a module. */
  public List<Edition> editionsTaught() {
    return em.createNamedQuery(StaffAssignment.EDITIONS_TAUGHT, Edition.class)
        .setParameter("staff", callers.person())
        .getResultList();
  }

  /** The modules the caller currently teaches in the edition. */
  public List<CourseModule> modulesTaught(Edition edition) {
    return em.createNamedQuery(StaffAssignment.MODULES_TAUGHT, CourseModule.class)
        .setParameter("staff", callers.person())
        .setParameter("edition", edition)
        .getResultList();
  }

  /** Whether the caller currently teaches a module in the edition; never without a person. */
  public boolean teachesIn(Edition edition) {
    Optional<Person> caller = callers.findPerson();
    return caller.isPresent()
        && !em.createNamedQuery(StaffAssignment.TEACHES_IN, Long.class)
            .setParameter("staff", caller.get())
            .setParameter("edition", edition)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  /** Whether the caller currently teaches the module in the edition. */
  public boolean teaches(Edition edition, CourseModule module) {
    return !em.createNamedQuery(StaffAssignment.TEACHES_MODULE, Long.class)
        .setParameter("staff", callers.person())
        .setParameter("edition", edition)
        .setParameter("module", module)
        .getResultList()
        .isEmpty();
  }
}
