package org.mentora.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;

/**
 * Who looks after whom, and since when: a trainer teaching a module of an edition, a tutor
 * following a group, a mentor supporting one participant. Nothing is overwritten: a change ends the
 * current assignment and starts a new one, so the history stays.
 */
@Entity
@Table(name = "staff_assignment")
@NamedQuery(
    name = StaffAssignment.CURRENT_MENTOR,
    query =
        "select s.staff from StaffAssignment s where s.endedAt is null"
            + " and s.role = org.mentora.course.StaffRole.MENTOR and s.enrolment = :enrolment"
            + " order by s.startedAt, s.id")
@NamedQuery(
    name = StaffAssignment.CURRENT_TUTOR,
    query =
        "select s.staff from StaffAssignment s where s.endedAt is null"
            + " and s.role = org.mentora.course.StaffRole.TUTOR and s.tutorGroup = :group"
            + " order by s.startedAt, s.id")
@NamedQuery(
    name = StaffAssignment.CURRENT_TRAINER,
    query =
        "select s.staff from StaffAssignment s where s.endedAt is null"
            + " and s.role = org.mentora.course.StaffRole.TRAINER and s.edition = :edition"
            + " and s.module = :module order by s.startedAt, s.id")
@NamedQuery(
    name = StaffAssignment.PARTS_TOWARD,
    query =
        "select s.role from StaffAssignment s where s.endedAt is null and s.staff = :staff"
            + " and ((s.role = org.mentora.course.StaffRole.MENTOR and s.enrolment = :enrolment)"
            + " or (s.role = org.mentora.course.StaffRole.TRAINER and s.edition = :edition))")
@NamedQuery(
    name = StaffAssignment.EDITIONS_TAUGHT,
    query =
        "select distinct s.edition from StaffAssignment s where s.endedAt is null"
            + " and s.role = org.mentora.course.StaffRole.TRAINER and s.staff = :staff")
@NamedQuery(
    name = StaffAssignment.MODULES_TAUGHT,
    query =
        "select distinct s.module from StaffAssignment s where s.endedAt is null"
            + " and s.role = org.mentora.course.StaffRole.TRAINER and s.staff = :staff"
            + " and s.edition = :edition")
@NamedQuery(
    name = StaffAssignment.TEACHES_IN,
    query =
        "select s.id from StaffAssignment s where s.endedAt is null"
            + " and s.role = org.mentora.course.StaffRole.TRAINER and s.staff = :staff"
            + " and s.edition = :edition")
@NamedQuery(
    name = StaffAssignment.TEACHES_MODULE,
    query =
        "select s.id from StaffAssignment s where s.endedAt is null"
            + " and s.role = org.mentora.course.StaffRole.TRAINER and s.staff = :staff"
            + " and s.edition = :edition and s.module = :module")
public class StaffAssignment extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String CURRENT_MENTOR = "StaffAssignment.currentMentor";
  public static final String CURRENT_TUTOR = "StaffAssignment.currentTutor";
  public static final String CURRENT_TRAINER = "StaffAssignment.currentTrainer";
  public static final String PARTS_TOWARD = "StaffAssignment.partsToward";
  public static final String EDITIONS_TAUGHT = "StaffAssignment.editionsTaught";
  public static final String MODULES_TAUGHT = "StaffAssignment.modulesTaught";
  public static final String TEACHES_IN = "StaffAssignment.teachesIn";
  public static final String TEACHES_MODULE = "StaffAssignment.teachesModule";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false)
  private Edition edition;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_person_id", nullable = false)
  private Person staff;

  @Enumerated(EnumType.STRING)
  @Column(name = "staff_role", nullable = false, length = 20)
  private StaffRole role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id")
  private CourseModule module;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "tutor_group_id")
  private TutorGroup tutorGroup;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id")
  private Enrolment enrolment;

  @Enumerated(EnumType.STRING)
  @Column(name = "mentor_relation", length = 30)
  private MentorRelation mentorRelation;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "assigned_by", nullable = false, length = 64)
  private String assignedBy;

  protected StaffAssignment() {}

  private StaffAssignment(Edition edition, Person staff, StaffRole role, Instant at, String by) {
    this.edition = edition;
    this.staff = staff;
    this.role = role;
    this.startedAt = at;
    this.assignedBy = by;
  }

  public static StaffAssignment trainer(
      CourseModule module, Edition edition, Person trainer, Instant at, String by) {
    StaffAssignment assignment = new StaffAssignment(edition, trainer, StaffRole.TRAINER, at, by);
    assignment.module = module;
    return assignment;
  }

  public static StaffAssignment tutor(TutorGroup group, Person tutor, Instant at, String by) {
    StaffAssignment assignment =
        new StaffAssignment(group.getEdition(), tutor, StaffRole.TUTOR, at, by);
    assignment.tutorGroup = group;
    return assignment;
  }

  public static StaffAssignment mentor(
      Enrolment enrolment, Person mentor, MentorRelation relation, Instant at, String by) {
    StaffAssignment assignment =
        new StaffAssignment(enrolment.getEdition(), mentor, StaffRole.MENTOR, at, by);
    assignment.enrolment = enrolment;
    assignment.mentorRelation = relation;
    return assignment;
  }

  public void end(Instant when) {
    this.endedAt = when;
  }

  public boolean isCurrent() {
    return endedAt == null;
  }

  public Edition getEdition() {
    return edition;
  }

  public Person getStaff() {
    return staff;
  }

  public StaffRole getRole() {
    return role;
  }

  public CourseModule getModule() {
    return module;
  }

  public TutorGroup getTutorGroup() {
    return tutorGroup;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public MentorRelation getMentorRelation() {
    return mentorRelation;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getAssignedBy() {
    return assignedBy;
  }
}
