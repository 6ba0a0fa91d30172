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

/** An area of a framework, e.g. DigComp's "3 Digital content creation". */
@Entity
@Table(name = "competence_area")
@NamedQuery(
    name = CompetenceArea.OF_FRAMEWORK,
    query = "select a from CompetenceArea a where a.framework = :framework order by a.position")
public class CompetenceArea extends BaseEntity implements LocalNames {

  private static final long serialVersionUID = 1L;
  public static final String OF_FRAMEWORK = "CompetenceArea.ofFramework";
  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 300;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "framework_id", nullable = false)
  private Framework framework;

  @Column(nullable = false, length = CODE_MAX)
  @PlainText
  private String code;

  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  /** The name in other languages, by language tag; {@link #mainName()} where one is missing. */
  @ElementCollection
  @CollectionTable(name = "competence_area_name", joinColumns = @JoinColumn(name = "area_id"))
  @MapKeyColumn(name = "language", length = 20)
  @Column(name = "name", nullable = false, length = NAME_MAX)
  private Map<String, String> names = new HashMap<>();

  @Column(length = Framework.URI_MAX)
  @PlainText
  private String uri;

  @Column(nullable = false)
  private int position;

  protected CompetenceArea() {}

  public CompetenceArea(Framework framework, String code, String name, int position) {
    this.framework = framework;
    this.code = code;
    this.name = name;
    this.position = position;
  }

  public Framework getFramework() {
    return framework;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getUri() {
    return uri;
  }

  public void setUri(String uri) {
    this.uri = uri;
  }

  public int getPosition() {
    return position;
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
