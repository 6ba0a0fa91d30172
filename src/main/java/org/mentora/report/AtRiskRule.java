package org.mentora.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a participant needs attention: behind the pace the edition's dates require (approved,
 * recognised and waiting hours below the share of the edition's duration elapsed times the target),
 * or nothing logged for a number of days while the edition runs. Pure, so the staff and
 * administrator dashboards flag the same people.
 */
public final class AtRiskRule {

  /** Why a participant is flagged. */
  public enum Reason {
    BEHIND_PACE,
    INACTIVE;

    public String labelKey() {
      return "report.risk." + name();
    }
  }

  /**
   * What the rule looks at.
   *
   * @param start first day of the edition
   * @param end last day of the edition
   * @param targetMinutes the hours the edition requires, in minutes
   * @param doneMinutes approved plus recognised minutes (never waiting or rejected ones)
   * @param waitingMinutes minutes logged and still waiting for review: they count toward the pace,
   *     since a participant who logs steadily is not at risk because a reviewer is behind (that
   *     made the whole demo cohort "at risk" by the two weeks its reviews take)
   * @param lastLogged the day the participant last logged anything, null when never
   */
  public record Facts(
      LocalDate start,
      LocalDate end,
      long targetMinutes,
      long doneMinutes,
      long waitingMinutes,
      LocalDate lastLogged) {}

  private final int inactiveDays;

  public AtRiskRule(int inactiveDays) {
    if (inactiveDays < 1) {
      throw new IllegalArgumentException("inactive days must be at least 1: " + inactiveDays);
    }
    this.inactiveDays = inactiveDays;
  }

  public int inactiveDays() {
    return inactiveDays;
  }

  public Set<Reason> assess(Facts facts, LocalDate today) {
    Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    if (facts.doneMinutes() + facts.waitingMinutes() < expectedMinutes(facts, today)) {
      reasons.add(Reason.BEHIND_PACE);
    }
    if (isInactive(facts, today)) {
      reasons.add(Reason.INACTIVE);
    }
    return reasons;
  }

  /**
   * The minutes the pace requires by today: the target times the share of the edition's days
   * elapsed (nothing before the first day, the whole target from the last day on).
   */
  public static long expectedMinutes(Facts facts, LocalDate today) {
    if (facts.targetMinutes() <= 0 || today.isBefore(facts.start())) {
      return 0;
    }
    long total = ChronoUnit.DAYS.between(facts.start(), facts.end());
    long elapsed = ChronoUnit.DAYS.between(facts.start(), today);
    if (total <= 0 || elapsed >= total) {
      return facts.targetMinutes();
    }
    return facts.targetMinutes() * elapsed / total;
  }

  /**
   * Nothing logged for {@code inactiveDays} days or more while the edition runs; someone who never
   * logged counts from the edition's first day, so nobody is flagged in the first days.
   */
  boolean isInactive(Facts facts, LocalDate today) {
    if (today.isBefore(facts.start()) || today.isAfter(facts.end())) {
      return false;
    }
    LocalDate since = facts.lastLogged() == null ? facts.start() : facts.lastLogged();
    return ChronoUnit.DAYS.between(since, today) >= inactiveDays;
  }
}
