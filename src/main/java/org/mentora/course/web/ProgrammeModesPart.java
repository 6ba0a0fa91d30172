package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.LearningMode;
import org.mentora.course.Programme;
import org.mentora.course.ProgrammeService;
import org.mentora.course.StaffRole;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.web.FacesMessages;
import org.primefaces.PrimeFaces;

/**
 * The learning modes of the programme on the programme page: add, change, order and remove them. A
 * mode's code is fixed once saved (targets, rules and certificates refer to it).
 */
@Named
@ViewScoped
public class ProgrammeModesPart implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeService programmes;
  @Inject ProgrammePage page;

  private List<LearningMode> modes;
  private LearningMode mode;
  private Integer targetMinutes;

  public List<LearningMode> getModes() {
    if (modes == null && page.getId() != null) {
      modes = programmes.modes(page.getId());
    }
    return modes;
  }

  public void newMode() {
    Programme programme = page.getProgramme();
    mode = new LearningMode(programme);
    mode.setColour("#2f6f9f");
    mode.setReviewer(StaffRole.TUTOR);
    targetMinutes = 0;
  }

  public void editMode(LearningMode existing) {
    mode = existing;
    targetMinutes = existing.getDefaultTargetMinutes();
  }

  public void saveMode() {
    mode.setDefaultTargetMinutes(targetMinutes == null ? 0 : targetMinutes);
    try {
      programmes.saveMode(page.getId(), mode);
      changed();
      PrimeFaces.current().executeScript("PF('modeDialog').hide()");
      FacesMessages.info("general.saved");
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "modeForm");
    }
  }

  public void move(LearningMode existing, int step) {
    programmes.moveMode(page.getId(), existing.getId(), step);
    changed();
  }

  public void remove(LearningMode existing) {
    try {
      programmes.removeMode(page.getId(), existing.getId());
      changed();
      FacesMessages.info("mode.removed");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
    }
  }

  /** The modes, the default targets and the module dialog's choices all follow a change. */
  private void changed() {
    modes = null;
    page.reload();
  }

  public StaffRole[] getReviewers() {
    return StaffRole.values();
  }

  public boolean isNewMode() {
    return mode != null && !mode.isPersisted();
  }

  public LearningMode getMode() {
    return mode;
  }

  public Integer getTargetMinutes() {
    return targetMinutes;
  }

  public void setTargetMinutes(Integer targetMinutes) {
    this.targetMinutes = targetMinutes;
  }
}
