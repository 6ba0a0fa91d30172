package org.mentora.course;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * A way a programme's hours are learnt, defined by the programme: BIBLIO has face-to-face, virtual,
 * project-based, assessment and work-based learning; a leadership salon series only face-to-face
 * sessions and online salons. The mode says who reviews its hours, whether an entry names a module,
 * whether its hours count toward the blended total (work-based learning stands apart), its order
 * and colour in charts, and the target a new edition starts from. Reference data read by every
 * figure and changed only on the programme page, so it is kept in the shared cache like project
 * topics (a cluster's cache coherence is the cluster issue's).
 */
@Entity
@Cacheable
@Table(name = "learning_mode")
public class LearningMode extends BaseEntity implements LocalNames {

  private static final long serialVersionUID = 1L;
  public static final int CODE_MAX = 20;
  public static final int NAME_MAX = 200;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "programme_id", nullable = false, updatable = false)
  private Programme programme;

  @NotBlank(message = "{mode.code.required}")
  @Pattern(regexp = "[A-Z][A-Z0-9_]{0,19}", message = "{mode.code.pattern}")
  @Column(nullable = false, length = CODE_MAX)
  private String code;

  @NotBlank(message = "{mode.name.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  @ElementCollection
  @CollectionTable(name = "learning_mode_name", joinColumns = @JoinColumn(name = "mode_id"))
  @MapKeyColumn(name = "language", length = 20)
  @Column(name = "name", nullable = false, length = NAME_MAX)
  private Map<String, String> names = new HashMap<>();

  @Column(nullable = false)
  private int position;

  @NotNull(message = "{mode.colour.pattern}")
  @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{mode.colour.pattern}")
  @Column(nullable = false, length = 7)
  private String colour = "#2f6f9f";

  @NotNull(message = "{mode.reviewer.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private StaffRole reviewer = StaffRole.TUTOR;

  @Column(name = "module_required", nullable = false)
  private boolean moduleRequired = true;

  @Column(name = "counts_in_blended", nullable = false)
  private boolean blended = true;

  @Min(value = 0, message = "{edition.hours.range}")
  @Max(value = HoursPlan.MAX_MODE_MINUTES, message = "{edition.hours.range}")
  @Column(name = "default_target_min", nullable = false)
  private int defaultTargetMinutes;

  protected LearningMode() {}

  public LearningMode(Programme programme) {
    this.programme = programme;
  }

  /** A mode with its settings, for a new programme's modes and the demo world. */
  public static LearningMode of(
      Programme programme,
      String code,
      String name,
      StaffRole reviewer,
      boolean moduleRequired,
      boolean blended,
      String colour,
      int defaultTargetMinutes) {
    LearningMode mode = new LearningMode(programme);
    mode.setCode(code);
    mode.setName(name);
    mode.reviewer = reviewer;
    mode.moduleRequired = moduleRequired;
    mode.blended = blended;
    mode.colour = colour;
    mode.defaultTargetMinutes = defaultTargetMinutes;
    return mode;
  }

  public Programme getProgramme() {
    return programme;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public String getColour() {
    return colour;
  }

  /** A colour as #rrggbb; a colour picker's "2f6f9f" gets its "#". */
  public void setColour(String colour) {
    String typed = colour == null ? null : colour.strip();
    this.colour = typed != null && typed.matches("[0-9a-fA-F]{6}") ? "#" + typed : typed;
  }

  public StaffRole getReviewer() {
    return reviewer;
  }

  public void setReviewer(StaffRole reviewer) {
    this.reviewer = reviewer;
  }

  public boolean isModuleRequired() {
    return moduleRequired;
  }

  public void setModuleRequired(boolean moduleRequired) {
    this.moduleRequired = moduleRequired;
  }

  /** Whether its hours count toward the blended course's total (work-based learning does not). */
  public boolean isBlended() {
    return blended;
  }

  public void setBlended(boolean blended) {
    this.blended = blended;
  }

  public int getDefaultTargetMinutes() {
    return defaultTargetMinutes;
  }

  public void setDefaultTargetMinutes(int defaultTargetMinutes) {
    this.defaultTargetMinutes = defaultTargetMinutes;
  }

  @Override
  public String mainName() {
    return name;
  }

  @Override
  public Map<String, String> getNames() {
    return names;
  }

  @Override
  public String toString() {
    return code;
  }
}
