package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.course.CourseAccess;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.HourTargets;
import org.mentora.course.LearningMode;
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
  @Inject HoursQuery hours;

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
    return of(
        enrolment.getEdition(),
        hours.of(enrolment.getId(), enrolment.getEdition().getProgramme().getModes()));
  }

  /**
   * The progress of every participant of an edition, in two grouped queries whatever its size
   * (completion and certificates read thousands at once). The same sums as {@link #progress}: both
   * come from {@link HoursQuery}, so a list and a participant's own bars never disagree.
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
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, HoursQuery.Sums> sums = hours.inEdition(editionId, edition.getProgramme().getModes());
    Map<Long, Progress> result = new HashMap<>();
    for (Long id : ids) {
      result.put(id, of(edition, sums.getOrDefault(id, HoursQuery.Sums.NONE)));
    }
    return result;
  }

  /** A participant's bars from the hours query's sums, against the edition's targets. */
  public static Progress of(Edition edition, HoursQuery.Sums sums) {
    return of(
        edition.getProgramme().getModes(),
        edition.getTargets(),
        sums.approved(),
        sums.pending(),
        sums.recognised());
  }

  /**
   * Progress from minutes summed by {@link HoursQuery} (approved, waiting for review, recognised
   * prior learning): one bar per mode of the programme, in its order, and the blended total of the
   * modes the programme counts in it.
   */
  public static Progress of(
      List<LearningMode> modes,
      HourTargets targets,
      Map<LearningMode, Long> approved,
      Map<LearningMode, Long> pending,
      Map<LearningMode, Long> recognised) {
    List<Progress.Line> lines = new ArrayList<>();
    long[] blended = new long[3];
    for (LearningMode mode : modes) {
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

  /** What a participant's progress shows: the bars and the approved minutes per ISO week. */
  public record Overview(Progress progress, List<WeeklyMinutes.Week> weeks)
      implements java.io.Serializable {}

  /**
   * A participant's bars and week-by-week chart in one call: one access check, and the enrolment
   * read with what the bars need (its edition and the edition's targets) in one statement.
   */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Overview overview(long enrolmentId) {
    // Into the persistence context, where the access check then finds it.
    em.createQuery(
            "select en from Enrolment en join fetch en.edition ed"
                + " left join fetch ed.targetMinutes where en.id = :id",
            Enrolment.class)
        .setParameter("id", enrolmentId)
        .getResultList();
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    Edition edition = enrolment.getEdition();
    return new Overview(
        of(edition, hours.of(enrolment.getId(), edition.getProgramme().getModes())),
        WeeklyMinutes.of(hours.approvedByDate(enrolment.getId())));
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
    // Every mode of the programme a mentor reviews (project-based and work-based hours in BIBLIO)
    // shows, even at zero; other modes show when hours were logged for the idea in them.
    Map<LearningMode, long[]> sums = new java.util.LinkedHashMap<>();
    for (LearningMode mode : idea.getEnrolment().getEdition().getProgramme().getModes()) {
      if (mode.getReviewer() == org.mentora.course.StaffRole.MENTOR) {
        sums.put(mode, new long[2]);
      }
    }
    hours
        .forProjectIdea(idea.getId())
        .forEach(
            (mode, minutes) -> {
              long[] sum = sums.computeIfAbsent(mode, m -> new long[2]);
              sum[0] += minutes[0];
              sum[1] += minutes[1];
            });
    return sums.entrySet().stream()
        .map(e -> new ProjectHours(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }
}
