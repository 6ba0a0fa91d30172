package org.mentora.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/** Who may open the logbook pages. The service checks again, including whose entries they are. */
@ApplicationScoped
public class LogbookPages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(
        PageRule.of("/logbook/my-logbook.xhtml", Role.PARTICIPANT),
        PageRule.of("/logbook/review.xhtml", Role.MENTOR, Role.TUTOR, Role.TRAINER, Role.ADMIN),
        PageRule.of("/logbook/edition-hours.xhtml", Role.ADMIN),
        PageRule.of("/logbook/attendance.xhtml", Role.TRAINER, Role.ADMIN),
        PageRule.of("/logbook/edition-rules.xhtml", Role.ADMIN));
  }
}
