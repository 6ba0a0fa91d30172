package org.mentora.competence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mentora.competence.Framework;
import org.mentora.competence.FrameworkLevel;
import org.mentora.competence.FrameworkService;
import org.mentora.competence.FrameworkService.AreaContent;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.Pages;

/** One framework version: its areas with their competences, its levels and its other versions. */
@Named
@RequestScoped
public class FrameworkPage {

  @Inject FrameworkService frameworks;

  private Long id;
  private Framework framework;
  private List<AreaContent> areas;
  private List<FrameworkLevel> levels;
  private List<Framework> versions;

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      framework = frameworks.framework(id);
      areas = frameworks.content(id);
      levels = frameworks.levels(id);
      versions = frameworks.versions(framework.getCode());
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  /** Only web addresses become links (the import refuses anything else; seeds may have none). */
  public boolean isLink(String uri) {
    return uri != null && (uri.startsWith("https://") || uri.startsWith("http://"));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Framework getFramework() {
    return framework;
  }

  public List<AreaContent> getAreas() {
    return areas;
  }

  public List<FrameworkLevel> getLevels() {
    return levels;
  }

  public List<Framework> getVersions() {
    return versions;
  }
}
