package org.mentora.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Organisation;
import org.mentora.directory.OrganisationKind;
import org.mentora.platform.web.ServiceLazyModel;

/** All organisations, paged, sorted and filtered by the database, so ten thousand stay quick. */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DirectoryService directory;

  private ServiceLazyModel<Organisation> model;

  @PostConstruct
  void init() {
    model = new ServiceLazyModel<>(directory::searchOrganisations, row -> row.getId().toString());
  }

  public ServiceLazyModel<Organisation> getModel() {
    return model;
  }

  public OrganisationKind[] getKinds() {
    return OrganisationKind.values();
  }
}
