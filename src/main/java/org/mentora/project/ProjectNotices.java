package org.mentora.project;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mentora.course.CourseAccess;
import org.mentora.course.Enrolment;
import org.mentora.directory.Person;
import org.mentora.notification.Notice;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.Notifier;

/**
 * What the project room tells people: the other side of an idea hears that it moved (submitted: the
 * mentor and tutor; changes asked, approved, completion confirmed: the participant) and that
 * someone wrote in its feedback thread. Nobody is told of what they did themselves. Runs in the
 * caller's transaction.
 */
@Dependent
class ProjectNotices {

  static final String MY_PROJECT = "/project/my-project.xhtml";

  @Inject CourseAccess access;
  @Inject Notifier notifier;

  /** Arguments: the idea's title, who moved it, the comment (may be empty). */
  void moved(ProjectIdea idea, ProjectStatus to, Person mover, String comment) {
    tell(idea, mover, NotificationKind.PROJECT_MOVED, "notification.project." + to.name(), comment);
  }

  /** Arguments: the idea's title, who wrote, what they wrote. */
  void feedback(ProjectIdea idea, Person author, String text) {
    tell(idea, author, NotificationKind.PROJECT_FEEDBACK, "notification.project.feedback", text);
  }

  /**
   * Who takes part in an idea, each with the page they open it on: the participant (their project
   * page) and, with {@code staff}, their mentor and tutor (the idea's page); by person id.
   */
  Map<Long, String> sides(ProjectIdea idea, boolean staff) {
    Enrolment enrolment = idea.getEnrolment();
    Map<Long, String> recipients = new LinkedHashMap<>();
    recipients.put(enrolment.getPerson().getId(), MY_PROJECT);
    if (staff) {
      String staffPage = "/project/idea.xhtml?id=" + idea.getId();
      access.mentorOf(enrolment).ifPresent(p -> recipients.putIfAbsent(p.getId(), staffPage));
      access.tutorOf(enrolment).ifPresent(p -> recipients.putIfAbsent(p.getId(), staffPage));
    }
    return recipients;
  }

  private void tell(
      ProjectIdea idea, Person actor, NotificationKind kind, String textKey, String words) {
    Map<Long, String> recipients = sides(idea, true);
    recipients.remove(actor.getId());
    recipients.forEach(
        (personId, link) ->
            notifier.tell(
                new Notice(
                    personId,
                    kind,
                    textKey,
                    Arrays.asList(
                        idea.getTitle(), actor.getFullName(), words == null ? "" : words.strip()),
                    link,
                    null)));
  }
}
