package org.mentora.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.mentora.logbook.LogEntry;
import org.mentora.platform.files.StoredFile;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.project.Milestone;

/** What backs a rating: a logbook entry, a project milestone or an uploaded file. */
@Entity
@Table(name = "rating_evidence")
public class RatingEvidence extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "rating_id", nullable = false)
  private Rating rating;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EvidenceKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "log_entry_id")
  private LogEntry logEntry;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "milestone_id")
  private Milestone milestone;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "file_id")
  private StoredFile file;

  protected RatingEvidence() {}

  private RatingEvidence(Rating rating, EvidenceKind kind) {
    this.rating = rating;
    this.kind = kind;
    rating.addEvidence(this);
  }

  static RatingEvidence of(Rating rating, LogEntry entry) {
    RatingEvidence evidence = new RatingEvidence(rating, EvidenceKind.LOG_ENTRY);
    evidence.logEntry = entry;
    return evidence;
  }

  static RatingEvidence of(Rating rating, Milestone milestone) {
    RatingEvidence evidence = new RatingEvidence(rating, EvidenceKind.MILESTONE);
    evidence.milestone = milestone;
    return evidence;
  }

  static RatingEvidence of(Rating rating, StoredFile file) {
    RatingEvidence evidence = new RatingEvidence(rating, EvidenceKind.FILE);
    evidence.file = file;
    return evidence;
  }

  public Rating getRating() {
    return rating;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public LogEntry getLogEntry() {
    return logEntry;
  }

  public Milestone getMilestone() {
    return milestone;
  }

  public StoredFile getFile() {
    return file;
  }
}
