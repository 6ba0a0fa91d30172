package org.mentora.course;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/** A course as designed, e.g. "BIBLIO specialisation course" at EQF level 5; editions run it. */
@Entity
@Cacheable
@Table(name = "programme")
@NamedQuery(name = Programme.ALL, query = "select p from Programme p order by p.name")
public class Programme extends BaseEntity implements LocalNames {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Programme.all";
  public static final int NAME_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;

  @NotBlank(message = "{programme.name.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  /** The name in other languages, by language tag; {@link #mainName()} where one is missing. */
  @ElementCollection
  @CollectionTable(name = "programme_name", joinColumns = @JoinColumn(name = "programme_id"))
  @MapKeyColumn(name = "language", length = 20)
  @Column(name = "name", nullable = false, length = NAME_MAX)
  private Map<String, String> names = new HashMap<>();

  @Size(max = DESCRIPTION_MAX, message = "{validation.tooLong}")
  @Column(length = DESCRIPTION_MAX)
  @PlainText(multiline = true)
  private String description;

  @Min(value = 1, message = "{programme.eqf.range}")
  @Max(value = 8, message = "{programme.eqf.range}")
  @Column(name = "eqf_level", nullable = false)
  private int eqfLevel = 5;

  /**
   * What a new edition of the programme starts from; unlike an edition's, these must add up, so a
   * new edition never starts with a warning about itself.
   */
  @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<LearningMode> modes = new ArrayList<>();

  /** The blended total a new edition starts from; the modes hold their own default targets. */
  @Column(name = "blended_total_min", nullable = false)
  private int defaultBlendedTotal;

  /** The admission criteria a new edition ranks its applicants by (the edition may change them). */
  @Column(name = "admission_rule", nullable = false, length = 200)
  private String admissionRule = AdmissionCriterion.format(AdmissionCriterion.DEFAULT_RULE);

  /** Whether participants develop a project idea (a salon series has none). */
  @Column(name = "has_projects", nullable = false)
  private boolean hasProjects = true;

  @Min(value = 1, message = "{edition.capacity.range}")
  @Max(value = Edition.MAX_CAPACITY, message = "{edition.capacity.range}")
  @Column(name = "default_capacity", nullable = false)
  private int defaultCapacity = 25;

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

  /** The programme's learning modes in their order. */
  public List<LearningMode> getModes() {
    return modes;
  }

  /** The mode with this code, if the programme has it. */
  public Optional<LearningMode> mode(String code) {
    return modes.stream().filter(m -> m.getCode().equals(code)).findFirst();
  }

  /** The mode with this code; for demo data and tests, which know the programme's modes. */
  public LearningMode requireMode(String code) {
    return mode(code).orElseThrow(() -> new IllegalArgumentException("No mode " + code));
  }

  /** Adds a mode at the end of the programme's order. */
  public LearningMode addMode(LearningMode mode) {
    mode.setPosition(modes.stream().mapToInt(LearningMode::getPosition).max().orElse(0) + 1);
    modes.add(mode);
    return mode;
  }

  /** What a new edition starts from: each mode's default target and the blended total. */
  public HourTargets getDefaultTargets() {
    return HourTargets.of(
        modes,
        modes.stream()
            .collect(
                Collectors.toMap(
                    LearningMode::getCode, LearningMode::getDefaultTargetMinutes, (a, b) -> a)),
        defaultBlendedTotal);
  }

  public void setDefaultTargets(HourTargets targets) {
    for (LearningMode mode : modes) {
      mode.setDefaultTargetMinutes(targets.target(mode));
    }
    defaultBlendedTotal = targets.getBlendedTotal();
  }

  public List<AdmissionCriterion> getAdmissionCriteria() {
    return AdmissionCriterion.parse(admissionRule);
  }

  public void setAdmissionCriteria(List<AdmissionCriterion> criteria) {
    this.admissionRule = AdmissionCriterion.format(criteria);
  }

  public boolean isHasProjects() {
    return hasProjects;
  }

  public void setHasProjects(boolean hasProjects) {
    this.hasProjects = hasProjects;
  }

  public int getDefaultCapacity() {
    return defaultCapacity;
  }

  public void setDefaultCapacity(int defaultCapacity) {
    this.defaultCapacity = defaultCapacity;
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
