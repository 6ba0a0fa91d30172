package org.mentora.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project idea stands: draft → submitted → changes requested → approved → in implementation
 * → completed, or withdrawn. Which moves are legal, and for whom, is the project lifecycle's
 * business; this only names the states.
 */
public enum ProjectStatus {
  DRAFT,
  SUBMITTED,
  CHANGES_REQUESTED,
  APPROVED,
  IN_IMPLEMENTATION,
  COMPLETED,
  WITHDRAWN;

  /** States in which the participant may still edit the idea. */
  public static final Set<ProjectStatus> EDITABLE = EnumSet.of(DRAFT, CHANGES_REQUESTED);

  public String labelKey() {
    return "ProjectStatus." + name();
  }
}
