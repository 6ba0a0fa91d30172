package org.mentora.report;

import java.util.List;
import java.util.Map;
import org.mentora.course.LearningMode;
import org.mentora.project.ProjectStatus;

/**
 * An administrator's view of one or several editions: one row per edition side by side, the same
 * figures by host library, region and country, approved hours per learning mode week by week,
 * project ideas by topic and state, and the share of participants reaching each competence target
 * of the first edition. Withdrawn participants are counted apart and nowhere else.
 */
public record EditionDashboard(
    EditionFilter filter,
    int inactiveDays,
    List<EditionRow> editions,
    List<ParticipantRow> participants,
    Map<GroupBy, List<GroupRow>> groups,
    List<String> weeks,
    Map<LearningMode, List<Long>> weeklyMinutes,
    List<ProjectRow> projects,
    String competenceEdition,
    List<CompetenceShare> competences)
    implements java.io.Serializable {

  /** How participants are grouped for the comparison. */
  public enum GroupBy {
    ORGANISATION,
    REGION,
    COUNTRY;

    public String labelKey() {
      return "report.groupBy." + name();
    }
  }

  /** One edition's figures. */
  public record EditionRow(
      long editionId,
      String code,
      String title,
      String country,
      long enrolled,
      long withdrawn,
      long active,
      long atRisk,
      long approvedMinutes,
      long recognisedMinutes,
      long pendingMinutes,
      long certified)
      implements java.io.Serializable {

    public long getCertified() {
      return certified;
    }

    public String getCode() {
      return code;
    }

    public String getTitle() {
      return title;
    }

    public String getCountry() {
      return country;
    }

    public long getEnrolled() {
      return enrolled;
    }

    public long getWithdrawn() {
      return withdrawn;
    }

    public long getActive() {
      return active;
    }

    public long getAtRisk() {
      return atRisk;
    }

    public long getApprovedMinutes() {
      return approvedMinutes;
    }

    public long getRecognisedMinutes() {
      return recognisedMinutes;
    }

    public long getPendingMinutes() {
      return pendingMinutes;
    }

    /** Approved minutes per enrolled participant. */
    public long getAverageMinutes() {
      return enrolled == 0 ? 0 : approvedMinutes / enrolled;
    }
  }

  /** The figures of one host library, region or country. */
  public record GroupRow(
      String name,
      String region,
      String country,
      long participants,
      long atRisk,
      long approvedMinutes,
      long pendingMinutes)
      implements java.io.Serializable {

    public String getName() {
      return name;
    }

    public String getRegion() {
      return region;
    }

    public String getCountry() {
      return country;
    }

    public long getParticipants() {
      return participants;
    }

    public long getAtRisk() {
      return atRisk;
    }

    public long getApprovedMinutes() {
      return approvedMinutes;
    }

    public long getPendingMinutes() {
      return pendingMinutes;
    }

    public long getAverageMinutes() {
      return participants == 0 ? 0 : approvedMinutes / participants;
    }
  }

  /** How many project ideas of a topic are in a state. */
  public record ProjectRow(String topic, ProjectStatus status, long count)
      implements java.io.Serializable {
    public String getTopic() {
      return topic;
    }

    public ProjectStatus getStatus() {
      return status;
    }

    public long getCount() {
      return count;
    }
  }

  /** The share of participants whose counted level reaches a competence's target. */
  public record CompetenceShare(String code, String name, int target, int percentReached)
      implements java.io.Serializable {
    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public int getTarget() {
      return target;
    }

    public int getPercentReached() {
      return percentReached;
    }
  }

  public List<EditionRow> getEditions() {
    return editions;
  }

  public List<ParticipantRow> getParticipants() {
    return participants;
  }

  public List<GroupRow> groups(GroupBy by) {
    return groups.getOrDefault(by, List.of());
  }

  public List<ProjectRow> getProjects() {
    return projects;
  }

  public String getCompetenceEdition() {
    return competenceEdition;
  }

  public List<CompetenceShare> getCompetences() {
    return competences;
  }

  public int getInactiveDays() {
    return inactiveDays;
  }
}
