package org.mentora.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentora.directory.Organisation;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;

/**
 * A participant's place in an edition, with the host library where they do work-based learning and
 * the tutor group they belong to. Logbook entries, projects, assessments and certificates hang from
 * it.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false)
  private Edition edition;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "host_organisation_id")
  private Organisation hostOrganisation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "tutor_group_id")
  private TutorGroup tutorGroup;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EnrolmentStatus status = EnrolmentStatus.ACTIVE;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected Enrolment() {}

  public Enrolment(
      Edition edition, Person person, Organisation hostOrganisation, Instant enrolledAt) {
    this.edition = edition;
    this.person = person;
    this.hostOrganisation = hostOrganisation;
    this.enrolledAt = enrolledAt;
  }

  public void withdraw(Instant when) {
    this.status = EnrolmentStatus.WITHDRAWN;
    this.withdrawnAt = when;
  }

  public void reactivate() {
    this.status = EnrolmentStatus.ACTIVE;
    this.withdrawnAt = null;
  }

  public Edition getEdition() {
    return edition;
  }

  public Person getPerson() {
    return person;
  }

  public Organisation getHostOrganisation() {
    return hostOrganisation;
  }

  public void setHostOrganisation(Organisation hostOrganisation) {
    this.hostOrganisation = hostOrganisation;
  }

  public TutorGroup getTutorGroup() {
    return tutorGroup;
  }

  public void setTutorGroup(TutorGroup tutorGroup) {
    this.tutorGroup = tutorGroup;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public boolean isActive() {
    return status == EnrolmentStatus.ACTIVE;
  }
}
