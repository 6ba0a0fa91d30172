package org.mentora.course.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentora.course.HourTargets;
import org.mentora.course.LearningMode;
import org.mentora.platform.web.HoursFormat;

/**
 * Target hours of a form, one field per learning mode of the programme, as minutes read by the
 * hours converter (what the domain keeps). The blended modes come first, then the stated total,
 * then the modes that stand apart (work-based learning).
 */
public class HoursFields implements Serializable {

  private static final long serialVersionUID = 2L;

  /** One mode's field. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LearningMode mode;
    private Integer minutes;

    Row(LearningMode mode, Integer minutes) {
      this.mode = mode;
      this.minutes = minutes;
    }

    public LearningMode getMode() {
      return mode;
    }

    public Integer getMinutes() {
      return minutes;
    }

    public void setMinutes(Integer minutes) {
      this.minutes = minutes;
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private Integer blendedTotal;

  public static HoursFields of(Collection<LearningMode> modes, HourTargets targets) {
    HoursFields fields = new HoursFields();
    for (LearningMode mode : modes) {
      fields.rows.add(new Row(mode, targets.target(mode)));
    }
    fields.blendedTotal = targets.getBlendedTotal();
    return fields;
  }

  public HourTargets toTargets() {
    Map<String, Integer> minutes = new LinkedHashMap<>();
    Set<String> blended = new LinkedHashSet<>();
    for (Row row : rows) {
      minutes.put(row.mode.getCode(), minutes(row.minutes));
      if (row.mode.isBlended()) {
        blended.add(row.mode.getCode());
      }
    }
    return new HourTargets(minutes, blended, minutes(blendedTotal));
  }

  private static int minutes(Integer minutes) {
    return minutes == null ? 0 : minutes;
  }

  /** What the blended parts add up to, in hours, as typed now. */
  public BigDecimal getPartsHours() {
    return HoursFormat.toHours(toTargets().blendedSum());
  }

  /** The fields of the modes that make up the blended course. */
  public List<Row> getBlendedRows() {
    return rows.stream().filter(r -> r.mode.isBlended()).toList();
  }

  /** The fields of the modes that stand apart from it (work-based learning). */
  public List<Row> getApartRows() {
    return rows.stream().filter(r -> !r.mode.isBlended()).toList();
  }

  public Integer getBlendedTotal() {
    return blendedTotal;
  }

  public void setBlendedTotal(Integer blendedTotal) {
    this.blendedTotal = blendedTotal;
  }
}
