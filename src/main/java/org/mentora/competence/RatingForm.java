package org.mentora.competence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What a person enters to rate one competence: level, moment, comment and evidence. */
public class RatingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long competenceId;
  private AssessmentMoment moment;
  private Integer level;
  private String comment;
  private List<Long> logEntryIds = new ArrayList<>();
  private List<Long> milestoneIds = new ArrayList<>();
  private String fileName;
  private byte[] fileContent;

  public Long getCompetenceId() {
    return competenceId;
  }

  public void setCompetenceId(Long competenceId) {
    this.competenceId = competenceId;
  }

  public AssessmentMoment getMoment() {
    return moment;
  }

  public void setMoment(AssessmentMoment moment) {
    this.moment = moment;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public List<Long> getLogEntryIds() {
    return logEntryIds;
  }

  public void setLogEntryIds(List<Long> logEntryIds) {
    this.logEntryIds = logEntryIds == null ? new ArrayList<>() : logEntryIds;
  }

  public List<Long> getMilestoneIds() {
    return milestoneIds;
  }

  public void setMilestoneIds(List<Long> milestoneIds) {
    this.milestoneIds = milestoneIds == null ? new ArrayList<>() : milestoneIds;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getFileContent() {
    return fileContent;
  }

  /** Attaches an uploaded file as evidence (checked by the file rules when saved). */
  public void attach(String name, byte[] content) {
    this.fileName = name;
    this.fileContent = content;
  }

  public boolean hasFile() {
    return fileContent != null && fileContent.length > 0;
  }
}
