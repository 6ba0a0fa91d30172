package org.mentora.logbook;

import java.util.List;
import org.mentora.course.LearningMode;

/**
 * A participant's hours against the edition's targets: per learning mode and for the blended course
 * in total. Only approved hours count; hours waiting for review and recognised prior learning are
 * shown apart (recognised hours count toward the target, as the certificate says).
 */
public record Progress(List<Line> modes, Line blendedTotal) implements java.io.Serializable {

  /** One bar: a learning mode, or the blended total when {@code mode} is null. */
  public record Line(
      LearningMode mode,
      long approvedMinutes,
      long pendingMinutes,
      long recognisedMinutes,
      long targetMinutes)
      implements java.io.Serializable {

    /** Approved plus recognised, as a share of the target (0-100). */
    public int getPercent() {
      if (targetMinutes <= 0) {
        return approvedMinutes + recognisedMinutes > 0 ? 100 : 0;
      }
      return (int) Math.min(100, (approvedMinutes + recognisedMinutes) * 100 / targetMinutes);
    }

    public LearningMode getMode() {
      return mode;
    }

    /** The mode's colour for its bar; the blended total's is the theme's. */
    public String getColour() {
      return mode == null ? null : mode.getColour();
    }

    public long getApprovedMinutes() {
      return approvedMinutes;
    }

    public long getPendingMinutes() {
      return pendingMinutes;
    }

    public long getRecognisedMinutes() {
      return recognisedMinutes;
    }

    public long getTargetMinutes() {
      return targetMinutes;
    }

    public String getKey() {
      return mode == null ? "TOTAL" : mode.getCode();
    }
  }

  public List<Line> getModes() {
    return modes;
  }

  public Line getBlendedTotal() {
    return blendedTotal;
  }
}
