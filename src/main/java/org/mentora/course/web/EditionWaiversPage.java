package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.course.Waiver;
import org.mentora.course.WaiverService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.primefaces.PrimeFaces;

/** Requests to waive modules for prior learning: look at the evidence, approve or refuse. */
@Named
@ViewScoped
public class EditionWaiversPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EditionService editions;
  @Inject WaiverService waivers;

  private Long id;
  private Edition edition;
  private List<Waiver> list;
  private Waiver selected;
  private String reason;

  public void load() {
    try {
      edition = editions.edition(id);
    } catch (NotFoundException | NullPointerException e) {
      Pages.notFound();
      return;
    }
    list = waivers.forEdition(id);
  }

  public void select(Waiver waiver) {
    selected = waiver;
    reason = null;
  }

  public void approve() {
    decide(true, "waiver.approved");
  }

  public void refuse() {
    decide(false, "waiver.refused");
  }

  private void decide(boolean approve, String doneKey) {
    try {
      waivers.decide(selected.getId(), approve, reason);
      list = waivers.forEdition(id);
      PrimeFaces.current().executeScript("PF('waiverDialog').hide()");
      FacesMessages.info(doneKey);
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "waiverForm");
    }
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

  public List<Waiver> getList() {
    return list;
  }

  public Waiver getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
