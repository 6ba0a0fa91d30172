package org.mentora.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentora.platform.i18n.Text;

/**
 * A day as people type it in a given language, read into a date or refused with a reason: {@code
 * 06.12.2026}, {@code 6.12.2026.} (Latvian), {@code 6. 12. 2026}, {@code 6/12/2026}, {@code
 * 6-12-2026} and {@code 2026-12-06} everywhere. Numbers are read day first except where the
 * language writes the month first (US English). A two-digit year, a day that does not exist or a
 * year outside {@link #EARLIEST}..{@link #LATEST} is refused, never replaced by another day.
 *
 * <p>Another language is one line in {@link #PATTERNS} (how the field shows a date) and, when it
 * writes something after the year, one in {@link #SUFFIXES}.
 */
public final class DateInput {

  /** Why a text is not a usable day; each has its message in the bundle. */
  public enum Refusal {
    EMPTY("date.input.empty"),
    NOT_A_DATE("date.input.notADate"),
    SHORT_YEAR("date.input.shortYear"),
    NO_SUCH_DAY("date.input.noSuchDay"),
    OUT_OF_RANGE("date.input.outOfRange");

    private final String messageKey;

    Refusal(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  /** Either the day or the reason it could not be read. */
  public record Outcome(LocalDate date, Refusal refusal) {

    static Outcome of(LocalDate date) {
      return new Outcome(date, null);
    }

    static Outcome refused(Refusal refusal) {
      return new Outcome(null, refusal);
    }

    public boolean accepted() {
      return refusal == null;
    }
  }

  /** Before this a typed year is a slip of the keyboard, not a day anyone learnt on. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  /**
   * How the field shows a date: the language's {@code format.dateInput} pattern. A word the
   * language's {@code format.date} quotes after the year (Bulgarian "г.") may be typed after it,
   * with or without its dot. Both come from the bundles, so a new language brings its own.
   */
  static final String PATTERN_KEY = "format.dateInput";

  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern NUMBERS =
      Pattern.compile("(\\d{1,2}) ?([./-]) ?(\\d{1,2}) ?\\2 ?(\\d+)\\.?");

  private final Locale locale;
  private final String pattern;
  private final boolean monthFirst;
  private final List<String> suffixes;

  private DateInput(Locale locale) {
    this.locale = locale;
    ResourceBundle texts = Text.of(locale);
    this.pattern = texts.getString(PATTERN_KEY);
    this.monthFirst = pattern.startsWith("M");
    // Longest first, so that "г." is cut before "г".
    List<String> words = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(texts.getString("format.date"));
    while (quoted.find()) {
      String word = quoted.group(1).strip();
      words.add(word);
      if (word.endsWith(".") && word.length() > 1) {
        words.add(word.substring(0, word.length() - 1));
      }
    }
    this.suffixes =
        words.stream()
            .filter(word -> !word.isEmpty())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  public static DateInput of(Locale locale) {
    return new DateInput(locale == null ? Locale.ENGLISH : locale);
  }

  /** The pattern the field shows dates in ({@link DateTimeFormatter} letters). */
  public String pattern() {
    return pattern;
  }

  public String format(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).format(date);
  }

  public Outcome parse(String typed) {
    String text = withoutSuffix(normalise(typed));
    if (text.isEmpty()) {
      return Outcome.refused(Refusal.EMPTY);
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return day(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher numbers = NUMBERS.matcher(text);
    if (!numbers.matches()) {
      return Outcome.refused(Refusal.NOT_A_DATE);
    }
    String year = numbers.group(4);
    if (year.length() == 2) {
      // "1.1.26": 1926 or 2026? Asked, not guessed.
      return Outcome.refused(Refusal.SHORT_YEAR);
    }
    if (year.length() != 4) {
      return Outcome.refused(Refusal.NOT_A_DATE);
    }
    return monthFirst
        ? day(year, numbers.group(1), numbers.group(3))
        : day(year, numbers.group(3), numbers.group(1));
  }

  private static Outcome day(String year, String month, String day) {
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return Outcome.refused(Refusal.NO_SUCH_DAY);
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      return Outcome.refused(Refusal.OUT_OF_RANGE);
    }
    return Outcome.of(date);
  }

  private String withoutSuffix(String text) {
    for (String suffix : suffixes) {
      if (text.endsWith(suffix)) {
        return text.substring(0, text.length() - suffix.length()).strip();
      }
    }
    return text;
  }

  /** Any kind of space as one plain space, dashes as '-'. */
  private static String normalise(String typed) {
    if (typed == null) {
      return "";
    }
    StringBuilder text = new StringBuilder(typed.length());
    boolean space = false;
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && !text.isEmpty()) {
        text.append(' ');
      }
      space = false;
      text.append(c == '\u2212' || c == '\u2013' || c == '\u2010' ? '-' : c);
    }
    return text.toString();
  }
}
