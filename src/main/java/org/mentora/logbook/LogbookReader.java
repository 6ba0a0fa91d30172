package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentora.course.CourseAccess;
import org.mentora.course.CourseModule;
import org.mentora.course.Enrolment;
import org.mentora.directory.Callers;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileStore;
import org.mentora.platform.files.StoredFile;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectIdea;

/**
 * Reading a participant's logbook, for whoever may see the participant ({@link CourseAccess}):
 * their entries with their audit trails, one entry, its evidence file, and what an entry may name
 * (the programme's modules, the participant's project ideas).
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class LogbookReader {

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject CourseAccess access;
  @Inject FileStore files;

  /** An entry with its audit trail, newest change last. */
  public record EntryView(LogEntry entry, List<EntryAudit> trail) implements Serializable {
    public LogEntry getEntry() {
      return entry;
    }

    public List<EntryAudit> getTrail() {
      return trail;
    }

    public Long getId() {
      return entry.getId();
    }
  }

  /**
   * A participant's entries, those sent back for a fix first, then newest day first, with their
   * trails; for whoever may see them.
   */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<EntryView> entries(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    List<LogEntry> entries =
        em.createQuery(
                "select e from LogEntry e left join fetch e.module left join fetch e.projectIdea"
                    + " left join fetch e.reviewer where e.enrolment = :en"
                    + " order by e.date desc, e.id desc",
                LogEntry.class)
            .setParameter("en", enrolment)
            .getResultList();
    // What waits for the participant's fix comes first, whatever its day: the list is paged.
    entries = new java.util.ArrayList<>(entries);
    entries.sort(
        java.util.Comparator.comparing(
            (LogEntry e) ->
                e.getStatus() != EntryStatus.REJECTED
                    && e.getStatus() != EntryStatus.CHANGES_REQUESTED));
    Map<Long, List<EntryAudit>> trails = new java.util.HashMap<>();
    if (!entries.isEmpty()) {
      for (EntryAudit audit :
          em.createQuery(
                  "select a from EntryAudit a where a.entry.enrolment = :en"
                      + " order by a.changedAt, a.id",
                  EntryAudit.class)
              .setParameter("en", enrolment)
              .getResultList()) {
        trails.computeIfAbsent(audit.getEntry().getId(), k -> new ArrayList<>()).add(audit);
      }
    }
    return entries.stream()
        .map(e -> new EntryView(e, List.copyOf(trails.getOrDefault(e.getId(), List.of()))))
        .toList();
  }

  /** One entry, for whoever may see its participant. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public LogEntry entry(long entryId) {
    LogEntry entry =
        Optional.ofNullable(em.find(LogEntry.class, entryId)).orElseThrow(NotFoundException::new);
    access.visibleEnrolment(entry.getEnrolment().getId());
    return entry;
  }

  /** An entry's evidence file and its bytes. */
  public record Evidence(StoredFile file, byte[] content) {}

  /**
   * The evidence file of an entry, for its participant, its routed reviewer, staff who see the
   * participant and administrators; not found for everyone else and for entries without a file.
   */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Evidence evidence(long entryId) {
    LogEntry entry =
        Optional.ofNullable(em.find(LogEntry.class, entryId)).orElseThrow(NotFoundException::new);
    if (entry.getEvidenceFile() == null) {
      throw new NotFoundException();
    }
    boolean routedToMe =
        entry.getReviewer() != null
            && callers
                .findPerson()
                .map(p -> p.getId().equals(entry.getReviewer().getId()))
                .orElse(false);
    if (!routedToMe && !access.canSee(entry.getEnrolment())) {
      throw new NotFoundException();
    }
    return new Evidence(entry.getEvidenceFile(), files.content(entry.getEvidenceFile()));
  }

  /** The modules one may log hours for: those of the participant's programme. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<CourseModule> modules(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
        .setParameter("programme", enrolment.getEdition().getProgramme())
        .getResultList();
  }

  /** The participant's project ideas, which an entry may say it served. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<ProjectIdea> projectIdeas(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return em.createQuery(
            "select p from ProjectIdea p where p.enrolment = :en order by p.createdAt",
            ProjectIdea.class)
        .setParameter("en", enrolment)
        .getResultList();
  }
}
