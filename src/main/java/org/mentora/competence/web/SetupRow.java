package org.mentora.competence.web;

import java.io.Serializable;
import org.mentora.competence.Competence;
import org.mentora.competence.Framework;
import org.mentora.platform.i18n.LocalName;

/**
 * One competence with a level on a setup page (a profile target or a module mapping), as the row
 * edits it: the level changes in place, the version is the one loaded.
 */
public class SetupRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private long version;
  private final Long frameworkId;
  private final String frameworkTitle;
  private final boolean currentVersion;
  private final String area;
  private final String code;
  private final String name;
  private Integer level;

  public SetupRow(long id, long version, Competence competence, int level) {
    Framework framework = competence.getFramework();
    this.id = id;
    this.version = version;
    this.frameworkId = framework.getId();
    this.frameworkTitle = framework.getTitle();
    this.currentVersion = framework.isCurrentVersion();
    this.area = competence.getArea().getCode() + " " + LocalName.inRequest(competence.getArea());
    this.code = competence.getCode();
    this.name = LocalName.inRequest(competence);
    this.level = level;
  }

  public long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public Long getFrameworkId() {
    return frameworkId;
  }

  public String getFrameworkTitle() {
    return frameworkTitle;
  }

  public boolean isCurrentVersion() {
    return currentVersion;
  }

  public String getArea() {
    return area;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }
}
