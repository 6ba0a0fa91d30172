package org.mentora.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * An edition's target hours per learning mode and the blended total the plan states, all in
 * minutes. The stated total is kept as written even when the parts disagree with it (the BIBLIO
 * plan says 240 h while its parts add up to 245 h): {@link HoursPlan} shows the difference.
 */
@Embeddable
public class HourTargets implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "target_face_to_face_min", nullable = false)
  private int faceToFace;

  @Column(name = "target_virtual_min", nullable = false)
  private int virtual;

  @Column(name = "target_project_min", nullable = false)
  private int projectBased;

  @Column(name = "target_assessment_min", nullable = false)
  private int assessment;

  @Column(name = "target_work_based_min", nullable = false)
  private int workBased;

  @Column(name = "blended_total_min", nullable = false)
  private int blendedTotal;

  public HourTargets() {}

  public HourTargets(
      int faceToFace,
      int virtual,
      int projectBased,
      int assessment,
      int blendedTotal,
      int workBased) {
    this.faceToFace = faceToFace;
    this.virtual = virtual;
    this.projectBased = projectBased;
    this.assessment = assessment;
    this.blendedTotal = blendedTotal;
    this.workBased = workBased;
  }

  public static HourTargets ofHours(
      int f2f, int virtual, int project, int assessment, int total, int wbl) {
    return new HourTargets(
        f2f * 60, virtual * 60, project * 60, assessment * 60, total * 60, wbl * 60);
  }

  public int target(LearningMode mode) {
    return switch (mode) {
      case FACE_TO_FACE -> faceToFace;
      case VIRTUAL -> virtual;
      case PROJECT_BASED -> projectBased;
      case ASSESSMENT -> assessment;
      case WORK_BASED -> workBased;
    };
  }

  public Map<LearningMode, Integer> byMode() {
    Map<LearningMode, Integer> map = new EnumMap<>(LearningMode.class);
    for (LearningMode mode : LearningMode.values()) {
      map.put(mode, target(mode));
    }
    return map;
  }

  /** What the blended parts add up to. */
  public int blendedSum() {
    return faceToFace + virtual + projectBased + assessment;
  }

  public int getFaceToFace() {
    return faceToFace;
  }

  public void setFaceToFace(int faceToFace) {
    this.faceToFace = faceToFace;
  }

  public int getVirtual() {
    return virtual;
  }

  public void setVirtual(int virtual) {
    this.virtual = virtual;
  }

  public int getProjectBased() {
    return projectBased;
  }

  public void setProjectBased(int projectBased) {
    this.projectBased = projectBased;
  }

  public int getAssessment() {
    return assessment;
  }

  public void setAssessment(int assessment) {
    this.assessment = assessment;
  }

  public int getWorkBased() {
    return workBased;
  }

  public void setWorkBased(int workBased) {
    this.workBased = workBased;
  }

  public int getBlendedTotal() {
    return blendedTotal;
  }

  public void setBlendedTotal(int blendedTotal) {
    this.blendedTotal = blendedTotal;
  }

  public HourTargets copy() {
    return new HourTargets(faceToFace, virtual, projectBased, assessment, blendedTotal, workBased);
  }
}
