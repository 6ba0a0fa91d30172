package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.AdmissionService;
import org.mentora.course.Application;
import org.mentora.course.ApplicationForm;
import org.mentora.course.Edition;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Organisation;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.FacesMessages;

/** Editions open for applications, the application form, and the caller's applications. */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdmissionService admission;
  @Inject DirectoryService directory;

  private List<Edition> open;
  private List<Application> mine;
  private List<Organisation> organisations;
  private Long editionId;
  private ApplicationForm form = new ApplicationForm();

  public void load() {
    open = admission.openToMe();
    mine = admission.myApplications();
    organisations = directory.allOrganisations();
    if (editionId == null && !open.isEmpty()) {
      editionId = open.get(0).getId();
    }
  }

  public void apply() {
    if (editionId == null) {
      FacesMessages.errorOn("apply:edition", "apply.edition.required");
      return;
    }
    try {
      admission.apply(editionId, form);
      form = new ApplicationForm();
      open = admission.openToMe();
      mine = admission.myApplications();
      FacesMessages.info("apply.sent");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "apply");
    }
  }

  public void withdraw(Application application) {
    try {
      admission.withdrawApplication(application.getId());
      mine = admission.myApplications();
      FacesMessages.info("apply.withdrawn");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
    }
  }

  public List<Edition> getOpen() {
    return open;
  }

  public List<Application> getMine() {
    return mine;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }

  public ApplicationForm getForm() {
    return form;
  }
}
