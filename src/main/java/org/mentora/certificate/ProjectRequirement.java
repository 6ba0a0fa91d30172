package org.mentora.certificate;

import java.util.EnumSet;
import java.util.Set;
import org.mentora.project.ProjectStatus;

/** What an edition asks of the participant's project idea before completion. */
public enum ProjectRequirement {
  /** No project needed. */
  NONE(EnumSet.allOf(ProjectStatus.class)),
  /** Accepted by the mentor: approved, being implemented or completed. */
  APPROVED(
      EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.IN_IMPLEMENTATION, ProjectStatus.COMPLETED)),
  /** Implemented and completed. */
  COMPLETED(EnumSet.of(ProjectStatus.COMPLETED));

  private final Set<ProjectStatus> enough;

  ProjectRequirement(Set<ProjectStatus> enough) {
    this.enough = enough;
  }

  public boolean metBy(ProjectStatus status) {
    return this == NONE || (status != null && enough.contains(status));
  }

  public String labelKey() {
    return "certification.project." + name();
  }
}
