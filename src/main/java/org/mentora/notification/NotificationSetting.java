package org.mentora.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;

/** How one person wants mail about one kind; without a row, the kind's default applies. */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(length = 40, nullable = false)
  private NotificationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 10, nullable = false)
  private Frequency frequency;

  protected NotificationSetting() {}

  NotificationSetting(Person person, NotificationKind kind, Frequency frequency) {
    this.person = person;
    this.kind = kind;
    this.frequency = frequency;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  void change(Frequency frequency) {
    this.frequency = frequency;
  }
}
