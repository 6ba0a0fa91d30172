package org.mentora.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/** A course as designed, e.g. "BIBLIO specialisation course" at EQF level 5; editions run it. */
@Entity
@Table(name = "programme")
@NamedQuery(name = Programme.ALL, query = "select p from Programme p order by p.name")
public class Programme extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Programme.all";
  public static final int NAME_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;

  @NotBlank(message = "{programme.name.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  @Size(max = DESCRIPTION_MAX, message = "{validation.tooLong}")
  @Column(length = DESCRIPTION_MAX)
  @PlainText(multiline = true)
  private String description;

  @Min(value = 1, message = "{programme.eqf.range}")
  @Max(value = 8, message = "{programme.eqf.range}")
  @Column(name = "eqf_level", nullable = false)
  private int eqfLevel = 5;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public int getEqfLevel() {
    return eqfLevel;
  }

  public void setEqfLevel(int eqfLevel) {
    this.eqfLevel = eqfLevel;
  }
}
