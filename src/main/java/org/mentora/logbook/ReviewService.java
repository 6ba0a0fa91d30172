package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentora.course.CourseAccess;
import org.mentora.course.ProgressChanged;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.notification.Notifier;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.Like;
import org.mentora.platform.persistence.Page;
import org.mentora.platform.persistence.PageRequest;
import org.mentora.platform.persistence.SearchQuery;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectIdea;

/**
 * Reviewing logbook entries: the reviewer an entry was routed to approves it, rejects it with a
 * comment or asks for changes. A decision is one conditional update of a still-waiting entry, so of
 * two reviewers (or twenty clicks) deciding at once exactly one wins; the winner's decision leaves
 * one audit row.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class ReviewService {

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject Event<ProgressChanged> progressChanged;
  @Inject Clock clock;
  @Inject CourseAccess access;
  @Inject Notifier notifier;

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public LogEntry approve(long entryId) {
    return decide(entryId, EntryAction.APPROVE, null);
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public LogEntry reject(long entryId, String comment) {
    return decide(entryId, EntryAction.REJECT, comment);
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public LogEntry requestChanges(long entryId, String comment) {
    return decide(entryId, EntryAction.REQUEST_CHANGES, comment);
  }

  /** How many of the chosen entries this call approved, and how many had been decided already. */
  public record Bulk(int approved, int skipped) {}

  /**
   * Approves every chosen entry the caller may decide that still waits; entries decided meanwhile
   * are skipped, not failed, so one late click does not undo the rest.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public Bulk approveMany(Collection<Long> entryIds) {
    int approved = 0;
    int skipped = 0;
    Set<Long> progressed = new LinkedHashSet<>();
    for (Long id : new LinkedHashSet<>(entryIds)) {
      LogEntry entry = decidable(id);
      if (entry.getStatus() == EntryStatus.SUBMITTED
          && transition(entry, EntryStatus.APPROVED, null, clock.instant())) {
        approved++;
        progressed.add(entry.getEnrolment().getId());
      } else {
        skipped++;
      }
    }
    // Once per participant, however many of their entries were approved.
    progressed.forEach(enrolment -> progressChanged.fire(new ProgressChanged(enrolment)));
    return new Bulk(approved, skipped);
  }

  private LogEntry decide(long entryId, EntryAction action, String comment) {
    LogEntry entry = decidable(entryId);
    String cleaned = comment == null || comment.isBlank() ? null : comment.strip();
    if (EntryLifecycle.commentRequired(action) && cleaned == null) {
      throw BusinessException.onField("comment", "logbook.comment.required");
    }
    if (cleaned != null && cleaned.length() > LogEntry.COMMENT_MAX) {
      throw BusinessException.onField("comment", "validation.tooLongPlain", LogEntry.COMMENT_MAX);
    }
    EntryStatus to = EntryLifecycle.require(entry.getStatus(), action);
    if (!transition(entry, to, cleaned, clock.instant())) {
      throw new BusinessException("logbook.alreadyDecided");
    }
    if (to == EntryStatus.APPROVED) {
      progressChanged.fire(new ProgressChanged(entry.getEnrolment().getId()));
    }
    return entry;
  }

  /**
   * The entry, if the caller may decide it: administrators any; staff only entries routed to them
   * of participants they still see; never one's own. An entry of a participant one does not see is
   * not found.
   */
  private LogEntry decidable(long entryId) {
    LogEntry entry =
        Optional.ofNullable(em.find(LogEntry.class, entryId)).orElseThrow(NotFoundException::new);
    if (access.isAdmin() && !isOwn(entry)) {
      return entry;
    }
    if (!access.canSee(entry.getEnrolment())) {
      throw new NotFoundException();
    }
    if (isOwn(entry)) {
      throw new BusinessException("logbook.notOwnDecision");
    }
    Person me = callers.person();
    if (entry.getReviewer() == null || !entry.getReviewer().getId().equals(me.getId())) {
      throw new BusinessException("logbook.notYourReview");
    }
    return entry;
  }

  /** The decider as the participant knows them: their name, or the account of an administrator. */
  private String deciderName() {
    return callers.findPerson().map(Person::getFullName).orElseGet(callers::username);
  }

  private boolean isOwn(LogEntry entry) {
    return callers
        .findPerson()
        .map(p -> p.getId().equals(entry.getEnrolment().getPerson().getId()))
        .orElse(false);
  }

  /**
   * Moves a waiting entry in one conditional update, so concurrent deciders cannot both succeed:
   * the database lets only the first see it waiting. Writes the audit row only for the winner.
   */
  private boolean transition(LogEntry entry, EntryStatus to, String comment, Instant now) {
    int updated;
    try {
      updated =
          em.createQuery(
                  "update LogEntry e set e.status = :to, e.version = e.version + 1,"
                      + " e.lastComment = :comment, e.decidedAt = :now, e.decidedBy = :by,"
                      + " e.updatedAt = :now where e.id = :id and e.status = :waiting")
              .setParameter("to", to)
              .setParameter("comment", comment)
              .setParameter("now", now)
              .setParameter("by", callers.username())
              .setParameter("id", entry.getId())
              .setParameter("waiting", EntryStatus.SUBMITTED)
              .executeUpdate();
    } catch (PersistenceException lockedByAnother) {
      throw new BusinessException("logbook.alreadyDecided");
    }
    if (updated == 0) {
      return false;
    }
    audit(entry, EntryStatus.SUBMITTED, to, comment, now);
    em.refresh(entry);
    notifier.tell(LogbookNotices.reviewed(entry, to, deciderName(), comment));
    return true;
  }

  /** Filters of the review queue; any may be empty. */
  public record QueueFilter(
      String participant, String mode, LocalDate from, LocalDate to, Long enrolmentId)
      implements java.io.Serializable {}

  /**
   * Entries waiting for the caller's decision, oldest first: those routed to them, or every waiting
   * entry for an administrator.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public Page<LogEntry> queue(PageRequest request, QueueFilter filter) {
    boolean admin = access.isAdmin();
    Person me = admin ? null : callers.person();
    Page<LogEntry> page =
        SearchQuery.of(LogEntry.class)
            .column("date", root -> root.get("date"))
            .column("mode", root -> root.get("mode").get("position"))
            .where((cb, root) -> cb.equal(root.get("status"), EntryStatus.SUBMITTED))
            .where((cb, root) -> admin ? cb.conjunction() : cb.equal(root.get("reviewer"), me))
            .where(
                (cb, root) ->
                    filter.mode() == null
                        ? cb.conjunction()
                        : cb.equal(root.get("mode").get("code"), filter.mode()))
            .where(
                (cb, root) ->
                    filter.from() == null
                        ? cb.conjunction()
                        : cb.greaterThanOrEqualTo(root.<LocalDate>get("date"), filter.from()))
            .where(
                (cb, root) ->
                    filter.to() == null
                        ? cb.conjunction()
                        : cb.lessThanOrEqualTo(root.<LocalDate>get("date"), filter.to()))
            .where(
                (cb, root) ->
                    filter.enrolmentId() == null
                        ? cb.conjunction()
                        : cb.equal(root.get("enrolment").get("id"), filter.enrolmentId()))
            .where(
                (cb, root) -> {
                  if (filter.participant() == null || filter.participant().isBlank()) {
                    return cb.conjunction();
                  }
                  Join<Object, Object> person =
                      root.join("enrolment", JoinType.INNER).join("person", JoinType.INNER);
                  String like = Like.containing(filter.participant());
                  return cb.like(
                      cb.lower(
                          cb.concat(
                              cb.concat(person.<String>get("givenName"), " "),
                              person.<String>get("familyName"))),
                      like,
                      Like.ESCAPE);
                })
            .fetch("module")
            .defaultSort("date")
            .fetch(em, request);
    for (LogEntry entry : page.rows()) {
      entry.getEnrolment().getPerson().getFullName();
      Optional.ofNullable(entry.getProjectIdea()).ifPresent(ProjectIdea::getTitle);
    }
    return page;
  }

  /** How many entries wait for the caller's decision. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public long waitingCount() {
    return queue(
            new PageRequest(0, 1, null, true, Map.of()),
            new QueueFilter(null, null, null, null, null))
        .total();
  }

  private void audit(LogEntry entry, EntryStatus from, EntryStatus to, String comment, Instant at) {
    em.persist(new EntryAudit(entry, callers.username(), at, from, to, comment));
  }
}
