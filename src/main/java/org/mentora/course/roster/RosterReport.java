package org.mentora.course.roster;

import java.util.List;

/**
 * What a roster file does or did: every problem with its line, the first rows with what will happen
 * to each, and the counts. A file with any problem is never written, not even in part.
 */
public record RosterReport(
    RosterKind kind,
    int rows,
    List<RowProblem> problems,
    List<PlannedRow> preview,
    int created,
    int updated,
    int unchanged,
    boolean imported)
    implements java.io.Serializable {

  /** Rows shown in the preview; the counts always cover the whole file. */
  public static final int PREVIEW_ROWS = 100;

  public enum Action {
    NEW,
    UPDATE,
    UNCHANGED;

    public String labelKey() {
      return "RosterAction." + name();
    }
  }

  /** One row as it will be imported: its line, what happens, and whom or what it names. */
  public record PlannedRow(int line, Action action, String label, String detail)
      implements java.io.Serializable {
    public int getLine() {
      return line;
    }

    public Action getAction() {
      return action;
    }

    public String getLabel() {
      return label;
    }

    public String getDetail() {
      return detail;
    }
  }

  public boolean isClean() {
    return problems.isEmpty();
  }

  public RosterKind getKind() {
    return kind;
  }

  public int getRows() {
    return rows;
  }

  public List<RowProblem> getProblems() {
    return problems;
  }

  public List<PlannedRow> getPreview() {
    return preview;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public boolean isImported() {
    return imported;
  }

  /** Lines with at least one problem; a file-level problem (line 0) is not a row. */
  public long getBadRows() {
    return problems.stream().mapToInt(RowProblem::line).filter(l -> l > 0).distinct().count();
  }
}
