package org.mentora.competence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The participant's own records they may link to a rating as evidence. */
public record EvidenceChoices(List<Choice> logEntries, List<Choice> milestones)
    implements Serializable {

  /** The most recent entries offered; older ones are rarely the evidence one looks for. */
  public static final int MAX_ENTRIES = 200;

  /** One linkable record. */
  public record Choice(long id, LocalDate date, String text) implements Serializable {
    public long getId() {
      return id;
    }

    public String getLabel() {
      String shortText = text.length() <= 70 ? text : text.substring(0, 69) + "…";
      return date == null ? shortText : date + " · " + shortText;
    }
  }

  public List<Choice> getLogEntries() {
    return logEntries;
  }

  public List<Choice> getMilestones() {
    return milestones;
  }
}
