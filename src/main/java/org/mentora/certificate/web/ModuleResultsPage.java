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
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.Pages;

/**
 * Participants × mandatory modules of an edition: one click marks a module passed or not passed;
 * waived modules show as waived. For the edition's trainers and administrators.
 */
@Named
@ViewScoped
public class ModuleResultsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModuleResultService results;

  private Long editionId;
  private ModuleResultService.Grid grid;
  private final Map<String, Mark> changed = new HashMap<>();

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
    Mark mark = changed.get(row.enrolmentId() + ":" + module.getId());
    return mark != null ? mark : row.mark(module.getId());
  }

  /** Not yet marked or not passed becomes passed; passed becomes not passed. */
  public void toggle(ModuleResultService.Row row, CourseModule module) {
    Mark now = mark(row, module);
    if (now == Mark.WAIVED) {
      return;
    }
    changed.put(
        row.enrolmentId() + ":" + module.getId(),
        results.record(row.enrolmentId(), module.getId(), now != Mark.PASSED));
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
