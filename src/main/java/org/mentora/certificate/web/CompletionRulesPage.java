package org.mentora.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.certificate.CompletionRules;
import org.mentora.certificate.EligibilityService;
import org.mentora.certificate.ProjectRequirement;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.course.LearningMode;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/** An edition's completion rules: minimum hours (defaulting to its targets), project, modules. */
@Named
@ViewScoped
public class CompletionRulesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EligibilityService eligibility;
  @Inject EditionService editions;

  private Long editionId;
  private Edition edition;
  private final Map<String, Integer> minimums = new HashMap<>();
  private Integer total;
  private ProjectRequirement project;
  private boolean modulesRequired;
  private boolean competencesRequired;
  private long versionSeen;

  public void load() {
    if (editionId == null) {
      Pages.notFound();
      return;
    }
    try {
      edition = editions.edition(editionId);
    } catch (NotFoundException e) {
      Pages.notFound();
      return;
    }
    show(eligibility.rules(editionId));
    versionSeen = eligibility.rulesVersion(editionId);
  }

  private void show(CompletionRules.Rules rules) {
    for (LearningMode mode : getModes()) {
      minimums.put(mode.getCode(), rules.minimum(mode));
    }
    total = rules.minimumTotalMinutes();
    project = rules.project();
    modulesRequired = rules.modulesRequired();
    competencesRequired = rules.competencesRequired();
  }

  public void save() {
    try {
      Map<String, Integer> minutes = new HashMap<>();
      for (LearningMode mode : getModes()) {
        minutes.put(
            mode.getCode(), toMinutes(minimums.get(mode.getCode()), "min_" + mode.getCode()));
      }
      eligibility.saveRules(
          editionId,
          versionSeen,
          new CompletionRules.Rules(
              minutes,
              toMinutes(total, "total"),
              project == null ? ProjectRequirement.COMPLETED : project,
              modulesRequired,
              competencesRequired));
      versionSeen = eligibility.rulesVersion(editionId);
      FacesMessages.info("general.saved");
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "rules");
    }
  }

  private static int toMinutes(Integer minutes, String field) {
    if (minutes == null || minutes < 0) {
      throw BusinessException.onField(field, "certification.rules.hours.range");
    }
    return minutes;
  }

  /** Back to the edition's own targets. */
  public void reset() {
    try {
      eligibility.resetRules(editionId, versionSeen);
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
      return;
    }
    show(eligibility.rules(editionId));
    versionSeen = EligibilityService.DEFAULT_RULES;
    FacesMessages.info("certification.rules.resetDone");
  }

  /** Discards what was typed and shows the rules as saved now. */
  public void reload() {
    load();
  }

  /** The learning modes of the edition's programme, in its order. */
  public List<LearningMode> getModes() {
    return edition.getProgramme().getModes();
  }

  public ProjectRequirement[] getProjectRequirements() {
    return ProjectRequirement.values();
  }

  public int target(LearningMode mode) {
    return edition.getTargets().target(mode);
  }

  public Map<String, Integer> getMinimums() {
    return minimums;
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }

  public Edition getEdition() {
    return edition;
  }

  public Integer getTotal() {
    return total;
  }

  public void setTotal(Integer total) {
    this.total = total;
  }

  public ProjectRequirement getProject() {
    return project;
  }

  public void setProject(ProjectRequirement project) {
    this.project = project;
  }

  public boolean isModulesRequired() {
    return modulesRequired;
  }

  public void setModulesRequired(boolean modulesRequired) {
    this.modulesRequired = modulesRequired;
  }

  public boolean isCompetencesRequired() {
    return competencesRequired;
  }

  public void setCompetencesRequired(boolean competencesRequired) {
    this.competencesRequired = competencesRequired;
  }
}
