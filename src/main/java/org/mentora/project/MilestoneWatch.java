package org.mentora.project;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mentora.course.Enrolment;
import org.mentora.course.EnrolmentStatus;
import org.mentora.notification.DailyWatch;
import org.mentora.notification.Notice;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.Notifier;

/**
 * Milestones of ideas still under way, not yet done: the participant hears {@value #DAYS_AHEAD}
 * days before one is due, and once it is overdue the participant, their mentor and their tutor hear
 * it. Each once per milestone and due date (a milestone moved to a later date is told of again).
 */
@Stateless
public class MilestoneWatch implements DailyWatch {

  /** How many days before its due date a milestone is announced. */
  public static final int DAYS_AHEAD = 3;

  @PersistenceContext EntityManager em;
  @Inject ProjectNotices notices;
  @Inject Notifier notifier;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int watch(LocalDate today) {
    List<Milestone> milestones =
        em.createQuery(
                "select m from Milestone m join m.idea i join i.enrolment e"
                    + " where m.percentDone < 100 and m.dueDate <= :soon"
                    + " and i.status not in :over and e.status = :active"
                    + " order by m.dueDate, m.id",
                Milestone.class)
            .setParameter("soon", today.plusDays(DAYS_AHEAD))
            .setParameter("over", List.of(ProjectStatus.COMPLETED, ProjectStatus.WITHDRAWN))
            .setParameter("active", EnrolmentStatus.ACTIVE)
            .getResultList();
    int told = 0;
    for (Milestone milestone : milestones) {
      boolean overdue = milestone.getDueDate().isBefore(today);
      ProjectIdea idea = milestone.getIdea();
      Enrolment enrolment = idea.getEnrolment();
      Map<Long, String> recipients = notices.sides(idea, overdue);
      String state = overdue ? "overdue" : "due";
      for (Map.Entry<Long, String> recipient : recipients.entrySet()) {
        boolean own = recipient.getKey().equals(enrolment.getPerson().getId());
        Notice notice =
            new Notice(
                recipient.getKey(),
                NotificationKind.MILESTONE_DUE,
                "notification.milestone." + state + (own ? "" : ".staff"),
                List.of(
                    milestone.getTitle(),
                    milestone.getDueDate(),
                    idea.getTitle(),
                    enrolment.getPerson().getFullName()),
                recipient.getValue(),
                "milestone-" + state + ":" + milestone.getId() + ":" + milestone.getDueDate());
        if (notifier.tellOnce(notice, Instant.EPOCH)) {
          told++;
        }
      }
    }
    return told;
  }
}
