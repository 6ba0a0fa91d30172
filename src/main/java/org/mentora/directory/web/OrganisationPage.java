package org.mentora.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Organisation;
import org.mentora.directory.OrganisationKind;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/**
 * Creates or edits one organisation. A duplicate name in the same country is named next to the
 * name; when another administrator saved the organisation meanwhile, says so and keeps what was
 * typed until the user asks for the latest version.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DirectoryService directory;

  private Long id;
  private Organisation organisation;

  public void load() {
    if (id == null) {
      organisation = new Organisation();
      return;
    }
    try {
      organisation = directory.organisation(id);
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  public void save() {
    boolean created = id == null;
    try {
      organisation = directory.saveOrganisation(organisation);
      id = organisation.getId();
      FacesMessages.info("general.saved");
      if (created) {
        FacesMessages.keepForRedirect();
        Pages.redirect("/directory/organisation.xhtml?id=" + id);
      }
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "organisation");
    }
  }

  /** Discards what was typed and shows the organisation as saved now. */
  public void reload() {
    load();
  }

  public OrganisationKind[] getKinds() {
    return OrganisationKind.values();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }
}
