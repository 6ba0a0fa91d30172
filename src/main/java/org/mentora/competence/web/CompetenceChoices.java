package org.mentora.competence.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentora.competence.Competence;
import org.mentora.competence.FrameworkLevel;

/**
 * The choices the setup pages share: current-version competences grouped by framework for a
 * filterable select, and each framework version's levels, so a level select offers exactly the
 * framework's range.
 */
public class CompetenceChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<SelectItem> competences = new ArrayList<>();
  private final Map<Long, Long> frameworkOf = new HashMap<>();
  private final Map<Long, List<FrameworkLevel>> levels;

  public CompetenceChoices(List<Competence> current, Map<Long, List<FrameworkLevel>> levels) {
    this.levels = levels;
    Map<String, List<SelectItem>> byFramework = new LinkedHashMap<>();
    for (Competence c : current) {
      frameworkOf.put(c.getId(), c.getFramework().getId());
      byFramework
          .computeIfAbsent(c.getFramework().getTitle(), t -> new ArrayList<>())
          .add(new SelectItem(c.getId(), c.getLabel()));
    }
    byFramework.forEach(
        (title, items) ->
            competences.add(
                new SelectItemGroup(title, null, false, items.toArray(SelectItem[]::new))));
  }

  public List<SelectItem> getCompetences() {
    return competences;
  }

  /** The levels of the chosen competence's framework; none until a competence is chosen. */
  public List<FrameworkLevel> levelsOfCompetence(Long competenceId) {
    Long framework = competenceId == null ? null : frameworkOf.get(competenceId);
    return framework == null ? List.of() : levelsOfFramework(framework);
  }

  public List<FrameworkLevel> levelsOfFramework(Long frameworkId) {
    return levels.getOrDefault(frameworkId, List.of());
  }
}
