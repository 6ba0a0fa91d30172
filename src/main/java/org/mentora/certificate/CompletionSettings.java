package org.mentora.certificate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.mentora.course.Edition;
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

  /** Minimum minutes per learning mode, by the mode's code. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "completion_minimum", joinColumns = @JoinColumn(name = "rule_id"))
  @MapKeyColumn(name = "mode_code", length = 20)
  @Column(name = "minimum_min", nullable = false)
  private Map<String, Integer> minimums = new HashMap<>();

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
    return new CompletionRules.Rules(
        minimums, total, project, modulesRequired, competencesRequired);
  }

  public void apply(CompletionRules.Rules rules, String by, Instant at) {
    minimums.keySet().retainAll(rules.minimumMinutes().keySet());
    minimums.putAll(rules.minimumMinutes());
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
