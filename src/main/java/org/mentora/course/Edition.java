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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * One run of a programme for a cohort: the Latvian pilot of 2021 is an edition of the BIBLIO
 * specialisation course. Carries the dates, capacity, language, target hours per learning mode and
 * the rule admission ranks candidates by.
 */
@Entity
@Table(name = "edition")
@NamedQuery(name = Edition.ALL, query = "select e from Edition e order by e.startDate desc, e.code")
@NamedQuery(name = Edition.BY_CODE, query = "select e from Edition e where e.code = :code")
@NamedQuery(
    name = Edition.OPEN,
    query = "select e from Edition e where e.applicationsOpen = true order by e.startDate")
public class Edition extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Edition.all";
  public static final String BY_CODE = "Edition.byCode";
  public static final String OPEN = "Edition.open";
  public static final int CODE_MAX = 40;
  public static final int TITLE_MAX = 200;
  public static final int MAX_CAPACITY = 10_000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "job_profile_id")
  private JobProfile jobProfile;

  @NotBlank(message = "{edition.code.required}")
  @Size(max = CODE_MAX, message = "{validation.tooLong}")
  @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{edition.code.invalid}")
  @Column(nullable = false, unique = true, length = CODE_MAX)
  @PlainText
  private String code;

  @NotBlank(message = "{edition.title.required}")
  @Size(max = TITLE_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = TITLE_MAX)
  @PlainText
  private String title;

  @NotNull(message = "{organisation.country.required}")
  @Pattern(regexp = "[A-Z]{2}", message = "{organisation.country.invalid}")
  @Column(nullable = false, length = 2)
  private String country;

  @NotBlank(message = "{edition.language.required}")
  @Size(max = 10, message = "{validation.tooLong}")
  @Column(nullable = false, length = 10)
  private String language;

  @NotNull(message = "{edition.startDate.required}")
  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @NotNull(message = "{edition.endDate.required}")
  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Min(value = 1, message = "{edition.capacity.range}")
  @Max(value = MAX_CAPACITY, message = "{edition.capacity.range}")
  @Column(nullable = false)
  private int capacity;

  /** Target minutes per learning mode, by the mode's code (the programme defines the modes). */
  @ElementCollection
  @CollectionTable(name = "edition_target", joinColumns = @JoinColumn(name = "edition_id"))
  @MapKeyColumn(name = "mode_code", length = LearningMode.CODE_MAX)
  @Column(name = "target_min", nullable = false)
  private Map<String, Integer> targetMinutes = new HashMap<>();

  /** The blended total the plan states, kept as written even when the parts disagree. */
  @Column(name = "blended_total_min", nullable = false)
  private int blendedTotal;

  @Column(name = "admission_rule", nullable = false, length = 200)
  private String admissionRule = AdmissionCriterion.format(AdmissionCriterion.DEFAULT_RULE);

  @Column(name = "applications_open", nullable = false)
  private boolean applicationsOpen = true;

  protected Edition() {}

  public Edition(Programme programme) {
    this.programme = programme;
  }

  public Programme getProgramme() {
    return programme;
  }

  public JobProfile getJobProfile() {
    return jobProfile;
  }

  public void setJobProfile(JobProfile jobProfile) {
    this.jobProfile = jobProfile;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? null : title.strip();
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  /** The targets for the programme's modes, in the programme's order. */
  public HourTargets getTargets() {
    return targetsIn(programme);
  }

  /** The targets as the modes of this programme read them (a new edition has no programme yet). */
  public HourTargets targetsIn(Programme of) {
    return of == null
        ? new HourTargets(targetMinutes, java.util.Set.of(), blendedTotal)
        : HourTargets.of(of.getModes(), targetMinutes, blendedTotal);
  }

  public void setTargets(HourTargets targets) {
    targetMinutes.keySet().retainAll(targets.codes());
    targetMinutes.putAll(targets.byCode());
    blendedTotal = targets.getBlendedTotal();
  }

  public List<AdmissionCriterion> getAdmissionCriteria() {
    return AdmissionCriterion.parse(admissionRule);
  }

  public void setAdmissionCriteria(List<AdmissionCriterion> criteria) {
    this.admissionRule = AdmissionCriterion.format(criteria);
  }

  public boolean isApplicationsOpen() {
    return applicationsOpen;
  }

  public void setApplicationsOpen(boolean applicationsOpen) {
    this.applicationsOpen = applicationsOpen;
  }
}
