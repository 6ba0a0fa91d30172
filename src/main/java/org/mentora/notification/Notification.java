package org.mentora.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;

/**
 * One thing a person was told, written in the same transaction as the event it tells of. It is the
 * item in the person's notification centre and, until a mail has been composed from it, the outbox
 * entry of that mail ({@link #getMailState()}).
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false)
  private Person recipient;

  @Enumerated(EnumType.STRING)
  @Column(length = 40, nullable = false)
  private NotificationKind kind;

  @Column(name = "text_key", length = 120, nullable = false)
  private String textKey;

  @Column(length = NoticeArguments.COLUMN_MAX, nullable = false)
  private String arguments;

  @Column(length = 500)
  private String link;

  @Column(name = "group_key", length = 120)
  private String groupKey;

  @Column(name = "event_count", nullable = false)
  private int eventCount = 1;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_state", length = 10, nullable = false)
  private MailState mailState;

  @Column(name = "mail_id")
  private Long mailId;

  protected Notification() {}

  Notification(Person recipient, Notice notice, MailState mailState, Instant now) {
    this.recipient = recipient;
    this.kind = notice.kind();
    this.textKey = notice.textKey();
    this.arguments = NoticeArguments.encode(notice.arguments());
    this.link = notice.link();
    this.groupKey = notice.groupKey();
    this.mailState = mailState;
    this.createdAt = now;
  }

  public Person getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getTextKey() {
    return textKey;
  }

  public List<Object> getArgumentValues() {
    return NoticeArguments.decode(arguments);
  }

  public String getLink() {
    return link;
  }

  public String getGroupKey() {
    return groupKey;
  }

  public int getEventCount() {
    return eventCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public MailState getMailState() {
    return mailState;
  }

  public Long getMailId() {
    return mailId;
  }
}
