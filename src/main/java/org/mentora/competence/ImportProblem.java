package org.mentora.competence;

import java.io.Serializable;
import java.util.List;

/**
 * Why a framework file cannot be imported: which file ({@link #COMPETENCES} or {@link #LEVELS}),
 * the line (0 for the whole file), the column when there is one, and a bundle key with arguments.
 */
public record ImportProblem(
    String file, int line, String column, String messageKey, List<Object> arguments)
    implements Serializable {

  public static final String COMPETENCES = "competences";
  public static final String LEVELS = "levels";

  public static ImportProblem of(
      String file, int line, String column, String messageKey, Object... arguments) {
    return new ImportProblem(file, line, column, messageKey, List.of(arguments));
  }

  public static ImportProblem ofFile(String file, String messageKey, Object... arguments) {
    return of(file, 0, null, messageKey, arguments);
  }

  public String getFile() {
    return file;
  }

  /** The bundle key naming the file, for pages. */
  public String getFileKey() {
    return "frameworks.import.file." + file;
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
