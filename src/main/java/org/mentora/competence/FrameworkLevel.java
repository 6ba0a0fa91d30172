package org.mentora.competence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/** A named level of a framework ("Intermediate 4", EntreComp's "Dare"). */
@Entity
@Table(name = "competence_level")
@NamedQuery(
    name = FrameworkLevel.OF_FRAMEWORK,
    query = "select l from FrameworkLevel l where l.framework = :framework order by l.levelNumber")
public class FrameworkLevel extends BaseEntity implements LocalNames {

  private static final long serialVersionUID = 1L;
  public static final String OF_FRAMEWORK = "FrameworkLevel.ofFramework";
  public static final int BAND_MAX = 100;
  public static final int NAME_MAX = 200;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "framework_id", nullable = false)
  private Framework framework;

  @Column(name = "level_number", nullable = false)
  private int levelNumber;

  @Column(length = BAND_MAX)
  @PlainText
  private String band;

  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  /** The name in other languages, by language tag; {@link #mainName()} where one is missing. */
  @ElementCollection
  @CollectionTable(name = "competence_level_name", joinColumns = @JoinColumn(name = "level_id"))
  @MapKeyColumn(name = "language", length = 20)
  @Column(name = "name", nullable = false, length = NAME_MAX)
  private Map<String, String> names = new HashMap<>();

  protected FrameworkLevel() {}

  public FrameworkLevel(Framework framework, int levelNumber, String band, String name) {
    this.framework = framework;
    this.levelNumber = levelNumber;
    this.band = band;
    this.name = name;
  }

  public Framework getFramework() {
    return framework;
  }

  public int getLevelNumber() {
    return levelNumber;
  }

  public String getBand() {
    return band;
  }

  public String getName() {
    return name;
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
