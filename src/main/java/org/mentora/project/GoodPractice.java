package org.mentora.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * A completed project published, with its participant's consent, for other libraries to find and
 * reuse. It holds its own copy of exactly what is public (title, summary, library, topic and the
 * catalogue's facets), so nothing else of the idea or the participant ever reaches the public page.
 */
@Entity
@Table(name = "good_practice")
@NamedQuery(
    name = GoodPractice.BY_SLUG,
    query = "select g from GoodPractice g where g.slug = :slug")
@NamedQuery(
    name = GoodPractice.OF_IDEA,
    query = "select g from GoodPractice g where g.idea = :idea")
public class GoodPractice extends BaseEntity {

  private static final long serialVersionUID = 1L;

  public static final String BY_SLUG = "GoodPractice.bySlug";
  public static final String OF_IDEA = "GoodPractice.ofIdea";
  public static final int SLUG_MAX = 120;
  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 4000;
  public static final int COUNTRIES_MAX = 200;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "idea_id", nullable = false)
  private ProjectIdea idea;

  @Column(nullable = false, length = SLUG_MAX)
  private String slug;

  @NotBlank(message = "{goodPractice.title.required}")
  @Size(max = TITLE_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = TITLE_MAX)
  @PlainText
  private String title;

  @NotBlank(message = "{goodPractice.summary.required}")
  @Size(max = SUMMARY_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = SUMMARY_MAX)
  @PlainText(multiline = true)
  private String summary;

  @Column(nullable = false, length = 200)
  private String library;

  @Column(length = 200)
  private String topic;

  @NotNull(message = "{goodPractice.facet.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "target_audience", nullable = false, length = 30)
  private TargetAudience targetAudience;

  @NotNull(message = "{goodPractice.facet.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "skill_level", nullable = false, length = 30)
  private SkillLevel skillLevel;

  /** ISO 3166 codes separated by commas, e.g. {@code LV,EE}. */
  @NotBlank(message = "{goodPractice.countries.required}")
  @Size(max = COUNTRIES_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = COUNTRIES_MAX)
  @PlainText
  private String countries;

  @NotNull(message = "{goodPractice.facet.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Sector sector;

  @NotNull(message = "{goodPractice.facet.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private InitiativeScope scope;

  @NotNull(message = "{goodPractice.facet.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Funding funding;

  /** Lower-case title, summary, library and topic, for the catalogue's word search. */
  @Column(name = "search_text", nullable = false, length = 8000)
  private String searchText;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "published_by_id", nullable = false)
  private Person publishedBy;

  /** Set when the participant withdrew consent (or an administrator took it down). */
  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "withdrawn_by_id")
  private Person withdrawnBy;

  public GoodPractice() {}

  /**
   * Takes the practice out of the catalogue; the row stays, so its address answers "gone" and is
   * never given to another practice.
   */
  void withdraw(Person by, Instant at) {
    if (withdrawnAt == null) {
      this.withdrawnAt = at;
      this.withdrawnBy = by;
    }
  }

  /** Publishes a withdrawn practice again, at its old address, with the text now given. */
  void republish(GoodPractice form, Person by, Instant at) {
    setTitle(form.getTitle());
    setSummary(form.getSummary());
    setTargetAudience(form.getTargetAudience());
    setSkillLevel(form.getSkillLevel());
    setCountries(form.getCountries());
    setSector(form.getSector());
    setScope(form.getScope());
    setFunding(form.getFunding());
    this.withdrawnAt = null;
    this.withdrawnBy = null;
    publish(idea, slug, by, at);
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  /** Fixes what only publishing decides: the idea, the stable address, who and when. */
  void publish(ProjectIdea idea, String slug, Person by, Instant at) {
    this.idea = idea;
    this.slug = slug;
    this.publishedBy = by;
    this.publishedAt = at;
    var host =
        idea.getHostOrganisation() != null
            ? idea.getHostOrganisation()
            : idea.getEnrolment().getPerson().getOrganisation();
    this.library = host == null ? "" : host.getName();
    this.topic = idea.getTopic() == null ? null : idea.getTopic().getName();
    index();
  }

  void index() {
    this.searchText =
        String.join(" ", title, summary, library, topic == null ? "" : topic)
            .toLowerCase(Locale.ROOT);
  }

  public List<String> getCountryList() {
    return countries == null || countries.isBlank()
        ? List.of()
        : Arrays.stream(countries.split(",")).map(String::strip).toList();
  }

  public ProjectIdea getIdea() {
    return idea;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? null : title.strip();
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary == null ? null : summary.strip();
  }

  public String getLibrary() {
    return library;
  }

  public String getTopic() {
    return topic;
  }

  public TargetAudience getTargetAudience() {
    return targetAudience;
  }

  public void setTargetAudience(TargetAudience targetAudience) {
    this.targetAudience = targetAudience;
  }

  public SkillLevel getSkillLevel() {
    return skillLevel;
  }

  public void setSkillLevel(SkillLevel skillLevel) {
    this.skillLevel = skillLevel;
  }

  public String getCountries() {
    return countries;
  }

  public void setCountries(String countries) {
    this.countries = countries == null ? null : countries.strip().toUpperCase(Locale.ROOT);
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public InitiativeScope getScope() {
    return scope;
  }

  public void setScope(InitiativeScope scope) {
    this.scope = scope;
  }

  public Funding getFunding() {
    return funding;
  }

  public void setFunding(Funding funding) {
    this.funding = funding;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
