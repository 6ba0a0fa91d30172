package org.mentora.logbook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.logbook.ProgressService;
import org.mentora.logbook.ProgressService.ProjectHours;

/**
 * The logbook's fragment on the project page: the hours logged for the idea. The project page
 * includes it, so the project package never depends on the logbook.
 */
@Named
@RequestScoped
public class ProjectHoursPart {

  @Inject ProgressService progress;

  private final Map<Long, List<ProjectHours>> byIdea = new HashMap<>();

  public List<ProjectHours> of(Long ideaId) {
    return ideaId == null ? List.of() : byIdea.computeIfAbsent(ideaId, progress::projectHours);
  }
}
