package org.mentora.notification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A notice's arguments as one column: kept typed, so that a date or a number is formatted in the
 * language of whoever reads it (the recipient's mail, the page in the language chosen today). Text
 * (a name, a comment), dates and numbers are allowed; a long text is cut to {@link #TEXT_MAX}
 * characters so that the column never overflows.
 */
public final class NoticeArguments {

  /** The column's width (notification.arguments). */
  public static final int COLUMN_MAX = 4000;

  /** The longest text argument kept; more is cut with an ellipsis. */
  public static final int TEXT_MAX = 1000;

  private static final char SEPARATOR = '\u001E';

  private NoticeArguments() {}

  public static String encode(List<Object> arguments) {
    StringBuilder out = new StringBuilder();
    for (Object argument : arguments) {
      if (out.length() > 0) {
        out.append(SEPARATOR);
      }
      out.append(one(argument));
    }
    if (out.length() > COLUMN_MAX) {
      throw new IllegalArgumentException("Notice arguments longer than " + COLUMN_MAX);
    }
    return out.toString();
  }

  private static String one(Object argument) {
    if (argument == null) {
      return "s:";
    }
    if (argument instanceof LocalDate date) {
      return "d:" + date;
    }
    if (argument instanceof BigDecimal number) {
      return "n:" + number.toPlainString();
    }
    if (argument instanceof Integer || argument instanceof Long) {
      return "n:" + argument;
    }
    String text = argument.toString().replace(SEPARATOR, ' ');
    if (text.length() > TEXT_MAX) {
      text = text.substring(0, TEXT_MAX - 1) + '…';
    }
    return "s:" + text;
  }

  public static List<Object> decode(String column) {
    List<Object> arguments = new ArrayList<>();
    if (column == null || column.isEmpty()) {
      return arguments;
    }
    for (String part : column.split(String.valueOf(SEPARATOR), -1)) {
      String value = part.length() >= 2 ? part.substring(2) : "";
      switch (part.isEmpty() ? 's' : part.charAt(0)) {
        case 'd' -> arguments.add(LocalDate.parse(value));
        case 'n' -> arguments.add(new BigDecimal(value));
        default -> arguments.add(value);
      }
    }
    return arguments;
  }
}
