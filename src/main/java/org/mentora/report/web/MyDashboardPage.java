package org.mentora.report.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.mentora.certificate.Eligibility;
import org.mentora.certificate.EligibilityService;
import org.mentora.certificate.Shortfall;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.mentora.report.TraineeDashboard;
import org.mentora.report.TraineeDashboards;

/** The participant's dashboard: where they stand and what to do next. */
@Named
@ViewScoped
public class MyDashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TraineeDashboards traineeDashboards;
  @Inject EligibilityService eligibility;

  private Long enrolment;
  // Read again when missing (after the view moved to another node) rather than replicated: the
  // data grid reads and writes the session on every request, and each open view of this page kept
  // 7 KB of figures there (issue 17, item 4).
  private transient boolean read;
  private transient TraineeDashboard dashboard;
  private transient Eligibility certificate;

  public void load() {
    read = true;
    try {
      dashboard = traineeDashboards.traineeDashboard(enrolment).orElse(null);
    } catch (NotFoundException | EJBAccessException e) {
      Pages.notFound();
    }
  }

  /**
   * Where the participant stands against the completion rules and whether they hold a certificate:
   * read when the page's deferred panel asks for it, after the dashboard is on screen.
   */
  public Eligibility getCertificate() {
    if (certificate == null && getDashboard() != null) {
      certificate = eligibility.of(dashboard.enrolmentId());
    }
    return certificate;
  }

  /** A missing requirement in the reader's language. */
  public String shortfall(Shortfall shortfall) {
    return FacesMessages.text(shortfall.key(), shortfall.args(FacesMessages.locale()));
  }

  public Long getEnrolment() {
    return enrolment;
  }

  public void setEnrolment(Long enrolment) {
    this.enrolment = enrolment;
  }

  public TraineeDashboard getDashboard() {
    if (!read) {
      load();
    }
    return dashboard;
  }
}
