package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.NotificationService;
import org.mentora.platform.security.Role;

/**
 * What a participant has not seen yet: entries their reviewers decided (approved, rejected, sent
 * back) since the participant last opened the logbook. Opening the logbook moves that moment.
 */
@Stateless
public class LogbookNews {

  static final List<EntryStatus> DECIDED =
      List.of(EntryStatus.APPROVED, EntryStatus.REJECTED, EntryStatus.CHANGES_REQUESTED);

  /** More than a participant reads at once; the logbook below lists everything anyway. */
  static final int LIMIT = 50;

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject NotificationService notifications;

  /** The caller's entries decided since their last visit, newest decision first; nothing moves. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public List<LogEntry> decidedSinceLastVisit() {
    Person me = callers.person();
    return decidedSince(me, seen(me).map(LogbookSeen::getSeenAt).orElse(null));
  }

  /** How many of the caller's entries were decided since their last visit. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public long countSinceLastVisit() {
    Person me = callers.person();
    Instant since = seen(me).map(LogbookSeen::getSeenAt).orElse(null);
    var query =
        em.createQuery(
                "select count(e) from LogEntry e join e.enrolment en where en.person = :p"
                    + " and e.status in :decided and e.decidedAt is not null"
                    + (since == null ? "" : " and e.decidedAt > :since"),
                Long.class)
            .setParameter("p", me)
            .setParameter("decided", DECIDED);
    if (since != null) {
      query.setParameter("since", since);
    }
    return query.getSingleResult();
  }

  /**
   * The participant opens their logbook: returns what was decided since the previous visit and
   * records this visit, so the same decisions are not news next time; their notifications in the
   * header's bell are read too.
   */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public List<LogEntry> visit() {
    Person me = callers.person();
    Optional<LogbookSeen> seen = seen(me);
    List<LogEntry> news = decidedSince(me, seen.map(LogbookSeen::getSeenAt).orElse(null));
    Instant now = clock.instant();
    if (seen.isPresent()) {
      seen.get().seen(now);
    } else {
      em.persist(new LogbookSeen(me, now));
    }
    // The page shows these decisions: their notifications need not stay unread in the bell.
    notifications.markRead(NotificationKind.ENTRY_REVIEWED);
    return news;
  }

  private Optional<LogbookSeen> seen(Person me) {
    return em.createQuery("select s from LogbookSeen s where s.person = :p", LogbookSeen.class)
        .setParameter("p", me)
        .getResultStream()
        .findFirst();
  }

  /** Decisions after {@code since}; every decision when the person never opened the logbook. */
  private List<LogEntry> decidedSince(Person me, Instant since) {
    // Two texts rather than ":since is null", which PostgreSQL cannot type when since is null.
    var query =
        em.createQuery(
                "select e from LogEntry e join e.enrolment en left join fetch e.module"
                    + " where en.person = :p and e.status in :decided and e.decidedAt is not null"
                    + (since == null ? "" : " and e.decidedAt > :since")
                    + " order by e.decidedAt desc, e.id desc",
                LogEntry.class)
            .setParameter("p", me)
            .setParameter("decided", DECIDED)
            .setMaxResults(LIMIT);
    if (since != null) {
      query.setParameter("since", since);
    }
    return query.getResultList();
  }
}
