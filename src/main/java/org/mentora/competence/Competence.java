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

/** One competence of one framework version, e.g. DigComp 2.2 "1.1 Browsing, searching…". */
@Entity
@Table(name = "competence")
@NamedQuery(
    name = Competence.OF_FRAMEWORK,
    query =
        "select c from Competence c join fetch c.area where c.framework = :framework"
            + " order by c.position")
public class Competence extends BaseEntity implements LocalNames {

  private static final long serialVersionUID = 1L;
  public static final String OF_FRAMEWORK = "Competence.ofFramework";
  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 500;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "framework_id", nullable = false)
  private Framework framework;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "area_id", nullable = false)
  private CompetenceArea area;

  @Column(nullable = false, length = CODE_MAX)
  @PlainText
  private String code;

  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  /** The name in other languages, by language tag; {@link #mainName()} where one is missing. */
  @ElementCollection
  @CollectionTable(name = "competence_name", joinColumns = @JoinColumn(name = "competence_id"))
  @MapKeyColumn(name = "language", length = 20)
  @Column(name = "name", nullable = false, length = NAME_MAX)
  private Map<String, String> names = new HashMap<>();

  @Column(length = Framework.URI_MAX)
  @PlainText
  private String uri;

  @Column(length = Framework.DESCRIPTION_MAX)
  @PlainText(multiline = true)
  private String description;

  @Column(nullable = false)
  private int position;

  protected Competence() {}

  public Competence(
      Framework framework, CompetenceArea area, String code, String name, int position) {
    this.framework = framework;
    this.area = area;
    this.code = code;
    this.name = name;
    this.position = position;
  }

  public Framework getFramework() {
    return framework;
  }

  public CompetenceArea getArea() {
    return area;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** "1.1 Browsing, searching and filtering…". */
  public String getLabel() {
    return code + " " + name;
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
