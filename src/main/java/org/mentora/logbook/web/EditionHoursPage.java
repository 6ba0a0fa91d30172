package org.mentora.logbook.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;

/**
 * The administrator's page for an edition's hours: pick the edition, download CSV or XLSX. The
 * files come from the export servlet, which asks {@code LogbookExport} (administrators only).
 */
@Named
@ViewScoped
public class EditionHoursPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EditionService editionService;

  private List<Edition> editions = List.of();
  private Long editionId;

  public void load() {
    editions = editionService.editions();
  }

  public List<Edition> getEditions() {
    return editions;
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }
}
