package org.mentora.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/** Who may open the dashboards. The service checks again, including whose figures they are. */
@ApplicationScoped
public class ReportPages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(
        PageRule.of("/report/my-dashboard.xhtml", Role.PARTICIPANT),
        PageRule.of("/report/staff-dashboard.xhtml", Role.MENTOR, Role.TUTOR, Role.TRAINER),
        PageRule.of("/report/edition-dashboard.xhtml", Role.ADMIN));
  }
}
