package org.mentora.competence;

import java.io.Serializable;

/** One framework version in the list, with what it holds and how many versions its code has. */
public record FrameworkSummary(
    Framework framework, long areas, long competences, long levels, long versions)
    implements Serializable {

  public Framework getFramework() {
    return framework;
  }

  public long getAreas() {
    return areas;
  }

  public long getCompetences() {
    return competences;
  }

  public long getLevels() {
    return levels;
  }

  public long getVersions() {
    return versions;
  }
}
