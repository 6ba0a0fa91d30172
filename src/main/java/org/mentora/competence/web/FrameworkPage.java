package org.mentora.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mentora.competence.Framework;
import org.mentora.competence.FrameworkLevel;
import org.mentora.competence.FrameworkService;
import org.mentora.competence.FrameworkService.AreaContent;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/** One framework version: its areas with their competences, its levels and its other versions. */
@Named
@ViewScoped
public class FrameworkPage implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FrameworkService frameworks;

  private Long id;
  private Framework framework;
  private List<AreaContent> areas;
  private List<FrameworkLevel> levels;
  private List<Framework> versions;
  private FrameworkService.NamedPart editedPart;
  private LocalNames edited;
  private java.util.Map<String, String> names;

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

  /**
   * Opens the names dialog for one area, competence or level ({@code part} as named in the enum).
   */
  public void editNames(String part, LocalNames named) {
    editedPart = FrameworkService.NamedPart.valueOf(part);
    edited = named;
    names = new java.util.HashMap<>(named.getNames());
  }

  public String saveNames() {
    try {
      frameworks.saveNames(
          editedPart, ((org.mentora.platform.persistence.BaseEntity) edited).getId(), names);
      return "/competence/framework?faces-redirect=true&id=" + id;
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "namesForm");
      return null;
    }
  }

  public LocalNames getEdited() {
    return edited;
  }

  public java.util.Map<String, String> getNames() {
    return names;
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
