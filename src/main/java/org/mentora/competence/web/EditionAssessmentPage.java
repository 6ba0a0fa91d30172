package org.mentora.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.mentora.competence.AssessmentMoment;
import org.mentora.competence.AssessmentSettingsForm;
import org.mentora.competence.CompetenceSetupService;
import org.mentora.competence.CountingRule;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/** An edition's assessment settings: which rating counts, and when each moment is open. */
@Named
@ViewScoped
public class EditionAssessmentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CompetenceSetupService setup;
  @Inject EditionService editions;

  private Long editionId;
  private Edition edition;
  private AssessmentSettingsForm form;

  public void load() {
    if (editionId == null) {
      Pages.notFound();
      return;
    }
    try {
      edition = editions.edition(editionId);
      form = setup.assessmentSettings(editionId);
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  public void save() {
    try {
      form = setup.saveAssessmentSettings(editionId, form);
      FacesMessages.info("general.saved");
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "settings");
    }
  }

  public void reload() {
    form = setup.assessmentSettings(editionId);
  }

  /** The moments in course order; fixed, so the page can build one block per moment. */
  public AssessmentMoment[] getMoments() {
    return AssessmentMoment.values();
  }

  public CountingRule[] getRules() {
    return CountingRule.values();
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }

  public Edition getEdition() {
    return edition;
  }

  public AssessmentSettingsForm getForm() {
    return form;
  }
}
