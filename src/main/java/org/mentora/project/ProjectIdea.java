package org.mentora.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.mentora.course.Enrolment;
import org.mentora.directory.Organisation;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * A participant's project idea for their own library, developed with trainers, tutors and mentor
 * during the course and implemented during work-based learning. Logbook entries may serve it.
 */
@Entity
@Table(name = "project_idea")
public class ProjectIdea extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final int TITLE_MAX = 200;
  public static final int TEXT_MAX = 4000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id", nullable = false)
  private Enrolment enrolment;

  @NotBlank(message = "{project.title.required}")
  @Size(max = TITLE_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = TITLE_MAX)
  @PlainText
  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "topic_id")
  private ProjectTopic topic;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "host_organisation_id")
  private Organisation hostOrganisation;

  @Size(max = TEXT_MAX, message = "{validation.tooLong}")
  @Column(length = TEXT_MAX)
  @PlainText(multiline = true)
  private String problem;

  @Size(max = TEXT_MAX, message = "{validation.tooLong}")
  @Column(length = TEXT_MAX)
  @PlainText(multiline = true)
  private String objectives;

  @Size(max = TEXT_MAX, message = "{validation.tooLong}")
  @Column(name = "target_audience", length = TEXT_MAX)
  @PlainText(multiline = true)
  private String targetAudience;

  @Size(max = TEXT_MAX, message = "{validation.tooLong}")
  @Column(length = TEXT_MAX)
  @PlainText(multiline = true)
  private String activities;

  @Size(max = TEXT_MAX, message = "{validation.tooLong}")
  @Column(name = "expected_outcomes", length = TEXT_MAX)
  @PlainText(multiline = true)
  private String expectedOutcomes;

  @Size(max = TEXT_MAX, message = "{validation.tooLong}")
  @Column(length = TEXT_MAX)
  @PlainText(multiline = true)
  private String timeline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ProjectStatus status = ProjectStatus.DRAFT;

  @Column(name = "consent_public", nullable = false)
  private boolean consentPublic;

  @Column(name = "consent_at")
  private Instant consentAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "final_report_id")
  private org.mentora.platform.files.StoredFile finalReport;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  public ProjectIdea() {}

  public ProjectIdea(Enrolment enrolment, String title, Instant createdAt) {
    this.enrolment = enrolment;
    this.title = title;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.hostOrganisation = enrolment.getHostOrganisation();
  }

  /** Moves to another state; the lifecycle rules decide whether the move is legal. */
  public void moveTo(ProjectStatus newStatus, Instant when) {
    this.status = newStatus;
    this.updatedAt = when;
  }

  public void touch(Instant when) {
    this.updatedAt = when;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? null : title.strip();
  }

  public ProjectTopic getTopic() {
    return topic;
  }

  public void setTopic(ProjectTopic topic) {
    this.topic = topic;
  }

  public Organisation getHostOrganisation() {
    return hostOrganisation;
  }

  public void setHostOrganisation(Organisation hostOrganisation) {
    this.hostOrganisation = hostOrganisation;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public String getTargetAudience() {
    return targetAudience;
  }

  public void setTargetAudience(String targetAudience) {
    this.targetAudience = targetAudience;
  }

  public String getActivities() {
    return activities;
  }

  public void setActivities(String activities) {
    this.activities = activities;
  }

  public String getExpectedOutcomes() {
    return expectedOutcomes;
  }

  public void setExpectedOutcomes(String expectedOutcomes) {
    this.expectedOutcomes = expectedOutcomes;
  }

  public String getTimeline() {
    return timeline;
  }

  public void setTimeline(String timeline) {
    this.timeline = timeline;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public boolean isConsentPublic() {
    return consentPublic;
  }

  public Instant getConsentAt() {
    return consentAt;
  }

  /** The participant agrees (or no longer agrees) that a good practice may be made of the idea. */
  public void setConsent(boolean consent, Instant when) {
    this.consentPublic = consent;
    this.consentAt = consent ? when : null;
  }

  public org.mentora.platform.files.StoredFile getFinalReport() {
    return finalReport;
  }

  public void setFinalReport(org.mentora.platform.files.StoredFile finalReport) {
    this.finalReport = finalReport;
  }
}
