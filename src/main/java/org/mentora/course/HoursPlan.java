package org.mentora.course;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.mentora.platform.BusinessException;

/** Rules for an edition's hours: sensible bounds, and a warning when parts and total disagree. */
public final class HoursPlan {

  /** No learning mode of one edition plausibly exceeds 2,000 hours. */
  public static final int MAX_MODE_MINUTES = 2_000 * 60;

  /** Neither does the blended total exceed 5,000 hours. */
  public static final int MAX_TOTAL_MINUTES = 5_000 * 60;

  private HoursPlan() {}

  /** The difference between what the parts add up to and the stated total, when there is one. */
  public record Mismatch(int partsMinutes, int statedMinutes) {
    public int differenceMinutes() {
      return partsMinutes - statedMinutes;
    }
  }

  public static Optional<Mismatch> mismatch(HourTargets targets) {
    int sum = targets.blendedSum();
    return sum == targets.getBlendedTotal()
        ? Optional.empty()
        : Optional.of(new Mismatch(sum, targets.getBlendedTotal()));
  }

  /** Refuses negative or absurd hours, naming the field. A mismatch is not refused. */
  public static void validate(HourTargets targets) {
    for (String code : targets.codes()) {
      checkMode("target." + code, targets.target(code));
    }
    int total = targets.getBlendedTotal();
    if (total < 0 || total > MAX_TOTAL_MINUTES) {
      throw BusinessException.onField(
          "blendedTotal", "edition.hours.totalRange", MAX_TOTAL_MINUTES / 60);
    }
  }

  /**
   * Refuses defaults whose parts disagree with their total, as well as bad hours: a programme's
   * defaults are what every new edition starts from, and a new edition must not start with a
   * warning about itself. (An edition may still state a total its parts disagree with.)
   */
  public static void validateDefaults(HourTargets targets) {
    validate(targets);
    mismatch(targets)
        .ifPresent(
            m -> {
              throw BusinessException.onField(
                  "blendedTotal",
                  "programme.defaults.mismatch",
                  hours(m.partsMinutes()),
                  hours(m.statedMinutes()));
            });
  }

  private static BigDecimal hours(int minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  private static void checkMode(String field, int minutes) {
    if (minutes < 0 || minutes > MAX_MODE_MINUTES) {
      throw BusinessException.onField(field, "edition.hours.range", MAX_MODE_MINUTES / 60);
    }
  }
}
