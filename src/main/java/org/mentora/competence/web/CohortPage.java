package org.mentora.competence.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.mentora.competence.Cohort;
import org.mentora.competence.CompetenceOverview;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.Pages;

/** The administrator's heat-map of an edition: competences × participants. */
@Named
@ViewScoped
public class CohortPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CompetenceOverview overview;

  private Long edition;
  private Cohort cohort;
  private String chart;

  public void load() {
    if (edition == null) {
      Pages.notFound();
      return;
    }
    try {
      cohort = overview.cohort(edition);
      chart = CompetenceChart.cohort(cohort);
    } catch (NotFoundException | EJBAccessException e) {
      Pages.notFound();
    }
  }

  public Long getEdition() {
    return edition;
  }

  public void setEdition(Long edition) {
    this.edition = edition;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public String getChart() {
    return chart;
  }
}
