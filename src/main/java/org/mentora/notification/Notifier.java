package org.mentora.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mentora.directory.Person;
import org.mentora.platform.security.Role;

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

  /**
   * Tells unless the recipient was told of the same kind and group key at or after {@code since}:
   * for what a {@link DailyWatch} finds, which must reach each person once ("the milestone is due
   * in 3 days") or not more often than a period ("Anna is behind", once a fortnight). Returns
   * whether the notice was written.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean tellOnce(Notice notice, Instant since) {
    if (notice.groupKey() == null) {
      throw new IllegalArgumentException("Telling once needs a group key: " + notice.textKey());
    }
    boolean told =
        !em.createQuery(
                "select n.id from Notification n where n.recipient.id = :person"
                    + " and n.kind = :kind and n.groupKey = :key and n.createdAt >= :since",
                Long.class)
            .setParameter("person", notice.recipientId())
            .setParameter("kind", notice.kind())
            .setParameter("key", notice.groupKey())
            .setParameter("since", since)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (told) {
      return false;
    }
    tell(notice);
    return true;
  }

  /** Whether anyone was ever told of this kind and group key (before a costly look). */
  public boolean toldAnyone(NotificationKind kind, String groupKey) {
    return !em.createQuery(
            "select n.id from Notification n where n.kind = :kind and n.groupKey = :key",
            Long.class)
        .setParameter("kind", kind)
        .setParameter("key", groupKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The people with an enabled account holding the role, e.g. the administrators told of a new
   * application; by id, so that the order is stable.
   */
  public List<Long> holdersOf(Role role) {
    return em.createQuery(
            "select distinct a.person.id from Account a join a.roles r"
                + " where r = :role and a.enabled = true order by a.person.id",
            Long.class)
        .setParameter("role", role)
        .getResultList();
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
