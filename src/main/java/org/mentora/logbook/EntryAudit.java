package org.mentora.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentora.platform.persistence.BaseEntity;

/** One change of an entry's state: who, when, from, to, and the comment given. Never changed. */
@Entity
@Table(name = "log_entry_audit")
public class EntryAudit extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "entry_id", nullable = false)
  private LogEntry entry;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20)
  private EntryStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20)
  private EntryStatus toStatus;

  @Column(length = LogEntry.COMMENT_MAX)
  private String comment;

  /** Where the change came from when not a decision on the entry itself: {@code ATTENDANCE}. */
  @Column(length = 20)
  private String origin;

  public static final String ATTENDANCE = "ATTENDANCE";

  protected EntryAudit() {}

  public EntryAudit(
      LogEntry entry,
      String actor,
      Instant changedAt,
      EntryStatus fromStatus,
      EntryStatus toStatus,
      String comment) {
    this.entry = entry;
    this.actor = actor;
    this.changedAt = changedAt;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.comment = comment;
  }

  /** A change made by recording attendance at the entry's session. */
  static EntryAudit fromAttendance(
      LogEntry entry, String actor, Instant at, EntryStatus from, EntryStatus to) {
    EntryAudit audit = new EntryAudit(entry, actor, at, from, to, null);
    audit.origin = ATTENDANCE;
    return audit;
  }

  public String getOrigin() {
    return origin;
  }

  public LogEntry getEntry() {
    return entry;
  }

  public String getActor() {
    return actor;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public EntryStatus getFromStatus() {
    return fromStatus;
  }

  public EntryStatus getToStatus() {
    return toStatus;
  }

  public String getComment() {
    return comment;
  }
}
