package org.mentora.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentora.course.CourseAccess;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.EnrolmentStatus;
import org.mentora.course.ProgressChanged;
import org.mentora.course.WaiverStatus;
import org.mentora.directory.Callers;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;

/**
 * Module results: trainers of an edition and administrators record whether each participant passed
 * each mandatory module. Waived modules (approved prior learning) need no result and show as
 * waived.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
@Interceptors(ConflictsAsBusinessErrors.class)
public class ModuleResultService {

  /** The version a cell has while nothing is recorded in it. */
  public static final long NOT_RECORDED = -1;

  @PersistenceContext EntityManager em;
  @Inject CourseAccess access;
  @Inject Event<ProgressChanged> progressChanged;
  @Inject Callers callers;
  @Inject Clock clock;

  /** A cell of the grid. */
  public enum Mark {
    NONE,
    PASSED,
    NOT_PASSED,
    WAIVED;

    public String labelKey() {
      return "certification.mark." + name();
    }

    /** Each state has its own icon and text, so colour is never the only difference. */
    public String icon() {
      return switch (this) {
        case NONE -> "pi pi-circle";
        case PASSED -> "pi pi-check";
        case NOT_PASSED -> "pi pi-times";
        case WAIVED -> "pi pi-lock";
      };
    }
  }

  /**
   * A participant's row: their marks by module id, and the version of each recorded result, which
   * the page sends back when it records again.
   */
  public record Row(long enrolmentId, String name, Map<Long, Mark> marks, Map<Long, Long> versions)
      implements java.io.Serializable {
    public long getEnrolmentId() {
      return enrolmentId;
    }

    public String getName() {
      return name;
    }

    public Mark mark(long moduleId) {
      return marks.getOrDefault(moduleId, Mark.NONE);
    }

    public long version(long moduleId) {
      return versions.getOrDefault(moduleId, NOT_RECORDED);
    }
  }

  /** What a click recorded: the mark now shown and the version to send with the next click. */
  public record Recorded(Mark mark, long version) implements java.io.Serializable {}

  /** An edition's participants × its mandatory modules. */
  public record Grid(Edition edition, List<CourseModule> modules, List<Row> rows)
      implements java.io.Serializable {
    public Edition getEdition() {
      return edition;
    }

    public List<CourseModule> getModules() {
      return modules;
    }

    public List<Row> getRows() {
      return rows;
    }
  }

  /** The editions whose results the caller may record: all for administrators. */
  public List<Edition> editions() {
    if (access.isAdmin()) {
      return em.createNamedQuery(Edition.ALL, Edition.class).getResultList();
    }
    return access.editionsTaught();
  }

  /** The grid of an edition the caller may record for; otherwise not found. */
  public Grid grid(long editionId) {
    Edition edition = recordable(editionId);
    List<CourseModule> modules =
        em.createQuery(
                "select m from CourseModule m where m.programme = :programme and m.mandatory = true"
                    + " order by m.code",
                CourseModule.class)
            .setParameter("programme", edition.getProgramme())
            .getResultList();
    Map<Long, Map<Long, Mark>> marks = new HashMap<>();
    Map<Long, Map<Long, Long>> versions = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.enrolment.id, r.module.id, r.passed, r.version from ModuleResult r"
                    + " where r.enrolment.edition = :edition",
                Object[].class)
            .setParameter("edition", edition)
            .getResultList()) {
      marks
          .computeIfAbsent((Long) row[0], id -> new HashMap<>())
          .put((Long) row[1], Boolean.TRUE.equals(row[2]) ? Mark.PASSED : Mark.NOT_PASSED);
      versions
          .computeIfAbsent((Long) row[0], id -> new HashMap<>())
          .put((Long) row[1], ((Number) row[3]).longValue());
    }
    for (Object[] row :
        em.createQuery(
                "select w.enrolment.id, w.module.id from Waiver w"
                    + " where w.enrolment.edition = :edition and w.status = :approved",
                Object[].class)
            .setParameter("edition", edition)
            .setParameter("approved", WaiverStatus.APPROVED)
            .getResultList()) {
      marks.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1], Mark.WAIVED);
    }
    List<Row> rows = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select e.id, p.givenName, p.familyName from Enrolment e join e.person p"
                    + " where e.edition = :edition and e.status <> :withdrawn"
                    + " order by p.familyName, p.givenName, e.id",
                Object[].class)
            .setParameter("edition", edition)
            .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN)
            .getResultList()) {
      long id = (Long) row[0];
      rows.add(
          new Row(
              id,
              row[1] + " " + row[2],
              marks.getOrDefault(id, Map.of()),
              versions.getOrDefault(id, Map.of())));
    }
    return new Grid(edition, modules, rows);
  }

  /**
   * Records passed or not passed, unless someone recorded this cell since the caller saw it at
   * {@code versionSeen} ({@link #NOT_RECORDED} for an empty cell).
   */
  public Recorded record(long enrolmentId, long moduleId, boolean passed, long versionSeen) {
    Enrolment enrolment =
        Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
            .orElseThrow(NotFoundException::new);
    recordable(enrolment.getEdition().getId());
    CourseModule module =
        Optional.ofNullable(em.find(CourseModule.class, moduleId))
            .filter(m -> m.getProgramme().equals(enrolment.getEdition().getProgramme()))
            .orElseThrow(NotFoundException::new);
    ModuleResult result =
        em.createQuery(
                "select r from ModuleResult r where r.enrolment = :enrolment and r.module = :module",
                ModuleResult.class)
            .setParameter("enrolment", enrolment)
            .setParameter("module", module)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (result == null) {
      if (versionSeen != NOT_RECORDED) {
        throw new ConcurrentChangeException();
      }
      result = new ModuleResult(enrolment, module);
      result.record(passed, callers.username(), clock.instant());
      em.persist(result);
    } else {
      OptimisticLocks.check(result, versionSeen);
      result.record(passed, callers.username(), clock.instant());
    }
    // The new version exists only once written; the page needs it for the next click.
    em.flush();
    if (passed) {
      progressChanged.fire(new ProgressChanged(enrolmentId));
    }
    return new Recorded(passed ? Mark.PASSED : Mark.NOT_PASSED, result.getVersion());
  }

  /** The edition, when the caller is an administrator or currently teaches in it. */
  private Edition recordable(long editionId) {
    Edition edition =
        Optional.ofNullable(em.find(Edition.class, editionId)).orElseThrow(NotFoundException::new);
    if (access.isAdmin()) {
      return edition;
    }
    if (!access.teachesIn(edition)) {
      throw new NotFoundException();
    }
    return edition;
  }
}
