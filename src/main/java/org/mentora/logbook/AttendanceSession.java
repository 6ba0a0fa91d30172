package org.mentora.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;

/**
 * A face-to-face session a trainer held for a module of an edition on one day; those present get
 * approved log entries pointing at it. One per module, edition and day.
 */
@Entity
@Table(name = "attendance_session")
public class AttendanceSession extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false)
  private Edition edition;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id", nullable = false)
  private CourseModule module;

  @Column(name = "session_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false)
  private int minutes;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "trainer_person_id")
  private Person trainer;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected AttendanceSession() {}

  /**
   * A session as held; the attendance service records them, demo data and imports write them too.
   */
  public AttendanceSession(
      Edition edition,
      CourseModule module,
      LocalDate date,
      int minutes,
      Person trainer,
      String recordedBy,
      Instant at) {
    this.edition = edition;
    this.module = module;
    this.date = date;
    this.minutes = minutes;
    this.trainer = trainer;
    this.recordedBy = recordedBy;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Another save of the session: its length, who saved it and when (which moves its version). */
  void record(int minutes, String by, Instant at) {
    this.minutes = minutes;
    this.recordedBy = by;
    this.updatedAt = at;
  }

  public Edition getEdition() {
    return edition;
  }

  public CourseModule getModule() {
    return module;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getMinutes() {
    return minutes;
  }

  public Person getTrainer() {
    return trainer;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
