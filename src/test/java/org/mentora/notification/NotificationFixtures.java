package org.mentora.notification;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mentora.competence.AssessmentMoment;
import org.mentora.competence.AssessmentWindow;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.directory.Person;
import org.mentora.project.Milestone;
import org.mentora.project.ProjectIdea;

/** NotificationIT's direct look at the tables, and a person's language set for a test. */
@Stateless
public class NotificationFixtures {

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject Notifier notifier;

  public void language(long personId, String language) {
    em.find(Person.class, personId).setPreferredLanguage(language);
  }

  public String address(long personId) {
    return em.find(Person.class, personId).getEmail();
  }

  public List<Notification> notifications(long personId) {
    return em.createQuery(
            "select n from Notification n where n.recipient.id = :p order by n.id",
            Notification.class)
        .setParameter("p", personId)
        .getResultList();
  }

  /** Mails about accounts (password links), which the scheduler never writes on its own. */
  public long accountMails() {
    return em.createQuery(
            "select count(m) from OutboxMail m where m.purpose = :account", Long.class)
        .setParameter("account", MailPurpose.ACCOUNT)
        .getSingleResult();
  }

  /** Every password link of the person's account expires now. */
  public void expirePasswordLinks(long personId) {
    em.createNativeQuery(
            "UPDATE password_link SET expires_at = created_at WHERE account_id ="
                + " (SELECT id FROM account WHERE person_id = ?1)")
        .setParameter(1, personId)
        .executeUpdate();
  }

  public List<OutboxMail> mails(long personId) {
    return em.createQuery(
            "select m from OutboxMail m where m.recipient.id = :p order by m.id", OutboxMail.class)
        .setParameter("p", personId)
        .getResultList();
  }

  /** A project idea of the enrolment (a draft) with a milestone due on each date. */
  public void ideaWithMilestones(long enrolmentId, String title, LocalDate... dueDates) {
    Instant now = Instant.now();
    ProjectIdea idea = new ProjectIdea(em.find(Enrolment.class, enrolmentId), title, now);
    em.persist(idea);
    for (LocalDate due : dueDates) {
      em.persist(new Milestone(idea, "Step due " + due, due, now));
    }
  }

  /** The edition's self-assessment window for the moment, open between the two days. */
  public void window(long editionId, AssessmentMoment moment, LocalDate opens, LocalDate closes) {
    AssessmentWindow window = new AssessmentWindow(em.find(Edition.class, editionId), moment);
    window.setOpensOn(opens);
    window.setClosesOn(closes);
    em.persist(window);
  }

  /** Tells the person something to be mailed at once, as a capability would. */
  public void tellNow(long personId, String words) {
    notifier.tell(
        new Notice(
            personId,
            NotificationKind.PROJECT_FEEDBACK,
            "notification.project.feedback",
            List.of("Reading café", "Inese Liepiņa", words),
            "/project/my-project.xhtml",
            null));
  }
}
