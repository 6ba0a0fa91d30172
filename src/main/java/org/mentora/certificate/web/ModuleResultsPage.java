package org.mentora.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.certificate.ModuleResultService;
import org.mentora.certificate.ModuleResultService.Mark;
import org.mentora.certificate.ModuleResultService.Recorded;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.primefaces.PrimeFaces;

/**
 * Participants × mandatory modules of an edition: one click marks a module passed or not passed;
 * waived modules show as waived. For the edition's trainers and administrators. A cell someone else
 * recorded since the grid was loaded is refused and the grid shows their results.
 */
@Named
@ViewScoped
public class ModuleResultsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModuleResultService results;

  private Long editionId;
  private ModuleResultService.Grid grid;
  private final Map<String, Recorded> changed = new HashMap<>();

  public void load() {
    if (editionId == null) {
      return;
    }
    try {
      grid = results.grid(editionId);
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  public List<Edition> getEditions() {
    return results.editions();
  }

  public Mark mark(ModuleResultService.Row row, CourseModule module) {
    Recorded recorded = changed.get(key(row, module));
    return recorded != null ? recorded.mark() : row.mark(module.getId());
  }

  private long version(ModuleResultService.Row row, CourseModule module) {
    Recorded recorded = changed.get(key(row, module));
    return recorded != null ? recorded.version() : row.version(module.getId());
  }

  private static String key(ModuleResultService.Row row, CourseModule module) {
    return row.enrolmentId() + ":" + module.getId();
  }

  /** Not yet marked or not passed becomes passed; passed becomes not passed. */
  public void toggle(ModuleResultService.Row row, CourseModule module) {
    Mark now = mark(row, module);
    if (now == Mark.WAIVED) {
      return;
    }
    try {
      changed.put(
          key(row, module),
          results.record(
              row.enrolmentId(), module.getId(), now != Mark.PASSED, version(row, module)));
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
      changed.clear();
      grid = results.grid(editionId);
      PrimeFaces.current().ajax().update("results");
    }
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }

  public ModuleResultService.Grid getGrid() {
    return grid;
  }

  public Edition getEdition() {
    return grid == null ? null : grid.edition();
  }
}
