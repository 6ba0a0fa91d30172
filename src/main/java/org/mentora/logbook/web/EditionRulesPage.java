package org.mentora.logbook.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.logbook.HoursPolicy;
import org.mentora.logbook.LogbookRulesService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/** An edition's logging rules, which the administrator may change from the defaults. */
@Named
@ViewScoped
public class EditionRulesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LogbookRulesService logbookRules;
  @Inject EditionService editions;

  private Long editionId;
  private Edition edition;
  private boolean allowFuture;
  private Integer daysAfterEnd;
  private Integer maxMinutesPerDay;
  private Integer stepMinutes;
  private boolean moduleRequired;
  private boolean forbidDuplicates;
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
    show(logbookRules.settings(editionId));
    versionSeen = logbookRules.settingsVersion(editionId);
  }

  private void show(HoursPolicy.Settings settings) {
    allowFuture = settings.allowFuture();
    daysAfterEnd = settings.daysAfterEnd();
    maxMinutesPerDay = settings.maxMinutesPerDay();
    stepMinutes = settings.stepMinutes();
    moduleRequired = settings.moduleRequired();
    forbidDuplicates = settings.forbidDuplicates();
  }

  public void save() {
    try {
      Integer maxMinutes = maxMinutesPerDay;
      if (daysAfterEnd == null || daysAfterEnd < 0) {
        throw BusinessException.onField("daysAfterEnd", "logbook.rules.daysAfterEnd.range");
      }
      if (maxMinutes == null || maxMinutes < 15) {
        throw BusinessException.onField("maxHoursPerDay", "logbook.rules.maxPerDay.range");
      }
      logbookRules.saveSettings(
          editionId,
          versionSeen,
          new HoursPolicy.Settings(
              allowFuture,
              daysAfterEnd,
              maxMinutes,
              stepMinutes,
              moduleRequired,
              forbidDuplicates));
      versionSeen = logbookRules.settingsVersion(editionId);
      FacesMessages.info("general.saved");
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "rules");
    }
  }

  /** Discards what was typed and shows the rules as saved now. */
  public void reload() {
    load();
  }

  public void reset() {
    show(HoursPolicy.Settings.DEFAULTS);
  }

  public List<Integer> getSteps() {
    return List.of(5, 10, 15, 20, 30, 60);
  }

  public String stepLabel(int minutes) {
    return FacesMessages.text("logbook.rules.stepLabel", minutes);
  }

  public Edition getEdition() {
    return edition;
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }

  public boolean isAllowFuture() {
    return allowFuture;
  }

  public void setAllowFuture(boolean allowFuture) {
    this.allowFuture = allowFuture;
  }

  public Integer getDaysAfterEnd() {
    return daysAfterEnd;
  }

  public void setDaysAfterEnd(Integer daysAfterEnd) {
    this.daysAfterEnd = daysAfterEnd;
  }

  public Integer getMaxMinutesPerDay() {
    return maxMinutesPerDay;
  }

  public void setMaxMinutesPerDay(Integer maxMinutesPerDay) {
    this.maxMinutesPerDay = maxMinutesPerDay;
  }

  public Integer getStepMinutes() {
    return stepMinutes;
  }

  public void setStepMinutes(Integer stepMinutes) {
    this.stepMinutes = stepMinutes;
  }

  public boolean isModuleRequired() {
    return moduleRequired;
  }

  public void setModuleRequired(boolean moduleRequired) {
    this.moduleRequired = moduleRequired;
  }

  public boolean isForbidDuplicates() {
    return forbidDuplicates;
  }

  public void setForbidDuplicates(boolean forbidDuplicates) {
    this.forbidDuplicates = forbidDuplicates;
  }
}
