package org.mentora.course;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * A module of a programme: a unit with a code, a learning mode, planned hours (kept as minutes),
 * ECVET points, mandatory or optional, transversal or digital. Named so as not to clash with {@link
 * java.lang.Module}.
 */
@Entity
@Table(name = "course_module")
@NamedQuery(
    name = CourseModule.OF_PROGRAMME,
    query = "select m from CourseModule m where m.programme = :programme order by m.code")
public class CourseModule extends BaseEntity implements LocalNames {

  private static final long serialVersionUID = 1L;
  public static final String OF_PROGRAMME = "CourseModule.ofProgramme";
  public static final int CODE_MAX = 20;
  public static final int TITLE_MAX = 200;

  /** 200 hours: far more than any one module of a 240-hour course. */
  public static final int MAX_MINUTES = 200 * 60;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @NotBlank(message = "{module.code.required}")
  @Size(max = CODE_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = CODE_MAX)
  @PlainText
  private String code;

  @NotBlank(message = "{module.title.required}")
  @Size(max = TITLE_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = TITLE_MAX)
  @PlainText
  private String title;

  /** The name in other languages, by language tag; {@link #mainName()} where one is missing. */
  @ElementCollection
  @CollectionTable(name = "course_module_name", joinColumns = @JoinColumn(name = "module_id"))
  @MapKeyColumn(name = "language", length = 20)
  @Column(name = "name", nullable = false, length = TITLE_MAX)
  private Map<String, String> names = new HashMap<>();

  @Size(max = Programme.DESCRIPTION_MAX, message = "{validation.tooLong}")
  @Column(length = Programme.DESCRIPTION_MAX)
  @PlainText(multiline = true)
  private String description;

  @NotNull(message = "{module.mode.required}")
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "mode_id", nullable = false)
  private LearningMode learningMode;

  @Min(value = 0, message = "{module.hours.range}")
  @Max(value = MAX_MINUTES, message = "{module.hours.range}")
  @Column(name = "planned_minutes", nullable = false)
  private int plannedMinutes;

  @NotNull(message = "{module.ecvet.range}")
  @DecimalMin(value = "0", message = "{module.ecvet.range}")
  @DecimalMax(value = "60", message = "{module.ecvet.range}")
  @Column(name = "ecvet_points", nullable = false, precision = 5, scale = 2)
  private BigDecimal ecvetPoints = BigDecimal.ZERO;

  @Column(nullable = false)
  private boolean mandatory = true;

  @NotNull(message = "{module.kind.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ModuleKind kind;

  protected CourseModule() {}

  public CourseModule(Programme programme) {
    this.programme = programme;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? null : title.strip();
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LearningMode getLearningMode() {
    return learningMode;
  }

  public void setLearningMode(LearningMode learningMode) {
    this.learningMode = learningMode;
  }

  public int getPlannedMinutes() {
    return plannedMinutes;
  }

  public void setPlannedMinutes(int plannedMinutes) {
    this.plannedMinutes = plannedMinutes;
  }

  public BigDecimal getEcvetPoints() {
    return ecvetPoints;
  }

  public void setEcvetPoints(BigDecimal ecvetPoints) {
    this.ecvetPoints = ecvetPoints;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public void setMandatory(boolean mandatory) {
    this.mandatory = mandatory;
  }

  public ModuleKind getKind() {
    return kind;
  }

  public void setKind(ModuleKind kind) {
    this.kind = kind;
  }

  @Override
  public String mainName() {
    return title;
  }

  @Override
  public Map<String, String> getNames() {
    return names;
  }
}
