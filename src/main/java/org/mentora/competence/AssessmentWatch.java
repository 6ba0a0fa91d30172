package org.mentora.competence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mentora.course.Enrolment;
import org.mentora.course.EnrolmentStatus;
import org.mentora.notification.DailyWatch;
import org.mentora.notification.Notice;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.Notifier;

/**
 * A self-assessment window that opened (within the last {@value #RECENT_DAYS} days, so a first run
 * does not announce windows open for months) and is still open: each active participant of the
 * edition who has not yet assessed themselves at that moment hears it once, with the day it closes.
 */
@Stateless
public class AssessmentWatch implements DailyWatch {

  /** How long after it opened a window is still announced (the watch missed a day). */
  public static final int RECENT_DAYS = 7;

  @PersistenceContext EntityManager em;
  @Inject Notifier notifier;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int watch(LocalDate today) {
    List<AssessmentWindow> windows =
        em.createQuery(
                "select w from AssessmentWindow w where w.enabled = true"
                    + " and w.opensOn <= :today and w.opensOn >= :recent"
                    + " and (w.closesOn is null or w.closesOn >= :today)"
                    + " order by w.opensOn, w.id",
                AssessmentWindow.class)
            .setParameter("today", today)
            .setParameter("recent", today.minusDays(RECENT_DAYS))
            .getResultList();
    int told = 0;
    for (AssessmentWindow window : windows) {
      Set<Long> done =
          new HashSet<>(
              em.createQuery(
                      "select distinct r.enrolment.id from Rating r"
                          + " where r.enrolment.edition = :edition and r.moment = :moment"
                          + " and r.assessorRole = :self",
                      Long.class)
                  .setParameter("edition", window.getEdition())
                  .setParameter("moment", window.getMoment())
                  .setParameter("self", AssessorRole.SELF)
                  .getResultList());
      List<Enrolment> enrolments =
          em.createQuery(
                  "select e from Enrolment e join fetch e.person"
                      + " where e.edition = :edition and e.status = :active order by e.id",
                  Enrolment.class)
              .setParameter("edition", window.getEdition())
              .setParameter("active", EnrolmentStatus.ACTIVE)
              .getResultList();
      for (Enrolment enrolment : enrolments) {
        if (done.contains(enrolment.getId())) {
          continue;
        }
        Notice notice =
            new Notice(
                enrolment.getPerson().getId(),
                NotificationKind.ASSESSMENT_OPEN,
                "notification.assessment."
                    + window.getMoment().name()
                    + (window.getClosesOn() == null ? ".open" : ""),
                window.getClosesOn() == null
                    ? List.of(window.getEdition().getTitle())
                    : List.of(window.getEdition().getTitle(), window.getClosesOn()),
                "/competence/profile.xhtml",
                "assessment:" + window.getId() + ":" + window.getOpensOn());
        if (notifier.tellOnce(notice, Instant.EPOCH)) {
          told++;
        }
      }
    }
    return told;
  }
}
