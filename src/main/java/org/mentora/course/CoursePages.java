package org.mentora.course;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/** Who may open the course pages. Services check again, including ownership. */
@ApplicationScoped
public class CoursePages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(
        PageRule.of("/course/*", Role.ADMIN),
        PageRule.of("/course/my-course.xhtml", Role.PARTICIPANT),
        PageRule.of("/course/apply.xhtml", Role.PARTICIPANT, Role.MENTOR),
        PageRule.of("/course/my-participants.xhtml", Role.MENTOR, Role.TUTOR, Role.TRAINER),
        PageRule.anyRole("/course/participant.xhtml"));
  }
}
