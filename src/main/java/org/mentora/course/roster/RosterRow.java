package org.mentora.course.roster;

import java.util.Map;

/** One data row of a roster file: its line in the file and its values by canonical column. */
public record RosterRow(int line, Map<String, String> values) {

  /** The trimmed value, or an empty string when the column is absent or blank. */
  public String get(String column) {
    String value = values.get(column);
    return value == null ? "" : value.strip();
  }

  public boolean has(String column) {
    return !get(column).isEmpty();
  }

  public int getLine() {
    return line;
  }
}
