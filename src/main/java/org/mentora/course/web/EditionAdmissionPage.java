package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.AdmissionService;
import org.mentora.course.AdmissionService.RankedApplication;
import org.mentora.course.ApplicationForm;
import org.mentora.course.ApplicationStatus;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Organisation;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.primefaces.PrimeFaces;

/** Candidates ranked by the edition's rule; accept, reject or wait-list each. */
@Named
@ViewScoped
public class EditionAdmissionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EditionService editions;
  @Inject AdmissionService admission;
  @Inject DirectoryService directory;

  private Long id;
  private Edition edition;
  private long enrolled;
  private List<RankedApplication> ranked;
  private List<Organisation> organisations;
  private RankedApplication selected;
  private String note;
  private Person candidate;
  private ApplicationForm form = new ApplicationForm();

  public void load() {
    try {
      edition = editions.edition(id);
    } catch (NotFoundException | NullPointerException e) {
      Pages.notFound();
      return;
    }
    organisations = directory.allOrganisations();
    refresh();
  }

  private void refresh() {
    ranked = admission.ranked(id);
    enrolled = editions.activeEnrolments(id);
  }

  public void select(RankedApplication application) {
    if (selected == null || !selected.getId().equals(application.getId())) {
      // A note typed for this candidate before a refused decision stays.
      note = null;
    }
    selected = application;
  }

  public void accept() {
    decide(ApplicationStatus.ACCEPTED, "admission.accepted");
  }

  public void reject() {
    decide(ApplicationStatus.REJECTED, "admission.rejected");
  }

  public void waitlist() {
    decide(ApplicationStatus.WAITLISTED, "admission.waitlisted");
  }

  private void decide(ApplicationStatus decision, String doneKey) {
    try {
      admission.decide(selected.getId(), selected.application().getVersion(), decision, note);
      refresh();
      PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
      FacesMessages.info(doneKey, selected.application().getPerson().getFullName());
      note = null;
    } catch (ConcurrentChangeException e) {
      // The note stays in the dialog; the list behind it now shows the other decision, and
      // choosing the candidate there again decides on what is now saved.
      FacesMessages.error("error.concurrentChange");
      refresh();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "decisionForm");
      refresh();
    }
  }

  public List<Person> completePeople(String text) {
    return directory.findPeople(text, 15);
  }

  public void record() {
    if (candidate == null) {
      FacesMessages.errorOn("recordForm:candidate", "staff.person.required");
      return;
    }
    try {
      admission.recordApplication(id, candidate.getId(), form);
      candidate = null;
      form = new ApplicationForm();
      refresh();
      FacesMessages.info("admission.recorded");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "recordForm");
    }
  }

  public long getPlacesLeft() {
    return Math.max(0, edition.getCapacity() - enrolled);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Edition getEdition() {
    return edition;
  }

  public long getEnrolled() {
    return enrolled;
  }

  public List<RankedApplication> getRanked() {
    return ranked;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public RankedApplication getSelected() {
    return selected;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Person getCandidate() {
    return candidate;
  }

  public void setCandidate(Person candidate) {
    this.candidate = candidate;
  }

  public ApplicationForm getForm() {
    return form;
  }
}
