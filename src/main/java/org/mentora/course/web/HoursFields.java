package org.mentora.course.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.mentora.course.HourTargets;
import org.mentora.platform.web.HoursFormat;

/** Target hours of a form, as minutes read by the hours converter (what the domain keeps). */
public class HoursFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private Integer faceToFace;
  private Integer virtual;
  private Integer projectBased;
  private Integer assessment;
  private Integer blendedTotal;
  private Integer workBased;

  public static HoursFields of(HourTargets targets) {
    HoursFields fields = new HoursFields();
    fields.faceToFace = targets.getFaceToFace();
    fields.virtual = targets.getVirtual();
    fields.projectBased = targets.getProjectBased();
    fields.assessment = targets.getAssessment();
    fields.blendedTotal = targets.getBlendedTotal();
    fields.workBased = targets.getWorkBased();
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

  private static int minutes(Integer minutes) {
    return minutes == null ? 0 : minutes;
  }

  /** What the blended parts add up to, in hours, as typed now. */
  public BigDecimal getPartsHours() {
    return HoursFormat.toHours(toTargets().blendedSum());
  }

  public Integer getFaceToFace() {
    return faceToFace;
  }

  public void setFaceToFace(Integer faceToFace) {
    this.faceToFace = faceToFace;
  }

  public Integer getVirtual() {
    return virtual;
  }

  public void setVirtual(Integer virtual) {
    this.virtual = virtual;
  }

  public Integer getProjectBased() {
    return projectBased;
  }

  public void setProjectBased(Integer projectBased) {
    this.projectBased = projectBased;
  }

  public Integer getAssessment() {
    return assessment;
  }

  public void setAssessment(Integer assessment) {
    this.assessment = assessment;
  }

  public Integer getBlendedTotal() {
    return blendedTotal;
  }

  public void setBlendedTotal(Integer blendedTotal) {
    this.blendedTotal = blendedTotal;
  }

  public Integer getWorkBased() {
    return workBased;
  }

  public void setWorkBased(Integer workBased) {
    this.workBased = workBased;
  }
}
