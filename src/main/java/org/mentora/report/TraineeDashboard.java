package org.mentora.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mentora.competence.Standing;
import org.mentora.logbook.Progress;
import org.mentora.project.ProjectStatus;

/**
 * Everything a participant's dashboard shows for one enrolment: progress per learning mode, what
 * waits for review or was sent back, the project and its next milestones, competence gaps, the
 * at-risk flag and the next steps computed from all of it. Certificate figures (eligibility,
 * status) are a later capability's and slot in beside these.
 */
public record TraineeDashboard(
    long enrolmentId,
    String editionCode,
    String editionTitle,
    Progress progress,
    long waitingEntries,
    long waitingMinutes,
    long sentBackEntries,
    LocalDate lastLogged,
    Long projectId,
    String projectTitle,
    ProjectStatus projectStatus,
    List<MilestoneLine> milestones,
    int competences,
    List<Standing> gaps,
    Set<AtRiskRule.Reason> risk,
    List<NextSteps.Step> nextSteps)
    implements java.io.Serializable {

  /** A milestone not done yet, with its due date. */
  public record MilestoneLine(String title, LocalDate due, int percentDone, boolean overdue)
      implements java.io.Serializable {
    public String getTitle() {
      return title;
    }

    public LocalDate getDue() {
      return due;
    }

    public int getPercentDone() {
      return percentDone;
    }

    public boolean isOverdue() {
      return overdue;
    }
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public String getEditionCode() {
    return editionCode;
  }

  public String getEditionTitle() {
    return editionTitle;
  }

  public Progress getProgress() {
    return progress;
  }

  public long getWaitingEntries() {
    return waitingEntries;
  }

  public long getWaitingMinutes() {
    return waitingMinutes;
  }

  public long getSentBackEntries() {
    return sentBackEntries;
  }

  public LocalDate getLastLogged() {
    return lastLogged;
  }

  public Long getProjectId() {
    return projectId;
  }

  public String getProjectTitle() {
    return projectTitle;
  }

  public ProjectStatus getProjectStatus() {
    return projectStatus;
  }

  public List<MilestoneLine> getMilestones() {
    return milestones;
  }

  public int getCompetences() {
    return competences;
  }

  public List<Standing> getGaps() {
    return gaps;
  }

  public Set<AtRiskRule.Reason> getRisk() {
    return risk;
  }

  public List<NextSteps.Step> getNextSteps() {
    return nextSteps;
  }
}
