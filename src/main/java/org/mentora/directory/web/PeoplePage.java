package org.mentora.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Person;
import org.mentora.platform.web.ServiceLazyModel;

/** Everyone in the directory, paged, sorted and filtered by the database. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DirectoryService directory;

  private ServiceLazyModel<Person> model;

  @PostConstruct
  void init() {
    model = new ServiceLazyModel<>(directory::searchPeople, row -> row.getId().toString());
  }

  public ServiceLazyModel<Person> getModel() {
    return model;
  }
}
