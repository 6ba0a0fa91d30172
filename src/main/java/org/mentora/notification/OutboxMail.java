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
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;

/**
 * A mail composed in its recipient's language, kept until it has been sent: with its attempts, the
 * time of the next one and the last failure's reason, so that a mail server that is down delays
 * mail but loses none, and an administrator sees what went wrong.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends BaseEntity {

  private static final long serialVersionUID = 1L;

  public static final int SUBJECT_MAX = 300;
  public static final int ERROR_MAX = 1000;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "recipient_id")
  private Person recipient;

  @Column(length = 254, nullable = false)
  private String address;

  @Column(length = 12, nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(length = 20, nullable = false)
  private MailPurpose purpose;

  @Column(length = SUBJECT_MAX, nullable = false)
  private String subject;

  @Column(name = "body_text", length = 200_000, nullable = false)
  private String bodyText;

  @Column(name = "body_html", length = 400_000, nullable = false)
  private String bodyHtml;

  @Enumerated(EnumType.STRING)
  @Column(length = 10, nullable = false)
  private MailStatus status = MailStatus.WAITING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = ERROR_MAX)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMail() {}

  OutboxMail(Person recipient, MailPurpose purpose, ComposedMail mail, Instant now) {
    this.recipient = recipient;
    this.address = recipient.getEmail();
    this.language = mail.language();
    this.purpose = purpose;
    this.subject = cut(mail.subject(), SUBJECT_MAX);
    this.bodyText = mail.text();
    this.bodyHtml = mail.html();
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void sent(Instant now) {
    status = MailStatus.SENT;
    attempts++;
    sentAt = now;
    lastError = null;
  }

  /**
   * A failed attempt: tried again at {@code next}, or failed for good when {@code next} is null.
   */
  void failed(String reason, Instant next) {
    attempts++;
    lastError = cut(reason == null ? "?" : reason, ERROR_MAX);
    if (next == null) {
      status = MailStatus.FAILED;
    } else {
      nextAttemptAt = next;
    }
  }

  void kept(String reason) {
    status = MailStatus.KEPT;
    lastError = cut(reason, ERROR_MAX);
  }

  void resend(Instant now) {
    status = MailStatus.WAITING;
    attempts = 0;
    nextAttemptAt = now;
    lastError = null;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Person getRecipient() {
    return recipient;
  }

  public String getAddress() {
    return address;
  }

  public String getLanguage() {
    return language;
  }

  public MailPurpose getPurpose() {
    return purpose;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
