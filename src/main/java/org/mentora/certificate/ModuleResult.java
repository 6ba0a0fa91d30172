package org.mentora.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentora.course.CourseModule;
import org.mentora.course.Enrolment;
import org.mentora.platform.persistence.BaseEntity;

/**
 * Whether a participant passed a module of the edition, as a trainer of the edition or an
 * administrator recorded it, with who and when. One row per participant and module; recording again
 * changes it.
 */
@Entity
@Table(name = "module_result")
public class ModuleResult extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id", nullable = false)
  private Enrolment enrolment;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id", nullable = false)
  private CourseModule module;

  @Column(nullable = false)
  private boolean passed;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ModuleResult() {}

  public ModuleResult(Enrolment enrolment, CourseModule module) {
    this.enrolment = enrolment;
    this.module = module;
  }

  public void record(boolean passed, String by, Instant at) {
    this.passed = passed;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public CourseModule getModule() {
    return module;
  }

  public boolean isPassed() {
    return passed;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
