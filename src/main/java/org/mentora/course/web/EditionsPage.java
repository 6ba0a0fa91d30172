package org.mentora.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.platform.web.ServiceLazyModel;

/** All editions, paged and filtered by the database. */
@Named
@ViewScoped
public class EditionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EditionService editions;

  private ServiceLazyModel<Edition> model;

  @PostConstruct
  void init() {
    model = new ServiceLazyModel<>(editions::searchEditions, edition -> edition.getId().toString());
  }

  public ServiceLazyModel<Edition> getModel() {
    return model;
  }
}
