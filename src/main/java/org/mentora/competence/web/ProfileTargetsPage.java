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
import org.mentora.competence.FrameworkService.ProfileMove;
import org.mentora.competence.FrameworkSummary;
import org.mentora.competence.ProfileTarget;
import org.mentora.course.JobProfile;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/**
 * A job profile's competences with a target level each, grouped by framework and area: add one from
 * the current frameworks, change a level in place, remove one. Targets on an earlier version of a
 * framework are marked, with a way to move them to the current version.
 */
@Named
@ViewScoped
public class ProfileTargetsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CompetenceSetupService setup;
  @Inject FrameworkService frameworks;

  /** The targets of one framework version and area. */
  public record Group(
      String framework, String area, boolean current, Long moveTo, List<SetupRow> rows)
      implements Serializable {
    public String getFramework() {
      return framework;
    }

    public String getArea() {
      return area;
    }

    public boolean isCurrent() {
      return current;
    }

    public Long getMoveTo() {
      return moveTo;
    }

    public List<SetupRow> getRows() {
      return rows;
    }
  }

  private Long profileId;
  private JobProfile profile;
  private CompetenceChoices choices;
  private Map<Long, Long> currentOf;
  private List<Group> groups;
  private Long competenceId;
  private Integer level;

  public void load() {
    if (profileId == null) {
      Pages.notFound();
      return;
    }
    try {
      profile = setup.profile(profileId);
    } catch (NotFoundException e) {
      Pages.notFound();
      return;
    }
    choices = new CompetenceChoices(frameworks.currentCompetences(), frameworks.allLevels());
    List<FrameworkSummary> all = frameworks.frameworks();
    Map<String, Long> currentByCode = new LinkedHashMap<>();
    all.stream()
        .filter(s -> s.framework().isCurrentVersion())
        .forEach(s -> currentByCode.put(s.framework().getCode(), s.framework().getId()));
    currentOf = new LinkedHashMap<>();
    all.forEach(
        s -> currentOf.put(s.framework().getId(), currentByCode.get(s.framework().getCode())));
    refresh();
  }

  private void refresh() {
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (ProfileTarget t : setup.targets(profileId)) {
      SetupRow row = new SetupRow(t.getId(), t.getVersion(), t.getCompetence(), t.getTargetLevel());
      Long moveTo = row.isCurrentVersion() ? null : currentOf.get(row.getFrameworkId());
      byKey
          .computeIfAbsent(
              row.getFrameworkId() + "/" + row.getArea(),
              k ->
                  new Group(
                      row.getFrameworkTitle(),
                      row.getArea(),
                      row.isCurrentVersion(),
                      moveTo,
                      new ArrayList<>()))
          .rows()
          .add(row);
    }
    groups = List.copyOf(byKey.values());
  }

  public void add() {
    try {
      setup.addTarget(profileId, competenceId, level);
      FacesMessages.info("profileTargets.added");
      competenceId = null;
      level = null;
      refresh();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "add");
    }
  }

  public void change(SetupRow row) {
    try {
      ProfileTarget saved = setup.changeTarget(row.getId(), row.getVersion(), row.getLevel());
      row.setVersion(saved.getVersion());
      FacesMessages.info("general.saved");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
      refresh();
    }
  }

  public void remove(SetupRow row) {
    try {
      setup.removeTarget(row.getId(), row.getVersion());
      FacesMessages.info("profileTargets.removed", row.getCode());
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
    }
    refresh();
  }

  /** Moves the targets on an earlier version of a framework to its current version. */
  public void move(Group group) {
    try {
      // The targets this page shows on other versions of the framework, as loaded.
      Map<Long, Long> seen = new LinkedHashMap<>();
      groups.stream()
          .filter(g -> group.moveTo().equals(g.moveTo()))
          .flatMap(g -> g.rows().stream())
          .forEach(row -> seen.put(row.getId(), row.getVersion()));
      ProfileMove move = frameworks.moveProfile(profileId, group.moveTo(), seen);
      if (move.missingCodes().isEmpty()) {
        FacesMessages.info("profileTargets.moved", move.moved());
      } else {
        FacesMessages.warn(
            "profileTargets.movedMissing", move.moved(), String.join(", ", move.missingCodes()));
      }
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

  public Long getProfileId() {
    return profileId;
  }

  public void setProfileId(Long profileId) {
    this.profileId = profileId;
  }

  public JobProfile getProfile() {
    return profile;
  }

  public List<Group> getGroups() {
    return groups;
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
