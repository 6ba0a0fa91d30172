package org.mentora.competence.demo;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mentora.competence.AssessmentMoment;
import org.mentora.competence.AssessorRole;
import org.mentora.competence.ProfileTarget;
import org.mentora.competence.Rating;
import org.mentora.course.Enrolment;
import org.mentora.course.StaffAssignment;
import org.mentora.course.StaffRole;
import org.mentora.directory.Person;
import org.mentora.directory.demo.PartnerPilots;
import org.mentora.platform.demo.SeedDemoWorld;

/**
 * Ratings in the pilot edition, so the mentor's list and the heat-map have something to show: each
 * participant assessed themselves at the start of the course and their mentor rated most
 * competences since. The demo trainee has only their own start-of-course self-assessment, so their
 * journey (assess, be rated) starts where a real one would. The partner editions are rated the same
 * way, their demo trainees (trainee-bg, trainee-el, trainee-it) like the demo trainee.
 */
@Stateless
public class AssessmentDemoData {

  private static final String PILOT = "LV-PILOT";
  private static final String TRAINEE_ACCOUNT = "trainee";
  private static final int SELF_DAYS_AFTER_START = 3;
  private static final int MENTOR_DAYS_AFTER_START = 40;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public void seed(@Observes @Priority(SeedDemoWorld.COMPETENCE + 10) SeedDemoWorld event) {
    seedEdition(PILOT, TRAINEE_ACCOUNT, new Random(2022));
    for (PartnerPilots.Pilot pilot : PartnerPilots.PILOTS) {
      String trainee = pilot.participants().get(0).username();
      seedEdition(pilot.code(), trainee, new Random(pilot.code().hashCode()));
    }
  }

  /**
   * Ratings in one edition; the participant with the given account (null: nobody) has only three
   * self-assessments, like the demo trainee.
   */
  private void seedEdition(String code, String traineeAccount, Random random) {
    List<Enrolment> enrolments =
        em.createQuery(
                "select e from Enrolment e join fetch e.person join fetch e.edition ed"
                    + " where ed.code = :code order by e.id",
                Enrolment.class)
            .setParameter("code", code)
            .getResultList();
    if (enrolments.isEmpty() || enrolments.get(0).getEdition().getJobProfile() == null) {
      return;
    }
    List<ProfileTarget> targets =
        em.createNamedQuery(ProfileTarget.OF_PROFILE, ProfileTarget.class)
            .setParameter("profile", enrolments.get(0).getEdition().getJobProfile())
            .getResultList();
    Map<Long, Person> mentors = new HashMap<>();
    em.createQuery(
            "select s from StaffAssignment s join fetch s.staff where s.endedAt is null"
                + " and s.role = :role and s.edition.code = :code",
            StaffAssignment.class)
        .setParameter("role", StaffRole.MENTOR)
        .setParameter("code", code)
        .getResultStream()
        .forEach(s -> mentors.put(s.getEnrolment().getId(), s.getStaff()));
    Long trainee =
        em.createQuery("select a.person.id from Account a where a.username = :username", Long.class)
            .setParameter("username", traineeAccount == null ? "" : traineeAccount)
            .getResultStream()
            .findFirst()
            .orElse(null);
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    LocalDate start = enrolments.get(0).getEdition().getStartDate();
    Instant selfAt = moment(start.plusDays(SELF_DAYS_AFTER_START), today, zone);
    Instant mentorAt = moment(start.plusDays(MENTOR_DAYS_AFTER_START), today, zone);
    for (Enrolment enrolment : enrolments) {
      boolean isTrainee = enrolment.getPerson().getId().equals(trainee);
      Person mentor = mentors.get(enrolment.getId());
      for (int i = 0; i < targets.size(); i++) {
        ProfileTarget target = targets.get(i);
        int self = clamp(target.getTargetLevel() - 2 + random.nextInt(3));
        if (isTrainee) {
          if (i >= 3 && i < 6) {
            em.persist(
                rating(enrolment, target, AssessorRole.SELF, enrolment.getPerson(), self, selfAt));
          }
          continue;
        }
        em.persist(
            rating(enrolment, target, AssessorRole.SELF, enrolment.getPerson(), self, selfAt));
        if (mentor != null && random.nextInt(4) > 0) {
          int level = clamp(target.getTargetLevel() - 1 + random.nextInt(3) - random.nextInt(2));
          em.persist(rating(enrolment, target, AssessorRole.MENTOR, mentor, level, mentorAt));
        }
      }
    }
  }

  private static Rating rating(
      Enrolment enrolment,
      ProfileTarget target,
      AssessorRole role,
      Person assessor,
      int level,
      Instant at) {
    return new Rating(
        enrolment,
        target.getCompetence(),
        role == AssessorRole.SELF ? AssessmentMoment.COURSE_START : AssessmentMoment.COURSE_END,
        role,
        assessor,
        level,
        null,
        at);
  }

  private static int clamp(int level) {
    return Math.max(1, Math.min(8, level));
  }

  /** Mid-morning of the day, never in the future. */
  private static Instant moment(LocalDate day, LocalDate today, ZoneId zone) {
    LocalDate when = day.isAfter(today) ? today : day;
    return when.atTime(10, 0).atZone(zone).toInstant();
  }
}
