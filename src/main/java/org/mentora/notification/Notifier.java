package org.mentora.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.mentora.directory.Person;

/**
 * How a capability tells a person something: the notification is written in the caller's own
 * transaction (MANDATORY), so it exists exactly when the event does, and what is to be mailed is in
 * the same row. A mail server that is down, or a node that stops, loses nothing: the scheduler
 * mails it later ({@link MailDispatcher}).
 */
@Stateless
public class Notifier {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void tell(Notice notice) {
    Person recipient = em.find(Person.class, notice.recipientId());
    if (recipient == null) {
      throw new IllegalArgumentException("No person " + notice.recipientId());
    }
    Frequency frequency = frequency(notice.recipientId(), notice.kind());
    em.persist(new Notification(recipient, notice, frequency.mailState(), clock.instant()));
  }

  /** How the person wants mail of this kind: their choice, or the kind's default. */
  public Frequency frequency(long personId, NotificationKind kind) {
    return em.createQuery(
            "select s.frequency from NotificationSetting s"
                + " where s.person.id = :person and s.kind = :kind",
            Frequency.class)
        .setParameter("person", personId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst()
        .orElse(kind.defaultFrequency());
  }
}
