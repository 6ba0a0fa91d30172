package org.mentora.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.mentora.course.CourseModule;
import org.mentora.course.Enrolment;
import org.mentora.course.LearningMode;
import org.mentora.course.StaffRole;
import org.mentora.directory.Person;
import org.mentora.platform.files.StoredFile;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;
import org.mentora.project.ProjectIdea;

/**
 * Hours a participant learnt on one day in one learning mode, with what they did and the reviewer
 * it was routed to. Only approved entries count toward the edition's targets.
 */
@Entity
@Table(name = "log_entry")
public class LogEntry extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final int COMMENT_MAX = 1000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id", nullable = false)
  private Enrolment enrolment;

  /** The enrolment's edition, copied once: dashboards read an edition's entries by it. */
  @Column(name = "edition_id", nullable = false, updatable = false)
  private long editionId;

  @NotNull(message = "{logbook.date.required}")
  @Column(name = "entry_date", nullable = false)
  private LocalDate date;

  @NotNull(message = "{logbook.mode.required}")
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "mode_id", nullable = false)
  private LearningMode mode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id")
  private CourseModule module;

  @Column(nullable = false)
  private int minutes;

  @NotBlank(message = "{logbook.description.required}")
  @Size(max = HoursPolicy.DESCRIPTION_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = HoursPolicy.DESCRIPTION_MAX)
  @PlainText(multiline = true)
  private String description;

  @Size(max = HoursPolicy.LINK_MAX, message = "{validation.tooLong}")
  @Column(name = "evidence_link", length = HoursPolicy.LINK_MAX)
  private String evidenceLink;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "evidence_file_id")
  private StoredFile evidenceFile;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_idea_id")
  private ProjectIdea projectIdea;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "attendance_session_id")
  private AttendanceSession session;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EntryStatus status = EntryStatus.SUBMITTED;

  @Enumerated(EnumType.STRING)
  @Column(name = "reviewer_role", length = 20)
  private StaffRole reviewerRole;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reviewer_person_id")
  private Person reviewer;

  @Size(max = COMMENT_MAX, message = "{validation.tooLong}")
  @Column(name = "last_comment", length = COMMENT_MAX)
  @PlainText(multiline = true)
  private String lastComment;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected LogEntry() {}

  public LogEntry(Enrolment enrolment, Instant createdAt) {
    this.enrolment = enrolment;
    this.editionId = enrolment.getEdition().getId();
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  /**
   * An entry as it stands after its review, written without the service's checks: for demo data and
   * imports of logbooks kept elsewhere. Callers write the matching audit rows.
   */
  public static LogEntry recorded(
      Enrolment enrolment,
      LocalDate date,
      LearningMode mode,
      CourseModule module,
      int minutes,
      String description,
      Person reviewer,
      EntryStatus status,
      String comment,
      Instant at) {
    LogEntry entry = new LogEntry(enrolment, at);
    entry.fill(date, mode, module, minutes, description, null, null, at);
    entry.routeTo(ReviewRouting.roleFor(mode), reviewer);
    entry.status = status;
    entry.lastComment = comment;
    if (status != EntryStatus.SUBMITTED) {
      entry.decidedAt = at;
      entry.decidedBy = "demo";
    }
    return entry;
  }

  /**
   * An approved face-to-face entry for a participant present at a session; the session's trainer is
   * its reviewer and the caller its decider.
   */
  public static LogEntry attended(
      AttendanceSession session, Enrolment enrolment, Person reviewer, String by, Instant at) {
    LogEntry entry = new LogEntry(enrolment, at);
    entry.fill(
        session.getDate(),
        session.getModule().getLearningMode(),
        session.getModule(),
        session.getMinutes(),
        session.getModule().getTitle(),
        null,
        null,
        at);
    entry.routeTo(StaffRole.TRAINER, reviewer);
    entry.session = session;
    entry.status = EntryStatus.APPROVED;
    entry.decidedAt = at;
    entry.decidedBy = by;
    return entry;
  }

  /** Takes what the participant typed (already checked by {@link HoursPolicy}). */
  void fill(
      LocalDate date,
      LearningMode mode,
      CourseModule module,
      int minutes,
      String description,
      String evidenceLink,
      ProjectIdea projectIdea,
      Instant at) {
    this.date = date;
    this.mode = mode;
    this.module = module;
    this.minutes = minutes;
    this.description = description == null ? null : description.strip();
    this.evidenceLink =
        evidenceLink == null || evidenceLink.isBlank() ? null : evidenceLink.strip();
    this.projectIdea = projectIdea;
    this.updatedAt = at;
  }

  void routeTo(StaffRole role, Person reviewer) {
    this.reviewerRole = role;
    this.reviewer = reviewer;
  }

  void moveTo(EntryStatus status, Instant at) {
    this.status = status;
    this.updatedAt = at;
  }

  /** Follows a change of its session's duration. */
  void retime(int minutes, Instant at) {
    if (this.minutes != minutes) {
      this.minutes = minutes;
      this.updatedAt = at;
    }
  }

  void attach(StoredFile file) {
    this.evidenceFile = file;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public LocalDate getDate() {
    return date;
  }

  public LearningMode getMode() {
    return mode;
  }

  public CourseModule getModule() {
    return module;
  }

  public int getMinutes() {
    return minutes;
  }

  public String getDescription() {
    return description;
  }

  public String getEvidenceLink() {
    return evidenceLink;
  }

  public StoredFile getEvidenceFile() {
    return evidenceFile;
  }

  public ProjectIdea getProjectIdea() {
    return projectIdea;
  }

  /** The attendance session the entry was made from; null for entries logged by hand. */
  public AttendanceSession getSession() {
    return session;
  }

  public EntryStatus getStatus() {
    return status;
  }

  public StaffRole getReviewerRole() {
    return reviewerRole;
  }

  public Person getReviewer() {
    return reviewer;
  }

  public String getLastComment() {
    return lastComment;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
