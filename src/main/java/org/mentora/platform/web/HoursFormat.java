package org.mentora.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours as people read them. The domain keeps minutes (integers); pages show hours with at most two
 * decimals ("12.25 h") and take hours back in the same form.
 */
@Named("hours")
@ApplicationScoped
public class HoursFormat {

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  /** "240 h", "12.5 h", in the viewer's language. */
  public String format(long minutes) {
    return FacesMessages.text("hours.value", toHours(minutes));
  }

  /** "+5 h" or "−5 h" for a difference. */
  public String difference(long minutes) {
    return FacesMessages.text(
        minutes >= 0 ? "hours.more" : "hours.less", toHours(Math.abs(minutes)));
  }

  public static BigDecimal toHours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** Whole minutes for an hours value; null stays null. */
  public static Integer toMinutes(BigDecimal hours) {
    if (hours == null) {
      return null;
    }
    return hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }
}
