package org.mentora.course;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * A job profile a programme prepares for, e.g. DIGY "Digital Transformation Facilitator". Its
 * competence targets are added by the competence capability.
 */
@Entity
@Table(name = "job_profile")
@NamedQuery(
    name = JobProfile.OF_PROGRAMME,
    query = "select j from JobProfile j where j.programme = :programme order by j.code")
public class JobProfile extends BaseEntity implements LocalNames {

  private static final long serialVersionUID = 1L;
  public static final String OF_PROGRAMME = "JobProfile.ofProgramme";
  public static final int CODE_MAX = 20;
  public static final int NAME_MAX = 200;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @NotBlank(message = "{jobProfile.code.required}")
  @Size(max = CODE_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = CODE_MAX)
  @PlainText
  private String code;

  @NotBlank(message = "{jobProfile.name.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  /** The name in other languages, by language tag; {@link #mainName()} where one is missing. */
  @ElementCollection
  @CollectionTable(name = "job_profile_name", joinColumns = @JoinColumn(name = "job_profile_id"))
  @MapKeyColumn(name = "language", length = 20)
  @Column(name = "name", nullable = false, length = NAME_MAX)
  private Map<String, String> names = new HashMap<>();

  @Size(max = Programme.DESCRIPTION_MAX, message = "{validation.tooLong}")
  @Column(length = Programme.DESCRIPTION_MAX)
  @PlainText(multiline = true)
  private String description;

  protected JobProfile() {}

  public JobProfile(Programme programme, String code, String name) {
    this.programme = programme;
    this.code = code;
    this.name = name;
  }

  public Programme getProgramme() {
    return programme;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
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
