package org.mentora.report.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mentora.platform.NotFoundException;
import org.mentora.report.TraineeDashboard;
import org.mentora.report.TraineeDashboards;

/**
 * The trainee home's "what to do next" panel. Request-scoped, so the home keeps no state: showing
 * it adds no view state and no view map to the session, which is replicated with all it holds.
 */
@Named
@RequestScoped
public class NextStepsPart {

  @Inject TraineeDashboards traineeDashboards;

  private boolean read;
  private TraineeDashboard dashboard;

  /** The participant's dashboard for their current enrolment, or null when there is none. */
  public TraineeDashboard getDashboard() {
    if (!read) {
      read = true;
      try {
        dashboard = traineeDashboards.traineeDashboard(null).orElse(null);
      } catch (NotFoundException | EJBAccessException e) {
        dashboard = null;
      }
    }
    return dashboard;
  }
}
