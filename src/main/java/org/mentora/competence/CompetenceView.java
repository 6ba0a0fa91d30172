package org.mentora.competence;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One participant's competence profile as a page shows it: the targets, every rating with its
 * evidence, which one counts, the open moments, and what the caller may do.
 */
public record CompetenceView(
    long enrolmentId,
    String participantName,
    String editionTitle,
    String profileName,
    CountingRule countingRule,
    List<MomentWindow> moments,
    List<AssessmentMoment> formMoments,
    List<Row> rows,
    boolean canSelfAssess,
    boolean canRate)
    implements Serializable {

  /** One competence of the profile. */
  public record Row(
      Standing standing,
      String area,
      int minLevel,
      int maxLevel,
      List<LevelOption> levels,
      List<RatingLine> history)
      implements Serializable {
    public Standing getStanding() {
      return standing;
    }

    public String getArea() {
      return area;
    }

    public List<LevelOption> getLevels() {
      return levels;
    }

    public List<RatingLine> getHistory() {
      return history;
    }

    /** The name of a level of this competence's framework, or the number alone. */
    public String levelName(Integer level) {
      if (level == null) {
        return null;
      }
      return levels.stream()
          .filter(l -> l.number() == level)
          .map(LevelOption::getLabel)
          .findFirst()
          .orElse(String.valueOf(level));
    }
  }

  /** A level to choose: "4 Intermediate 4". */
  public record LevelOption(int number, String name) implements Serializable {
    public int getNumber() {
      return number;
    }

    public String getLabel() {
      return name == null || name.isBlank() || name.endsWith(" " + number)
          ? (name == null || name.isBlank() ? String.valueOf(number) : name)
          : number + " " + name;
    }
  }

  /** One rating in the history of a competence. */
  public record RatingLine(
      long id,
      AssessmentMoment moment,
      AssessorRole role,
      String assessor,
      int level,
      String comment,
      Instant at,
      boolean counts,
      List<EvidenceLine> evidence)
      implements Serializable {
    public long getId() {
      return id;
    }

    public AssessmentMoment getMoment() {
      return moment;
    }

    public AssessorRole getRole() {
      return role;
    }

    public String getAssessor() {
      return assessor;
    }

    public int getLevel() {
      return level;
    }

    public String getComment() {
      return comment;
    }

    public Instant getAt() {
      return at;
    }

    public boolean isCounts() {
      return counts;
    }

    public List<EvidenceLine> getEvidence() {
      return evidence;
    }
  }

  /** A piece of evidence: what it is and, for a file, the id that serves it. */
  public record EvidenceLine(long id, EvidenceKind kind, String label, boolean file)
      implements Serializable {
    public long getId() {
      return id;
    }

    public EvidenceKind getKind() {
      return kind;
    }

    public String getLabel() {
      return label;
    }

    public boolean isFile() {
      return file;
    }
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public String getParticipantName() {
    return participantName;
  }

  public String getEditionTitle() {
    return editionTitle;
  }

  public String getProfileName() {
    return profileName;
  }

  public CountingRule getCountingRule() {
    return countingRule;
  }

  /** The moments the caller's form offers: open today (participant) or enabled (staff). */
  public List<AssessmentMoment> getFormMoments() {
    return formMoments;
  }

  public List<MomentWindow> getMoments() {
    return moments;
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isCanSelfAssess() {
    return canSelfAssess;
  }

  public boolean isCanRate() {
    return canRate;
  }

  public List<Standing> standings() {
    return rows.stream().map(Row::standing).toList();
  }

  public List<Standing> getGaps() {
    return CompetenceGaps.gaps(standings());
  }

  public int getPercentReached() {
    return CompetenceGaps.percentReached(standings());
  }

  public boolean isHasProfile() {
    return profileName != null;
  }
}
