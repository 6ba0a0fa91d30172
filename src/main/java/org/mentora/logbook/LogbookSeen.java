package org.mentora.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;

/** When a person last opened their logbook: what was decided after it is news to them. */
@Entity
@Table(name = "logbook_seen")
public class LogbookSeen extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false, unique = true)
  private Person person;

  @Column(name = "seen_at", nullable = false)
  private Instant seenAt;

  protected LogbookSeen() {}

  public LogbookSeen(Person person, Instant seenAt) {
    this.person = person;
    this.seenAt = seenAt;
  }

  public Person getPerson() {
    return person;
  }

  public Instant getSeenAt() {
    return seenAt;
  }

  void seen(Instant at) {
    this.seenAt = at;
  }
}
