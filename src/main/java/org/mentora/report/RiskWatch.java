package org.mentora.report;

import static org.mentora.report.ReportQueries.participantRows;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.course.CourseAccess;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.EnrolmentStatus;
import org.mentora.course.HourTargets;
import org.mentora.directory.Person;
import org.mentora.logbook.HoursQuery;
import org.mentora.notification.DailyWatch;
import org.mentora.notification.Notice;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.Notifier;

/**
 * Participants of running editions whom the dashboards flag ({@link AtRiskRule}): their mentor and
 * tutor hear it, at most once every {@value #REPEAT_DAYS} days while it lasts, with what it takes
 * to catch up ("Anna Bērziņa needs 60 h more in 9 days").
 */
@Stateless
public class RiskWatch implements DailyWatch {

  /** How often a mentor is reminded of one participant who stays at risk. */
  public static final int REPEAT_DAYS = 14;

  @PersistenceContext EntityManager em;
  @Inject CourseAccess access;
  @Inject HoursQuery hours;
  @Inject Notifier notifier;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mentora.report.inactive-days", defaultValue = "14")
  int inactiveDays;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int watch(LocalDate today) {
    List<Edition> running =
        em.createQuery(
                "select ed from Edition ed where ed.startDate <= :today and ed.endDate >= :today"
                    + " order by ed.id",
                Edition.class)
            .setParameter("today", today)
            .getResultList();
    Instant since = today.minusDays(REPEAT_DAYS - 1L).atStartOfDay(clock.getZone()).toInstant();
    int told = 0;
    for (Edition edition : running) {
      Set<Long> ids =
          new HashSet<>(
              em.createQuery(
                      "select e.id from Enrolment e where e.edition = :edition and e.status = :active",
                      Long.class)
                  .setParameter("edition", edition)
                  .setParameter("active", EnrolmentStatus.ACTIVE)
                  .getResultList());
      if (ids.isEmpty()) {
        continue;
      }
      HourTargets targets = edition.getTargets();
      long targetMinutes = (long) targets.getBlendedTotal() + targets.apartSum();
      long daysLeft = ChronoUnit.DAYS.between(today, edition.getEndDate()) + 1;
      for (ParticipantRow row :
          participantRows(
              em,
              clock,
              inactiveDays,
              "%s.edition_id = " + edition.getId(),
              hours.totalsOf(ids),
              null)) {
        if (!row.isAtRisk() || !ids.contains(row.enrolmentId())) {
          continue;
        }
        Enrolment enrolment = em.find(Enrolment.class, row.enrolmentId());
        List<Person> staff = new ArrayList<>();
        access.mentorOf(enrolment).ifPresent(staff::add);
        access.tutorOf(enrolment).filter(t -> !staff.contains(t)).ifPresent(staff::add);
        for (Person person : staff) {
          Notice notice = notice(person.getId(), row, targetMinutes, daysLeft, today);
          if (notifier.tellOnce(notice, since)) {
            told++;
          }
        }
      }
    }
    return told;
  }

  /** What one staff member is told of one flagged participant. */
  static Notice notice(
      long recipient, ParticipantRow row, long targetMinutes, long daysLeft, LocalDate today) {
    String link = "/course/participant.xhtml?id=" + row.enrolmentId();
    String key = "risk:" + row.enrolmentId();
    long missing = targetMinutes - row.getDoneMinutes() - row.getPendingMinutes();
    if (row.getRisk().contains(AtRiskRule.Reason.BEHIND_PACE) && missing > 0) {
      return new Notice(
          recipient,
          NotificationKind.AT_RISK,
          "notification.risk.behind",
          List.of(row.name(), hours(missing), daysLeft, hours(targetMinutes)),
          link,
          key);
    }
    if (row.lastLogged() == null) {
      return new Notice(
          recipient,
          NotificationKind.AT_RISK,
          "notification.risk.never",
          List.of(row.name()),
          link,
          key);
    }
    return new Notice(
        recipient,
        NotificationKind.AT_RISK,
        "notification.risk.inactive",
        List.of(row.name(), ChronoUnit.DAYS.between(row.lastLogged(), today)),
        link,
        key);
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }
}
