package org.mentora.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentora.directory.Person;
import org.mentora.platform.i18n.Bundles;

/**
 * The scheduler's work (run once per cluster, {@link NotificationScheduler}): compose the mails of
 * the notifications that wait for one, one mail per person (a digest for the daily and weekly
 * ones), then send the outbox's due mails.
 *
 * <p>Each person's mail is composed in its own transaction that also marks the notifications it
 * holds, so a notification is in one mail at most; each mail is sent in its own transaction holding
 * the mail's row lock, so a mail is sent once even when two dispatches meet. A mail server that
 * refuses or is away gets the mail again later (twice as long each time, {@link
 * MailSettings#backoff}) until the attempts run out; the mail is then FAILED with the reason, for
 * an administrator to read and resend. A node stopping between sending and committing is the one
 * case that can send a mail twice, never zero times.
 */
@Stateless
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  /** Mails sent per dispatch at most, so one run stays short; the rest go at the next one. */
  static final int BATCH = 200;

  /** Notifications in one mail at most; more stay for the next mail. */
  static final int ITEMS_MAX = 100;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MailSettings settings;
  @Inject MailTransport transport;
  @Inject StopLinks stopLinks;
  @Resource SessionContext context;

  /** What one run did. */
  public record Run(int composed, int sent, int kept, int retried, int failed) {}

  /** Composes the mails wanted now and sends what is due. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Run dispatch() {
    int composed = compose(MailState.NOW);
    return send(composed);
  }

  /** Composes the daily or weekly digests, then sends what is due. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Run digest(MailState period) {
    if (period != MailState.DAILY && period != MailState.WEEKLY) {
      throw new IllegalArgumentException("Not a digest: " + period);
    }
    int composed = compose(period);
    return send(composed);
  }

  private Run send(int composed) {
    List<Long> due =
        em.createQuery(
                "select m.id from OutboxMail m where m.status = :waiting"
                    + " and m.nextAttemptAt <= :now order by m.id",
                Long.class)
            .setParameter("waiting", MailStatus.WAITING)
            .setParameter("now", clock.instant())
            .setMaxResults(BATCH)
            .getResultList();
    Map<MailStatus, Integer> outcomes = new EnumMap<>(MailStatus.class);
    int retried = 0;
    MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
    for (Long id : due) {
      MailStatus outcome = self.sendOne(id);
      if (outcome != null) {
        outcomes.merge(outcome, 1, Integer::sum);
      }
    }
    retried = outcomes.getOrDefault(MailStatus.WAITING, 0);
    return new Run(
        composed,
        outcomes.getOrDefault(MailStatus.SENT, 0),
        outcomes.getOrDefault(MailStatus.KEPT, 0),
        retried,
        outcomes.getOrDefault(MailStatus.FAILED, 0));
  }

  private int compose(MailState purpose) {
    List<Long> recipients =
        em.createQuery(
                "select distinct n.recipient.id from Notification n where n.mailState = :state",
                Long.class)
            .setParameter("state", purpose)
            .getResultList();
    MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
    int composed = 0;
    for (Long recipient : recipients) {
      try {
        if (self.composeFor(recipient, purpose)) {
          composed++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not compose the mail of person " + recipient, e);
      }
    }
    return composed;
  }

  /**
   * Composes one person's mail from their notifications waiting for {@code purpose} and marks them;
   * false when another dispatch got there first (nothing is written then).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean composeFor(long recipientId, MailState purpose) {
    List<Notification> waiting =
        em.createQuery(
                "select n from Notification n where n.recipient.id = :person"
                    + " and n.mailState = :state order by n.createdAt, n.id",
                Notification.class)
            .setParameter("person", recipientId)
            .setParameter("state", purpose)
            .setMaxResults(ITEMS_MAX)
            .getResultList();
    if (waiting.isEmpty()) {
      return false;
    }
    Person person = em.find(Person.class, recipientId);
    Locale locale = Bundles.supported(Locale.forLanguageTag(person.getPreferredLanguage()));
    String base = settings.publicUrl();
    Map<String, List<Notification>> groups = new LinkedHashMap<>();
    for (Notification n : waiting) {
      String group =
          purpose == MailState.NOW || n.getGroupKey() == null
              ? "#" + n.getId()
              : n.getKind() + ":" + n.getTextKey() + ":" + n.getGroupKey();
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(n);
    }
    List<MailComposer.Item> items = new ArrayList<>();
    Map<NotificationKind, String> stops = new EnumMap<>(NotificationKind.class);
    for (List<Notification> members : groups.values()) {
      Notification newest = members.get(members.size() - 1);
      items.add(
          new MailComposer.Item(
              newest.getKind(),
              NotificationTexts.group(locale, members),
              newest.getLink() == null ? null : base + newest.getLink()));
      stops.computeIfAbsent(
          newest.getKind(),
          kind -> base + "/notification/stop.xhtml?t=" + stopLinks.token(recipientId, kind));
    }
    ComposedMail composed =
        MailComposer.compose(
            locale,
            person.getGivenName(),
            purpose,
            items,
            base + "/notification/settings.xhtml",
            stops);
    Instant now = clock.instant();
    OutboxMail mail = new OutboxMail(person, MailPurpose.of(purpose), composed, now);
    em.persist(mail);
    em.flush();
    List<Long> ids = waiting.stream().map(Notification::getId).toList();
    int marked =
        em.createQuery(
                "update Notification n set n.mailState = :done, n.mailId = :mail"
                    + " where n.id in :ids and n.mailState = :state")
            .setParameter("done", MailState.DONE)
            .setParameter("mail", mail.getId())
            .setParameter("ids", ids)
            .setParameter("state", purpose)
            .executeUpdate();
    if (marked != ids.size()) {
      // Another dispatch composed some of these meanwhile: write nothing, try again next run.
      context.setRollbackOnly();
      return false;
    }
    return true;
  }

  /** Sends one waiting mail under its row lock; returns its status after the attempt. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public MailStatus sendOne(long mailId) {
    OutboxMail mail = em.find(OutboxMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (mail == null
        || mail.getStatus() != MailStatus.WAITING
        || mail.getNextAttemptAt().isAfter(now)) {
      return null;
    }
    if (!settings.configured()) {
      mail.kept("No mail server is configured (MENTORA_MAIL_HOST): kept for the sent-mail page.");
      return mail.getStatus();
    }
    try {
      transport.send(mail);
      mail.sent(clock.instant());
    } catch (AddressException wrongAddress) {
      mail.failed("Address not valid: " + wrongAddress.getMessage(), null);
      LOG.warning(() -> "Mail " + mailId + " failed for good: " + wrongAddress.getMessage());
    } catch (MessagingException | RuntimeException refused) {
      boolean last = mail.getAttempts() + 1 >= settings.attempts();
      Instant next =
          last
              ? null
              : now.plus(MailSettings.backoff(settings.retryFirst(), mail.getAttempts() + 1));
      mail.failed(reason(refused), next);
      LOG.warning(
          () ->
              "Mail "
                  + mailId
                  + (last ? " failed for good: " : " not sent, tried again at " + next + ": ")
                  + reason(refused));
    }
    return mail.getStatus();
  }

  /** The failure's own words and those of its causes (the server's reply is often a cause). */
  static String reason(Throwable failure) {
    StringBuilder reason = new StringBuilder();
    for (Throwable t = failure; t != null && reason.length() < 900; t = t.getCause()) {
      if (reason.length() > 0) {
        reason.append(" / ");
      }
      reason.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        reason.append(": ").append(t.getMessage().strip());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return reason.toString();
  }
}
