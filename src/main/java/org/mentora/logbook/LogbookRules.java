package org.mentora.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.mentora.course.Edition;
import org.mentora.platform.persistence.BaseEntity;

/** An edition's own logging rules, where it departs from {@link HoursPolicy.Settings#DEFAULTS}. */
@Entity
@Table(name = "logbook_rules")
@NamedQuery(
    name = LogbookRules.OF_EDITION,
    query = "select r from LogbookRules r where r.edition.id = :id")
public class LogbookRules extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_EDITION = "LogbookRules.ofEdition";

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false, unique = true)
  private Edition edition;

  @Column(name = "allow_future", nullable = false)
  private boolean allowFuture;

  @Column(name = "days_after_end", nullable = false)
  private int daysAfterEnd;

  @Column(name = "max_minutes_per_day", nullable = false)
  private int maxMinutesPerDay;

  @Column(name = "step_minutes", nullable = false)
  private int stepMinutes;

  @Column(name = "module_required", nullable = false)
  private boolean moduleRequired;

  @Column(name = "forbid_duplicates", nullable = false)
  private boolean forbidDuplicates;

  protected LogbookRules() {}

  public LogbookRules(Edition edition, HoursPolicy.Settings settings) {
    this.edition = edition;
    apply(settings);
  }

  public final void apply(HoursPolicy.Settings settings) {
    this.allowFuture = settings.allowFuture();
    this.daysAfterEnd = settings.daysAfterEnd();
    this.maxMinutesPerDay = settings.maxMinutesPerDay();
    this.stepMinutes = settings.stepMinutes();
    this.moduleRequired = settings.moduleRequired();
    this.forbidDuplicates = settings.forbidDuplicates();
  }

  public HoursPolicy.Settings settings() {
    return new HoursPolicy.Settings(
        allowFuture, daysAfterEnd, maxMinutesPerDay, stepMinutes, moduleRequired, forbidDuplicates);
  }

  public Edition getEdition() {
    return edition;
  }
}
