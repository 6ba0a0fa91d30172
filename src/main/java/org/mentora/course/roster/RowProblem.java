package org.mentora.course.roster;

import java.util.List;

/**
 * Why a row (or, with line 0, the whole file) cannot be imported: a bundle key with its arguments,
 * and the column it is about when there is one.
 */
public record RowProblem(int line, String column, String messageKey, List<Object> arguments)
    implements java.io.Serializable {

  public static RowProblem of(int line, String column, String messageKey, Object... arguments) {
    return new RowProblem(line, column, messageKey, List.of(arguments));
  }

  public static RowProblem ofFile(String messageKey, Object... arguments) {
    return of(0, null, messageKey, arguments);
  }

  public int getLine() {
    return line;
  }

  public String getColumn() {
    return column;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArgumentArray() {
    return arguments.toArray();
  }
}
