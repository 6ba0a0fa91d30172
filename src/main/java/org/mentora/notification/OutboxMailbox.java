package org.mentora.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.mentora.directory.Person;
import org.mentora.platform.mail.Mailbox;
import org.mentora.platform.mail.OutgoingMail;

/**
 * The outbox as the platform's {@link Mailbox}: a mail of another capability (the directory's
 * account mails) is written in the caller's transaction and sent by the same dispatch as every
 * notification mail.
 */
@Stateless
public class OutboxMailbox implements Mailbox {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void post(OutgoingMail mail) {
    Person recipient = em.find(Person.class, mail.recipientId());
    if (recipient == null) {
      throw new IllegalArgumentException("No person " + mail.recipientId());
    }
    em.persist(
        new OutboxMail(
            recipient,
            MailPurpose.ACCOUNT,
            new ComposedMail(mail.language(), mail.subject(), mail.text(), mail.html()),
            clock.instant()));
  }
}
