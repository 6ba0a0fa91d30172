package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.course.CourseAccess;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.HourTargets;
import org.mentora.course.LearningMode;
import org.mentora.course.WaiverStatus;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectService;

/**
 * A participant's hours against the edition's targets, read for the participant and for the staff
 * who see them. The one place progress is computed, so pages, completion and certificates never
 * count differently: only approved hours count; waiting hours and recognised prior learning are
 * shown apart.
 */
@Stateless
public class ProgressService {

  @PersistenceContext EntityManager em;
  @Inject CourseAccess access;
  @Inject ProjectService projects;

  /**
   * Approved minutes per learning mode and for the blended total against the edition's targets,
   * minutes waiting for review, and recognised prior learning (approved waivers) apart.
   */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Progress progress(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    return progressOf(List.of(enrolment.getId()), enrolment.getEdition().getTargets())
        .get(enrolment.getId());
  }

  /**
   * The progress of every participant of an edition, in three grouped queries whatever its size
   * (completion and certificates read thousands at once). The same sums as {@link #progress}: both
   * go through {@link #progressOf}, so a list and a participant's own bars never disagree.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public Map<Long, Progress> editionProgress(long editionId) {
    Edition edition = em.find(Edition.class, editionId);
    if (edition == null) {
      throw new NotFoundException();
    }
    List<Long> ids =
        em.createQuery("select e.id from Enrolment e where e.edition = :edition", Long.class)
            .setParameter("edition", edition)
            .getResultList();
    return ids.isEmpty() ? Map.of() : progressOf(ids, edition.getTargets());
  }

  private Map<Long, Progress> progressOf(List<Long> enrolmentIds, HourTargets targets) {
    Map<Long, Map<LearningMode, Long>> approved = new HashMap<>();
    Map<Long, Map<LearningMode, Long>> pending = new HashMap<>();
    Map<Long, Map<LearningMode, Long>> recognised = new HashMap<>();
    for (List<Long> slice : slices(enrolmentIds)) {
      for (Object[] row :
          em.createQuery(
                  "select e.enrolment.id, e.status, e.mode, sum(e.minutes) from LogEntry e"
                      + " where e.enrolment.id in :ids and e.status in :counted"
                      + " group by e.enrolment.id, e.status, e.mode",
                  Object[].class)
              .setParameter("ids", slice)
              .setParameter("counted", List.of(EntryStatus.APPROVED, EntryStatus.SUBMITTED))
              .getResultList()) {
        Map<Long, Map<LearningMode, Long>> target =
            row[1] == EntryStatus.APPROVED ? approved : pending;
        target
            .computeIfAbsent((Long) row[0], id -> new EnumMap<>(LearningMode.class))
            .put((LearningMode) row[2], ((Number) row[3]).longValue());
      }
      for (Object[] row :
          em.createQuery(
                  "select w.enrolment.id, m.learningMode, sum(w.recognisedMinutes) from Waiver w"
                      + " join w.module m where w.enrolment.id in :ids and w.status = :approved"
                      + " group by w.enrolment.id, m.learningMode",
                  Object[].class)
              .setParameter("ids", slice)
              .setParameter("approved", WaiverStatus.APPROVED)
              .getResultList()) {
        recognised
            .computeIfAbsent((Long) row[0], id -> new EnumMap<>(LearningMode.class))
            .put((LearningMode) row[1], ((Number) row[2]).longValue());
      }
    }
    Map<Long, Progress> result = new HashMap<>();
    for (Long id : enrolmentIds) {
      result.put(
          id,
          of(
              targets,
              approved.getOrDefault(id, Map.of()),
              pending.getOrDefault(id, Map.of()),
              recognised.getOrDefault(id, Map.of())));
    }
    return result;
  }

  /** Parameter lists stay under what every database accepts in one IN list. */
  private static List<List<Long>> slices(List<Long> ids) {
    List<List<Long>> slices = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      slices.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
    }
    return slices;
  }

  /**
   * Progress from minutes already summed by the rules above (approved, waiting for review,
   * recognised prior learning): for read models that sum them together with other figures in one
   * statement (the dashboards), so the bars are assembled in this one place.
   */
  public static Progress of(
      HourTargets targets,
      Map<LearningMode, Long> approved,
      Map<LearningMode, Long> pending,
      Map<LearningMode, Long> recognised) {
    List<Progress.Line> lines = new ArrayList<>();
    long[] blended = new long[3];
    for (LearningMode mode : LearningMode.values()) {
      Progress.Line line =
          new Progress.Line(
              mode,
              approved.getOrDefault(mode, 0L),
              pending.getOrDefault(mode, 0L),
              recognised.getOrDefault(mode, 0L),
              targets.target(mode));
      lines.add(line);
      if (mode.isBlended()) {
        blended[0] += line.approvedMinutes();
        blended[1] += line.pendingMinutes();
        blended[2] += line.recognisedMinutes();
      }
    }
    return new Progress(
        lines,
        new Progress.Line(null, blended[0], blended[1], blended[2], targets.getBlendedTotal()));
  }

  /** Approved minutes per ISO week, for the week-by-week chart. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<WeeklyMinutes.Week> weekly(long enrolmentId) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    List<WeeklyMinutes.Dated> amounts =
        em
            .createQuery(
                "select e.date, sum(e.minutes) from LogEntry e where e.enrolment = :en"
                    + " and e.status = :approved group by e.date",
                Object[].class)
            .setParameter("en", enrolment)
            .setParameter("approved", EntryStatus.APPROVED)
            .getResultList()
            .stream()
            .map(row -> new WeeklyMinutes.Dated((LocalDate) row[0], ((Number) row[1]).longValue()))
            .toList();
    return WeeklyMinutes.of(amounts);
  }

  /** Hours logged for one project idea in one learning mode: approved, and waiting for review. */
  public record ProjectHours(LearningMode mode, long approvedMinutes, long pendingMinutes) {
    public LearningMode getMode() {
      return mode;
    }

    public long getApprovedMinutes() {
      return approvedMinutes;
    }

    public long getPendingMinutes() {
      return pendingMinutes;
    }
  }

  /**
   * The hours logged for a project idea, per learning mode, for whoever may see the idea: the
   * project page shows them (project-based and work-based hours are what a project is built with).
   */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<ProjectHours> projectHours(long ideaId) {
    ProjectIdea idea = projects.visible(ideaId);
    Map<LearningMode, long[]> sums = new EnumMap<>(LearningMode.class);
    sums.put(LearningMode.PROJECT_BASED, new long[2]);
    sums.put(LearningMode.WORK_BASED, new long[2]);
    for (Object[] row :
        em.createQuery(
                "select e.status, e.mode, sum(e.minutes) from LogEntry e where e.projectIdea = :idea"
                    + " and e.status in :counted group by e.status, e.mode",
                Object[].class)
            .setParameter("idea", idea)
            .setParameter("counted", List.of(EntryStatus.APPROVED, EntryStatus.SUBMITTED))
            .getResultList()) {
      long[] sum = sums.computeIfAbsent((LearningMode) row[1], mode -> new long[2]);
      sum[row[0] == EntryStatus.APPROVED ? 0 : 1] += ((Number) row[2]).longValue();
    }
    return sums.entrySet().stream()
        .map(e -> new ProjectHours(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }
}
