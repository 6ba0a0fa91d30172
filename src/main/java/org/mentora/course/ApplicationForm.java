package org.mentora.course;

import java.io.Serializable;

/** What a candidate fills in to apply to an edition. */
public class ApplicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long hostOrganisationId;
  private boolean moocCompleted;
  private String moocEvidence;
  private String projectIdeaTitle;

  public Long getHostOrganisationId() {
    return hostOrganisationId;
  }

  public void setHostOrganisationId(Long hostOrganisationId) {
    this.hostOrganisationId = hostOrganisationId;
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
    this.moocEvidence = moocEvidence;
  }

  public String getProjectIdeaTitle() {
    return projectIdeaTitle;
  }

  public void setProjectIdeaTitle(String projectIdeaTitle) {
    this.projectIdeaTitle = projectIdeaTitle;
  }
}
