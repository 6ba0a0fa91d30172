package org.mentora.certificate.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.certificate.ModuleResult;
import org.mentora.course.CourseAccess;
import org.mentora.course.CourseModule;
import org.mentora.course.Enrolment;
import org.mentora.course.LearningMode;
import org.mentora.course.WaiverStatus;
import org.mentora.directory.Person;
import org.mentora.directory.demo.LatvianPilot;
import org.mentora.logbook.EntryAudit;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.HoursQuery;
import org.mentora.logbook.LogEntry;
import org.mentora.platform.demo.SeedDemoWorld;
import org.mentora.project.ProjectEvent;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectStatus;

/**
 * The certificate part of the demo world: the demo trainee has completed the Latvian pilot (enough
 * approved hours in every mode, a completed project, every mandatory module passed) so an
 * administrator can issue the first certificate; no certificate is issued. The other participants
 * have some module results and stay short of the rules, so the eligibility page shows reasons.
 */
@Stateless
public class CertificateDemoData {

  private static final String BY = "demo";

  /** Hours per day the top-up entries stay under, far below the daily cap. */
  private static final int DAY_MINUTES = 300;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject HoursQuery hours;
  @Inject CourseAccess access;

  public void seed(@Observes @Priority(SeedDemoWorld.CERTIFICATE) SeedDemoWorld event) {
    List<Enrolment> enrolments =
        em.createQuery(
                "select e from Enrolment e join fetch e.person where e.edition.code = 'LV-PILOT'"
                    + " order by e.enrolledAt, e.id",
                Enrolment.class)
            .getResultList();
    if (enrolments.isEmpty()) {
      return;
    }
    Enrolment trainee =
        em.createQuery(
                "select e from Enrolment e, Account a where a.person = e.person"
                    + " and a.username = :username and e.edition.code = 'LV-PILOT'",
                Enrolment.class)
            .setParameter("username", LatvianPilot.TRAINEE.username())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (trainee == null) {
      return;
    }
    List<CourseModule> modules =
        em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
            .setParameter("programme", trainee.getEdition().getProgramme())
            .getResultList();
    Person mentor = access.mentorOf(trainee).orElse(trainee.getPerson());
    Instant now = clock.instant();
    completeProject(trainee, mentor, now);
    topUpHours(trainee, modules, mentor);
    for (CourseModule module : modules) {
      if (module.isMandatory()) {
        result(trainee, module, true, now);
      }
    }
    // The others: the first few modules recorded, one not passed, so something is always missing.
    for (int i = 0; i < enrolments.size(); i++) {
      Enrolment other = enrolments.get(i);
      if (other.getId().equals(trainee.getId())) {
        continue;
      }
      for (int m = 0; m < Math.min(4, modules.size()); m++) {
        if (modules.get(m).isMandatory() && !waived(other, modules.get(m))) {
          result(other, modules.get(m), (i + m) % 5 != 0, now);
        }
      }
    }
  }

  /** A second project idea of the trainee, carried through to completed with its history. */
  private void completeProject(Enrolment trainee, Person mentor, Instant now) {
    Instant at = now.minus(80, ChronoUnit.DAYS);
    ProjectIdea idea = new ProjectIdea(trainee, "Digital skills café for seniors", at);
    idea.setProblem("Older readers are left behind as services move online.");
    idea.setObjectives(
        "A weekly café where volunteers teach e-services, safe browsing and video calls.");
    idea.setExpectedOutcomes("Thirty seniors confident with e-services.");
    idea.setTargetAudience("Readers over 65");
    idea.setActivities("Recruit volunteers, prepare handouts, run twelve sessions, evaluate.");
    idea.setTimeline("During work-based learning.");
    em.persist(idea);
    Person owner = trainee.getPerson();
    em.persist(new ProjectEvent(idea, owner, at, null, ProjectStatus.DRAFT, null));
    ProjectStatus[] path = {
      ProjectStatus.DRAFT,
      ProjectStatus.SUBMITTED,
      ProjectStatus.APPROVED,
      ProjectStatus.IN_IMPLEMENTATION,
      ProjectStatus.COMPLETED
    };
    for (int i = 1; i < path.length; i++) {
      at = at.plus(12, ChronoUnit.DAYS);
      Person actor =
          path[i] == ProjectStatus.SUBMITTED || path[i] == ProjectStatus.IN_IMPLEMENTATION
              ? owner
              : mentor;
      idea.moveTo(path[i], at);
      em.persist(new ProjectEvent(idea, actor, at, path[i - 1], path[i], null));
    }
  }

  /**
   * Approved entries on past days, at most five hours a day, until every mode reaches the edition's
   * target (counting what the logbook demo already approved and recognised waivers).
   */
  private void topUpHours(Enrolment trainee, List<CourseModule> modules, Person mentor) {
    HoursQuery.Sums sums = hours.of(trainee.getId());
    Map<LearningMode, Long> have = new HashMap<>(sums.approved());
    sums.recognised().forEach((mode, minutes) -> have.merge(mode, minutes, Long::sum));
    List<Need> needs = new ArrayList<>();
    for (LearningMode mode : trainee.getEdition().getProgramme().getModes()) {
      long missing = trainee.getEdition().getTargets().target(mode) - have.getOrDefault(mode, 0L);
      if (missing > 0) {
        needs.add(new Need(mode, module(modules, mode), missing));
      }
    }
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    LocalDate day = trainee.getEdition().getStartDate().plusDays(1);
    LocalDate lastApproved = today.minusDays(15);
    int n = 0;
    for (Need need : needs) {
      long left = need.minutes();
      while (left > 0) {
        if (day.isAfter(lastApproved)) {
          // The course started too recently for five hours a day: put the rest on the last day.
          day = lastApproved;
        }
        int minutes = (int) Math.min(DAY_MINUTES, left);
        Instant at = day.atTime(18, 0).atZone(zone).toInstant();
        LogEntry entry =
            LogEntry.recorded(
                trainee,
                day,
                need.mode(),
                need.module(),
                minutes,
                "Course work (" + (++n) + ")",
                mentor,
                EntryStatus.APPROVED,
                null,
                at);
        em.persist(entry);
        em.persist(new EntryAudit(entry, BY, at, null, EntryStatus.SUBMITTED, null));
        em.persist(
            new EntryAudit(
                entry,
                BY,
                at.plusSeconds(86_400),
                EntryStatus.SUBMITTED,
                EntryStatus.APPROVED,
                null));
        left -= minutes;
        day = day.plusDays(1);
      }
    }
  }

  private record Need(LearningMode mode, CourseModule module, long minutes) {}

  private static CourseModule module(List<CourseModule> modules, LearningMode mode) {
    return !mode.isModuleRequired()
        ? null
        : modules.stream().filter(m -> m.getLearningMode().equals(mode)).findFirst().orElse(null);
  }

  private boolean waived(Enrolment enrolment, CourseModule module) {
    return !em.createQuery(
            "select w.id from Waiver w where w.enrolment = :enrolment and w.module = :module"
                + " and w.status = :approved",
            Long.class)
        .setParameter("enrolment", enrolment)
        .setParameter("module", module)
        .setParameter("approved", WaiverStatus.APPROVED)
        .getResultList()
        .isEmpty();
  }

  private void result(Enrolment enrolment, CourseModule module, boolean passed, Instant now) {
    ModuleResult result = new ModuleResult(enrolment, module);
    result.record(passed, "trainer", now.minus(10, ChronoUnit.DAYS));
    em.persist(result);
  }
}
