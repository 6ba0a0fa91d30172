package org.mentora.competence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * An edition's assessment settings as a form edits them: the counting rule and, per moment, whether
 * it is enabled and its dates. Versions are those loaded (null: no row yet, the defaults), so a
 * save can tell whether someone else saved in between.
 */
public class AssessmentSettingsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private CountingRule countingRule = CountingRule.DEFAULT;
  private Long settingsVersion;
  private final Map<AssessmentMoment, Window> windows = new EnumMap<>(AssessmentMoment.class);

  public AssessmentSettingsForm() {
    for (AssessmentMoment moment : AssessmentMoment.values()) {
      windows.put(moment, new Window(moment));
    }
  }

  /** One moment's window. */
  public static class Window implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AssessmentMoment moment;
    private boolean enabled = true;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Long version;

    public Window(AssessmentMoment moment) {
      this.moment = moment;
    }

    public AssessmentMoment getMoment() {
      return moment;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public LocalDate getOpensOn() {
      return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
      this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
      return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
      this.closesOn = closesOn;
    }

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }
  }

  public CountingRule getCountingRule() {
    return countingRule;
  }

  public void setCountingRule(CountingRule countingRule) {
    this.countingRule = countingRule;
  }

  public Long getSettingsVersion() {
    return settingsVersion;
  }

  public void setSettingsVersion(Long settingsVersion) {
    this.settingsVersion = settingsVersion;
  }

  public Map<AssessmentMoment, Window> getWindows() {
    return windows;
  }

  public Window window(AssessmentMoment moment) {
    return windows.get(moment);
  }
}
