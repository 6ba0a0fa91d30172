package org.mentora.competence;

import java.io.Serializable;
import java.util.List;
import org.mentora.platform.i18n.LocalName;

/** An edition's competences × participants: the counted levels against the profile's targets. */
public record Cohort(
    long editionId,
    String editionTitle,
    String profileName,
    CountingRule countingRule,
    List<Column> columns,
    List<Line> lines)
    implements Serializable {

  /** One competence of the profile. */
  public record Column(long competenceId, String code, String name, String framework, int target)
      implements Serializable {
    /** The column of one of the profile's targets. */
    static Column of(ProfileTarget target) {
      return new Column(
          target.getCompetence().getId(),
          target.getCompetence().getCode(),
          LocalName.inRequest(target.getCompetence()),
          target.getCompetence().getFramework().getName(),
          target.getTargetLevel());
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public int getTarget() {
      return target;
    }
  }

  /**
   * One competence across many participants: how many have a counted level and how many reach the
   * target.
   */
  public record Share(Column column, long participants, long assessed, long reached) {
    /** The share reaching the target, 0-100, rounded down; 0 without participants. */
    public int percentReached() {
      return participants == 0 ? 0 : (int) (reached * 100 / participants);
    }
  }

  /** One participant. */
  public record Line(
      long enrolmentId, String name, String organisation, List<Cell> cells, int percentReached)
      implements Serializable {
    public long getEnrolmentId() {
      return enrolmentId;
    }

    public String getName() {
      return name;
    }

    public String getOrganisation() {
      return organisation;
    }

    public List<Cell> getCells() {
      return cells;
    }

    public int getPercentReached() {
      return percentReached;
    }
  }

  /** One counted level against its target. */
  public record Cell(Integer counted, int target) implements Serializable {
    public Integer getCounted() {
      return counted;
    }

    /** The heat class: not assessed, far from the target, one level short, reached. */
    public String getHeat() {
      if (counted == null) {
        return "heat-none";
      }
      int gap = target - counted;
      return gap <= 0 ? "heat-reached" : gap == 1 ? "heat-near" : "heat-far";
    }
  }

  /** Per competence, the share of participants who reached the target (0-100). */
  public List<Integer> percentReachedPerColumn() {
    return java.util.stream.IntStream.range(0, columns.size())
        .mapToObj(
            i ->
                lines.isEmpty()
                    ? 0
                    : (int)
                        (lines.stream()
                                .filter(
                                    l -> {
                                      Cell c = l.cells().get(i);
                                      return c.counted() != null && c.counted() >= c.target();
                                    })
                                .count()
                            * 100
                            / lines.size()))
        .toList();
  }

  public long getEditionId() {
    return editionId;
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

  public List<Column> getColumns() {
    return columns;
  }

  public List<Line> getLines() {
    return lines;
  }
}
