package org.mentora.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.mentora.platform.web.FacesMessages;
import org.mentora.report.AtRiskRule;
import org.mentora.report.ParticipantRow;
import org.mentora.report.StaffDashboard;
import org.mentora.report.StaffDashboards;

/** A mentor's, tutor's or trainer's participants: waiting hours, last activity, who is at risk. */
@Named
@ViewScoped
public class StaffDashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffDashboards staffDashboards;

  private StaffDashboard dashboard;

  public void load() {
    dashboard = staffDashboards.staffDashboard();
  }

  public StaffDashboard getDashboard() {
    return dashboard;
  }

  /** The reasons a participant is at risk, in the reader's language; empty when not at risk. */
  public String risk(ParticipantRow row) {
    return risk(row, dashboard.inactiveDays());
  }

  static String risk(ParticipantRow row, int inactiveDays) {
    return row.risk().stream()
        .sorted()
        .map(
            r ->
                r == AtRiskRule.Reason.INACTIVE
                    ? FacesMessages.text(r.labelKey(), inactiveDays)
                    : FacesMessages.text(r.labelKey()))
        .collect(Collectors.joining(", "));
  }
}
