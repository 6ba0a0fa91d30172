package org.mentora.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.mentora.course.Edition;
import org.mentora.course.LearningMode;
import org.mentora.platform.persistence.BaseEntity;

/**
 * The completion rules an administrator set for an edition. Without a row the edition's hour
 * targets are the minimums ({@link CompletionRules.Rules#defaults}).
 */
@Entity
@Table(name = "completion_rule")
public class CompletionSettings extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false, unique = true)
  private Edition edition;

  @Column(name = "min_face_to_face_min", nullable = false)
  private int faceToFace;

  @Column(name = "min_virtual_min", nullable = false)
  private int virtual;

  @Column(name = "min_project_min", nullable = false)
  private int projectBased;

  @Column(name = "min_assessment_min", nullable = false)
  private int assessment;

  @Column(name = "min_work_based_min", nullable = false)
  private int workBased;

  @Column(name = "min_total_min", nullable = false)
  private int total;

  @Enumerated(EnumType.STRING)
  @Column(name = "project_requirement", nullable = false, length = 20)
  private ProjectRequirement project;

  @Column(name = "modules_required", nullable = false)
  private boolean modulesRequired;

  @Column(name = "competences_required", nullable = false)
  private boolean competencesRequired;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CompletionSettings() {}

  public CompletionSettings(Edition edition) {
    this.edition = edition;
  }

  public CompletionRules.Rules rules() {
    Map<LearningMode, Integer> minimums = new EnumMap<>(LearningMode.class);
    minimums.put(LearningMode.FACE_TO_FACE, faceToFace);
    minimums.put(LearningMode.VIRTUAL, virtual);
    minimums.put(LearningMode.PROJECT_BASED, projectBased);
    minimums.put(LearningMode.ASSESSMENT, assessment);
    minimums.put(LearningMode.WORK_BASED, workBased);
    return new CompletionRules.Rules(
        minimums, total, project, modulesRequired, competencesRequired);
  }

  public void apply(CompletionRules.Rules rules, String by, Instant at) {
    faceToFace = rules.minimum(LearningMode.FACE_TO_FACE);
    virtual = rules.minimum(LearningMode.VIRTUAL);
    projectBased = rules.minimum(LearningMode.PROJECT_BASED);
    assessment = rules.minimum(LearningMode.ASSESSMENT);
    workBased = rules.minimum(LearningMode.WORK_BASED);
    total = rules.minimumTotalMinutes();
    project = rules.project();
    modulesRequired = rules.modulesRequired();
    competencesRequired = rules.competencesRequired();
    updatedBy = by;
    updatedAt = at;
  }

  public Edition getEdition() {
    return edition;
  }
}
