package org.mentora.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentora.directory.Organisation;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * A candidate's application to an edition: admission is a selection, not a sign-up. Records what
 * the ranking needs (MOOC done, host library, project idea) and the administrator's decision.
 */
@Entity
@Table(name = "application")
public class Application extends BaseEntity implements AdmissionRanking.Candidate {

  private static final long serialVersionUID = 1L;
  public static final int TEXT_MAX = 500;
  public static final int TITLE_MAX = 200;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false)
  private Edition edition;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "host_organisation_id")
  private Organisation hostOrganisation;

  @Column(name = "mooc_completed", nullable = false)
  private boolean moocCompleted;

  @Column(name = "mooc_evidence", length = TEXT_MAX)
  @PlainText(multiline = true)
  private String moocEvidence;

  @Column(name = "project_idea_title", length = TITLE_MAX)
  @PlainText
  private String projectIdeaTitle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ApplicationStatus status = ApplicationStatus.SUBMITTED;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decision_note", length = TEXT_MAX)
  @PlainText(multiline = true)
  private String decisionNote;

  protected Application() {}

  public Application(Edition edition, Person person, Instant submittedAt) {
    this.edition = edition;
    this.person = person;
    this.submittedAt = submittedAt;
  }

  public void decide(ApplicationStatus newStatus, String by, Instant at, String note) {
    this.status = newStatus;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
  }

  @Override
  public boolean moocCompleted() {
    return moocCompleted;
  }

  @Override
  public boolean hasHostLibrary() {
    return hostOrganisation != null;
  }

  @Override
  public boolean hasProjectIdea() {
    return projectIdeaTitle != null && !projectIdeaTitle.isBlank();
  }

  @Override
  public Instant submittedAt() {
    return submittedAt;
  }

  public Edition getEdition() {
    return edition;
  }

  public Person getPerson() {
    return person;
  }

  public Organisation getHostOrganisation() {
    return hostOrganisation;
  }

  public void setHostOrganisation(Organisation hostOrganisation) {
    this.hostOrganisation = hostOrganisation;
  }

  public boolean isMoocCompleted() {
    return moocCompleted;
  }

  public void setMoocCompleted(boolean moocCompleted) {
    this.moocCompleted = moocCompleted;
  }

  public String getMoocEvidence() {
    return moocEvidence;
  }

  public void setMoocEvidence(String moocEvidence) {
    this.moocEvidence =
        moocEvidence == null || moocEvidence.isBlank() ? null : moocEvidence.strip();
  }

  public String getProjectIdeaTitle() {
    return projectIdeaTitle;
  }

  public void setProjectIdeaTitle(String projectIdeaTitle) {
    this.projectIdeaTitle =
        projectIdeaTitle == null || projectIdeaTitle.isBlank() ? null : projectIdeaTitle.strip();
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecisionNote() {
    return decisionNote;
  }
}
