package org.mentora.project.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectService;
import org.mentora.project.ProjectStatus;

/** The project ideas of the participants a mentor, tutor or trainer looks after; all for admins. */
@Named
@ViewScoped
public class IdeasPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProjectService projects;

  // Read again when missing rather than replicated with the session (issue 17, item 4).
  private transient List<ProjectIdea> ideas;

  public void load() {
    ideas = projects.ideasOfMyParticipants();
  }

  public List<ProjectIdea> getIdeas() {
    if (ideas == null) {
      load();
    }
    return ideas;
  }

  public ProjectStatus[] getStatuses() {
    return ProjectStatus.values();
  }
}
