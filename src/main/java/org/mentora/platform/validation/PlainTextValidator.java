package org.mentora.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Decides {@link PlainText}, and offers the same rule to imports (which report a row problem) and
 * to uploaded file names (which are cleaned rather than refused).
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

  private boolean multiline;

  @Override
  public void initialize(PlainText constraint) {
    multiline = constraint.multiline();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return isPlain(value, multiline);
  }

  /** Whether the text has no forbidden character; {@code null} is plain (others say required). */
  public static boolean isPlain(String text, boolean multiline) {
    return firstForbidden(text, multiline) < 0;
  }

  /** The index of the first forbidden character, or -1. */
  public static int firstForbidden(String text, boolean multiline) {
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (isForbidden(codePoint, multiline)) {
        return i;
      }
      i += Character.charCount(codePoint);
    }
    return -1;
  }

  /**
   * The text without forbidden characters, for names the user cannot be asked to retype (an
   * uploaded file's name): controls become nothing, so "a\u202Efdp.exe" keeps its real order.
   */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().filter(c -> !isForbidden(c, false)).forEach(clean::appendCodePoint);
    return clean.toString();
  }

  static boolean isForbidden(int codePoint, boolean multiline) {
    if (isDirectionControl(codePoint)) {
      return true;
    }
    if (multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
      return false;
    }
    // Line and paragraph separators break a line as surely as a newline does.
    return Character.getType(codePoint) == Character.CONTROL
        || codePoint == '\u2028'
        || codePoint == '\u2029';
  }

  /** Embeddings, overrides, isolates and marks that change the order text is shown in. */
  static boolean isDirectionControl(int codePoint) {
    return (codePoint >= '\u202A' && codePoint <= '\u202E')
        || (codePoint >= '\u2066' && codePoint <= '\u2069')
        || codePoint == '\u200E'
        || codePoint == '\u200F'
        || codePoint == '\u061C';
  }
}
