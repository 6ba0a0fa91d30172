package org.mentora.course.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.mentora.course.HourTargets;
import org.mentora.platform.web.HoursFormat;

/** Target hours as a form shows them (hours, with decimals), for the minutes the domain keeps. */
public class HoursFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private BigDecimal faceToFace;
  private BigDecimal virtual;
  private BigDecimal projectBased;
  private BigDecimal assessment;
  private BigDecimal blendedTotal;
  private BigDecimal workBased;

  public static HoursFields of(HourTargets targets) {
    HoursFields fields = new HoursFields();
    fields.faceToFace = HoursFormat.toHours(targets.getFaceToFace());
    fields.virtual = HoursFormat.toHours(targets.getVirtual());
    fields.projectBased = HoursFormat.toHours(targets.getProjectBased());
    fields.assessment = HoursFormat.toHours(targets.getAssessment());
    fields.blendedTotal = HoursFormat.toHours(targets.getBlendedTotal());
    fields.workBased = HoursFormat.toHours(targets.getWorkBased());
    return fields;
  }

  public HourTargets toTargets() {
    return new HourTargets(
        minutes(faceToFace),
        minutes(virtual),
        minutes(projectBased),
        minutes(assessment),
        minutes(blendedTotal),
        minutes(workBased));
  }

  private static int minutes(BigDecimal hours) {
    Integer value = HoursFormat.toMinutes(hours);
    return value == null ? 0 : value;
  }

  /** What the blended parts add up to, in hours, as typed now. */
  public BigDecimal getPartsHours() {
    return HoursFormat.toHours(toTargets().blendedSum());
  }

  public BigDecimal getFaceToFace() {
    return faceToFace;
  }

  public void setFaceToFace(BigDecimal faceToFace) {
    this.faceToFace = faceToFace;
  }

  public BigDecimal getVirtual() {
    return virtual;
  }

  public void setVirtual(BigDecimal virtual) {
    this.virtual = virtual;
  }

  public BigDecimal getProjectBased() {
    return projectBased;
  }

  public void setProjectBased(BigDecimal projectBased) {
    this.projectBased = projectBased;
  }

  public BigDecimal getAssessment() {
    return assessment;
  }

  public void setAssessment(BigDecimal assessment) {
    this.assessment = assessment;
  }

  public BigDecimal getBlendedTotal() {
    return blendedTotal;
  }

  public void setBlendedTotal(BigDecimal blendedTotal) {
    this.blendedTotal = blendedTotal;
  }

  public BigDecimal getWorkBased() {
    return workBased;
  }

  public void setWorkBased(BigDecimal workBased) {
    this.workBased = workBased;
  }
}
