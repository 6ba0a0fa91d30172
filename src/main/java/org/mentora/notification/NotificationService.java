package org.mentora.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.Page;
import org.mentora.platform.security.Role;

/**
 * A person's notifications and mail settings, and the administrator's outbox. Everyone signed in
 * reads and clears only their own notifications and sets only their own mail (every role, by the
 * class); the outbox is the administrator's; the stop links of mails work without a login and
 * change only what they name ({@link StopLinks}).
 */
@Stateless
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.TRAINER_NAME,
  Role.TUTOR_NAME,
  Role.MENTOR_NAME,
  Role.PARTICIPANT_NAME
})
public class NotificationService {

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject SecurityContext security;
  @Inject Clock clock;
  @Inject StopLinks stopLinks;
  @Inject Notifier notifier;

  /** How many of the caller's notifications are unread (0 for a visitor); one indexed count. */
  @PermitAll
  public long unreadCount() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return 0;
    }
    return em.createQuery(
            "select count(n) from Notification n where n.readAt is null and n.recipient.id ="
                + " (select a.person.id from Account a where a.username = :username)",
            Long.class)
        .setParameter("username", principal.getName())
        .getSingleResult();
  }

  /** The caller's notifications, newest first. */
  public Page<Notification> mine(int first, int max) {
    Person me = callers.person();
    List<Notification> rows =
        em.createQuery(
                "select n from Notification n where n.recipient.id = :me"
                    + " order by n.createdAt desc, n.id desc",
                Notification.class)
            .setParameter("me", me.getId())
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(max, 100)))
            .getResultList();
    long total =
        em.createQuery("select count(n) from Notification n where n.recipient.id = :me", Long.class)
            .setParameter("me", me.getId())
            .getSingleResult();
    return new Page<>(rows, total);
  }

  /**
   * Marks one of the caller's notifications read and returns the page it links to; a notification
   * of someone else is not found.
   */
  public Optional<String> open(long notificationId) {
    Person me = callers.person();
    Notification notification = em.find(Notification.class, notificationId);
    if (notification == null || !notification.getRecipient().getId().equals(me.getId())) {
      throw new NotFoundException();
    }
    em.createQuery(
            "update Notification n set n.readAt = :now where n.id = :id and n.readAt is null")
        .setParameter("now", clock.instant())
        .setParameter("id", notificationId)
        .executeUpdate();
    return Optional.ofNullable(notification.getLink());
  }

  /** Marks every notification of the caller read; returns how many were unread. */
  public int markAllRead() {
    Person me = callers.person();
    return em.createQuery(
            "update Notification n set n.readAt = :now"
                + " where n.recipient.id = :me and n.readAt is null")
        .setParameter("now", clock.instant())
        .setParameter("me", me.getId())
        .executeUpdate();
  }

  /**
   * Marks the caller's unread notifications of one kind read: a page that shows what they said (the
   * logbook lists the decisions on one's entries) has told the person already.
   */
  public int markRead(NotificationKind kind) {
    Person me = callers.person();
    return em.createQuery(
            "update Notification n set n.readAt = :now"
                + " where n.recipient.id = :me and n.kind = :kind and n.readAt is null")
        .setParameter("now", clock.instant())
        .setParameter("me", me.getId())
        .setParameter("kind", kind)
        .executeUpdate();
  }

  /** The kinds the caller can receive, each with the caller's choice or its default. */
  public Map<NotificationKind, Frequency> mySettings() {
    Person me = callers.person();
    Map<NotificationKind, Frequency> settings = new EnumMap<>(NotificationKind.class);
    for (NotificationKind kind : kindsFor(myRoles())) {
      settings.put(kind, notifier.frequency(me.getId(), kind));
    }
    return settings;
  }

  /** Where the caller's mail goes. */
  public String myAddress() {
    return callers.person().getEmail();
  }

  /** Saves the caller's choices; kinds the caller cannot receive are ignored. */
  public void saveMySettings(Map<NotificationKind, Frequency> choices) {
    Person me = callers.person();
    Set<NotificationKind> mine = kindsFor(myRoles());
    choices.forEach(
        (kind, frequency) -> {
          if (kind != null && frequency != null && mine.contains(kind)) {
            set(me, kind, frequency);
          }
        });
  }

  /**
   * Applies a mail's stop link: no more mail of its kind for its person. Empty when the link is not
   * valid (changed, cut short, made up).
   */
  @PermitAll
  public Optional<NotificationKind> stop(String token) {
    return change(token, null);
  }

  /** Undoes a stop link: the kind's default frequency again. */
  @PermitAll
  public Optional<NotificationKind> undoStop(String token) {
    return stopLinks.read(token).flatMap(target -> change(token, target.kind().defaultFrequency()));
  }

  private Optional<NotificationKind> change(String token, Frequency frequency) {
    return stopLinks
        .read(token)
        .flatMap(
            target -> {
              Person person = em.find(Person.class, target.personId());
              if (person == null) {
                return Optional.empty();
              }
              set(person, target.kind(), frequency == null ? Frequency.OFF : frequency);
              return Optional.of(target.kind());
            });
  }

  private void set(Person person, NotificationKind kind, Frequency frequency) {
    NotificationSetting setting =
        em.createQuery(
                "select s from NotificationSetting s where s.person.id = :person and s.kind = :kind",
                NotificationSetting.class)
            .setParameter("person", person.getId())
            .setParameter("kind", kind)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (setting == null) {
      em.persist(new NotificationSetting(person, kind, frequency));
    } else {
      setting.change(frequency);
    }
  }

  private Set<Role> myRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (callers.has(role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  static Set<NotificationKind> kindsFor(Set<Role> roles) {
    Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
    for (NotificationKind kind : NotificationKind.values()) {
      if (kind.concerns(roles)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  // The administrator's outbox.

  /** Mails in the outbox, newest first, of one status or all (null). */
  @RolesAllowed(Role.ADMIN_NAME)
  public Page<OutboxMail> outbox(MailStatus status, int first, int max) {
    String where = status == null ? "" : " where m.status = :status";
    var rows =
        em.createQuery(
            "select m from OutboxMail m left join fetch m.recipient"
                + where
                + " order by m.createdAt desc, m.id desc",
            OutboxMail.class);
    var count = em.createQuery("select count(m) from OutboxMail m" + where, Long.class);
    if (status != null) {
      rows.setParameter("status", status);
      count.setParameter("status", status);
    }
    return new Page<>(
        rows.setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(max, 200)))
            .getResultList(),
        count.getSingleResult());
  }

  /** How many mails are in each status. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Map<MailStatus, Long> outboxCounts() {
    Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
    for (MailStatus status : MailStatus.values()) {
      counts.put(status, 0L);
    }
    em.createQuery("select m.status, count(m) from OutboxMail m group by m.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
    return counts;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public OutboxMail mail(long id) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null) {
      throw new NotFoundException();
    }
    return mail;
  }

  /** Puts a failed or kept mail back in line, to be sent at the next dispatch. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void resend(long id) {
    mail(id).resend(clock.instant());
  }
}
