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
import org.mentora.platform.files.StoredFile;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * Recognition of prior learning: a participant shows a certificate covering a module's hours and
 * asks to skip it. Once approved the module counts as done and its planned hours are credited as
 * recognised prior learning, shown apart from hours learnt in the course.
 */
@Entity
@Table(name = "waiver")
public class Waiver extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final int TEXT_MAX = 1000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id", nullable = false)
  private Enrolment enrolment;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id", nullable = false)
  private CourseModule module;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "evidence_file_id", nullable = false)
  private StoredFile evidence;

  @Column(name = "participant_note", length = TEXT_MAX)
  @PlainText(multiline = true)
  private String participantNote;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private WaiverStatus status = WaiverStatus.REQUESTED;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decision_reason", length = TEXT_MAX)
  @PlainText(multiline = true)
  private String decisionReason;

  @Column(name = "recognised_minutes", nullable = false)
  private int recognisedMinutes;

  protected Waiver() {}

  public Waiver(
      Enrolment enrolment, CourseModule module, StoredFile evidence, String note, Instant at) {
    this.enrolment = enrolment;
    this.module = module;
    this.evidence = evidence;
    this.participantNote = note;
    this.requestedAt = at;
  }

  public void approve(String by, Instant at, String reason) {
    this.status = WaiverStatus.APPROVED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
    this.recognisedMinutes = module.getPlannedMinutes();
  }

  public void refuse(String by, Instant at, String reason) {
    this.status = WaiverStatus.REFUSED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
    this.recognisedMinutes = 0;
  }

  public void withdraw(Instant at) {
    this.status = WaiverStatus.WITHDRAWN;
    this.decidedAt = at;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public CourseModule getModule() {
    return module;
  }

  public StoredFile getEvidence() {
    return evidence;
  }

  public String getParticipantNote() {
    return participantNote;
  }

  public WaiverStatus getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public int getRecognisedMinutes() {
    return recognisedMinutes;
  }
}
