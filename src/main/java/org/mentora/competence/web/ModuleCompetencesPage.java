package org.mentora.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentora.competence.CompetenceSetupService;
import org.mentora.competence.FrameworkService;
import org.mentora.competence.ModuleCompetence;
import org.mentora.course.CourseModule;
import org.mentora.course.Programme;
import org.mentora.course.ProgrammeService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/**
 * The competences each module of a programme develops, with the level it aims at: add one to a
 * module, change a level in place, remove one. Every module is listed, mapped or not.
 */
@Named
@ViewScoped
public class ModuleCompetencesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CompetenceSetupService setup;
  @Inject FrameworkService frameworks;
  @Inject ProgrammeService programmes;

  /** One module and what it develops. */
  public record ModuleRows(CourseModule module, List<SetupRow> rows) implements Serializable {
    public CourseModule getModule() {
      return module;
    }

    public List<SetupRow> getRows() {
      return rows;
    }
  }

  private Long programmeId;
  private Programme programme;
  private List<CourseModule> moduleList;
  private CompetenceChoices choices;
  private List<ModuleRows> modules;
  private Long moduleId;
  private Long competenceId;
  private Integer level;

  public void load() {
    if (programmeId == null) {
      Pages.notFound();
      return;
    }
    try {
      programme = programmes.programme(programmeId);
    } catch (NotFoundException e) {
      Pages.notFound();
      return;
    }
    moduleList = programmes.modules(programmeId);
    choices = new CompetenceChoices(frameworks.currentCompetences(), frameworks.allLevels());
    refresh();
  }

  private void refresh() {
    Map<Long, ModuleRows> byModule = new LinkedHashMap<>();
    moduleList.forEach(m -> byModule.put(m.getId(), new ModuleRows(m, new ArrayList<>())));
    for (ModuleCompetence m : setup.moduleCompetences(programmeId)) {
      ModuleRows rows = byModule.get(m.getModule().getId());
      if (rows != null) {
        rows.rows()
            .add(new SetupRow(m.getId(), m.getVersion(), m.getCompetence(), m.getAimedLevel()));
      }
    }
    modules = List.copyOf(byModule.values());
  }

  public void add() {
    if (moduleId == null) {
      FacesMessages.errorOn("add:module", "moduleMapping.module.required");
      return;
    }
    try {
      setup.addModuleCompetence(moduleId, competenceId, level);
      FacesMessages.info("moduleMapping.added");
      competenceId = null;
      level = null;
      refresh();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "add");
    }
  }

  public void change(SetupRow row) {
    try {
      ModuleCompetence saved =
          setup.changeModuleCompetence(row.getId(), row.getVersion(), row.getLevel());
      row.setVersion(saved.getVersion());
      FacesMessages.info("general.saved");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
      refresh();
    }
  }

  public void remove(SetupRow row) {
    try {
      setup.removeModuleCompetence(row.getId(), row.getVersion());
      FacesMessages.info("moduleMapping.removed", row.getCode());
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
    }
    refresh();
  }

  public void competenceChanged() {
    level = null;
  }

  public CompetenceChoices getChoices() {
    return choices;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public Programme getProgramme() {
    return programme;
  }

  public List<CourseModule> getModuleList() {
    return moduleList;
  }

  public List<ModuleRows> getModules() {
    return modules;
  }

  public Long getModuleId() {
    return moduleId;
  }

  public void setModuleId(Long moduleId) {
    this.moduleId = moduleId;
  }

  public Long getCompetenceId() {
    return competenceId;
  }

  public void setCompetenceId(Long competenceId) {
    this.competenceId = competenceId;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }
}
