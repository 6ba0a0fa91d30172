package org.mentora.competence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * One version of a competence framework (DigComp 2.2, EntreComp, an imported e-CF). A new version
 * is a new framework row with the same code: ratings made against the old one stay as they were.
 */
@Entity
@Table(name = "competence_framework")
@NamedQuery(
    name = Framework.ALL,
    query = "select f from Framework f order by f.name, f.code, f.createdAt desc")
@NamedQuery(
    name = Framework.BY_CODE_AND_VERSION,
    query = "select f from Framework f where f.code = :code and f.versionLabel = :versionLabel")
@NamedQuery(
    name = Framework.VERSIONS,
    query = "select f from Framework f where f.code = :code order by f.createdAt desc")
public class Framework extends BaseEntity implements LocalNames {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Framework.all";
  public static final String BY_CODE_AND_VERSION = "Framework.byCodeAndVersion";
  public static final String VERSIONS = "Framework.versions";
  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 200;
  public static final int VERSION_MAX = 40;
  public static final int URI_MAX = 500;
  public static final int DESCRIPTION_MAX = 4000;

  @NotBlank(message = "{framework.code.required}")
  @Size(max = CODE_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = CODE_MAX)
  @PlainText
  private String code;

  @NotBlank(message = "{framework.name.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  /** The name in other languages, by language tag; {@link #mainName()} where one is missing. */
  @ElementCollection
  @CollectionTable(
      name = "competence_framework_name",
      joinColumns = @JoinColumn(name = "framework_id"))
  @MapKeyColumn(name = "language", length = 20)
  @Column(name = "name", nullable = false, length = NAME_MAX)
  private Map<String, String> names = new HashMap<>();

  @NotBlank(message = "{framework.versionLabel.required}")
  @Size(max = VERSION_MAX, message = "{validation.tooLong}")
  @Column(name = "version_label", nullable = false, length = VERSION_MAX)
  @PlainText
  private String versionLabel;

  @Size(max = URI_MAX, message = "{validation.tooLong}")
  @Column(length = URI_MAX)
  @PlainText
  private String uri;

  @Size(max = DESCRIPTION_MAX, message = "{validation.tooLong}")
  @Column(length = DESCRIPTION_MAX)
  @PlainText(multiline = true)
  private String description;

  @Column(name = "min_level", nullable = false)
  private int minLevel;

  @Column(name = "max_level", nullable = false)
  private int maxLevel;

  @Column(name = "current_version", nullable = false)
  private boolean currentVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Framework() {}

  public Framework(
      String code,
      String name,
      String versionLabel,
      int minLevel,
      int maxLevel,
      Instant createdAt) {
    this.code = code;
    this.name = name;
    this.versionLabel = versionLabel;
    this.minLevel = minLevel;
    this.maxLevel = maxLevel;
    this.createdAt = createdAt;
    this.currentVersion = true;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getVersionLabel() {
    return versionLabel;
  }

  /** "DigComp 2.2": the name a person reads. */
  public String getTitle() {
    return name + " " + versionLabel;
  }

  public String getUri() {
    return uri;
  }

  public void setUri(String uri) {
    this.uri = uri;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public int getMinLevel() {
    return minLevel;
  }

  public int getMaxLevel() {
    return maxLevel;
  }

  public boolean isCurrentVersion() {
    return currentVersion;
  }

  public void setCurrentVersion(boolean currentVersion) {
    this.currentVersion = currentVersion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean accepts(int level) {
    return level >= minLevel && level <= maxLevel;
  }

  @Override
  public String mainName() {
    return name;
  }

  @Override
  public Map<String, String> getNames() {
    return names;
  }
}
