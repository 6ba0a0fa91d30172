package org.mentora.project.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectService;
import org.mentora.project.ProjectStatus;

/** The project panels of the home pages: the participant's idea, and ideas awaiting a decision. */
@Named
@RequestScoped
public class ProjectHome {

  @Inject ProjectService projects;

  private List<ProjectIdea> mine;
  private List<ProjectIdea> submitted;

  /** The participant's most recent idea, or null. */
  public ProjectIdea getLatest() {
    if (mine == null) {
      mine = projects.myIdeas();
    }
    return mine.isEmpty() ? null : mine.get(0);
  }

  /** Submitted ideas of the participants the caller looks after, oldest change first. */
  public List<ProjectIdea> getSubmitted() {
    if (submitted == null) {
      submitted =
          projects.ideasOfMyParticipants().stream()
              .filter(idea -> idea.getStatus() == ProjectStatus.SUBMITTED)
              .sorted(java.util.Comparator.comparing(ProjectIdea::getUpdatedAt))
              .toList();
    }
    return submitted;
  }

  /** The first few, for the home panel (ui:repeat's size fails beyond the list's end). */
  public List<ProjectIdea> getFirstSubmitted() {
    List<ProjectIdea> all = getSubmitted();
    return all.subList(0, Math.min(8, all.size()));
  }
}
