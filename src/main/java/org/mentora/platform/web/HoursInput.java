package org.mentora.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mentora.platform.i18n.Text;

/**
 * A length of time as people type it, read into whole minutes, or refused with a reason: decimal
 * hours with a point or a comma ({@code 1.5}, {@code 1,5}), hours and minutes ({@code 1:30}, {@code
 * 1 h 30 min}, {@code 1h30}), hours or minutes with their unit ({@code 2 h}, {@code 90 min}).
 * Anything else is refused rather than guessed: a page that dropped the comma of {@code 0,5} stored
 * 5 h, and a reviewer approved hours nobody meant. Every hours input goes through this one class
 * (via {@link HoursConverter}), so no page can read a value differently.
 */
public final class HoursInput {

  /** Why a text is not a usable length of time; each has its message in the bundle. */
  public enum Refusal {
    EMPTY("hours.input.empty"),
    NOT_A_NUMBER("hours.input.notANumber"),
    NEGATIVE("hours.input.negative"),
    ZERO("hours.input.zero"),
    TOO_MANY("hours.input.tooMany"),
    TOO_PRECISE("hours.input.tooPrecise"),
    MINUTES_PAST_HOUR("hours.input.minutesPastHour");

    private final String messageKey;

    Refusal(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  /** Either whole minutes or the reason they could not be read. */
  public record Outcome(Integer minutes, Refusal refusal) {

    static Outcome of(int minutes) {
      return new Outcome(minutes, null);
    }

    static Outcome refused(Refusal refusal) {
      return new Outcome(null, refusal);
    }

    public boolean accepted() {
      return refusal == null;
    }
  }

  // More digits than any real length of time: refused before arithmetic can overflow.
  private static final int MAX_DIGITS = 6;
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  // Each language's words for hours and minutes come from its bundle (hours.input.hourUnits and
  // hours.input.minuteUnits); the English ones are read in every language, English being every
  // bundle's fallback.
  static final String HOUR_UNITS_KEY = "hours.input.hourUnits";
  static final String MINUTE_UNITS_KEY = "hours.input.minuteUnits";

  // ".5" and ",5" are half an hour too.
  private static final String DECIMAL = "(\\d*)(?:[.,](\\d+))?";

  private static final Map<String, Units> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** The four forms, with a language's words for hours and minutes. */
  private record Units(
      Pattern decimalHours, Pattern clock, Pattern hoursAndMinutes, Pattern minutesOnly) {

    Units(List<String> hourWords, List<String> minuteWords) {
      this(group(hourWords), group(minuteWords));
    }

    private Units(String hours, String minutes) {
      this(
          Pattern.compile(DECIMAL + "(?: ?" + hours + ")?"),
          Pattern.compile("(\\d+):(\\d{2})(?: ?" + hours + ")?"),
          Pattern.compile("(\\d+) ?" + hours + " ?(\\d{1,2})(?: ?" + minutes + ")?"),
          Pattern.compile(DECIMAL + " ?" + minutes));
    }

    private static String group(List<String> words) {
      return words.stream()
          .distinct()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(Pattern::quote)
          .collect(Collectors.joining("|", "(?:", ")"));
    }

    static Units of(Locale locale) {
      String language = locale == null ? "en" : locale.getLanguage();
      return BY_LANGUAGE.computeIfAbsent(
          language,
          tag -> {
            ResourceBundle english = Text.of(Locale.ENGLISH);
            ResourceBundle own = Text.of(Locale.forLanguageTag(tag));
            return new Units(
                words(english.getString(HOUR_UNITS_KEY), own.getString(HOUR_UNITS_KEY)),
                words(english.getString(MINUTE_UNITS_KEY), own.getString(MINUTE_UNITS_KEY)));
          });
    }

    private static List<String> words(String... lists) {
      List<String> all = new ArrayList<>();
      for (String list : lists) {
        for (String word : list.strip().split("\\s+")) {
          if (!word.isEmpty()) {
            all.add(word.toLowerCase(Locale.ROOT));
          }
        }
      }
      return all;
    }
  }

  private final int maxMinutes;
  private final boolean zeroAllowed;
  private final Units units;

  private HoursInput(int maxMinutes, boolean zeroAllowed, Units units) {
    if (maxMinutes < 1) {
      throw new IllegalArgumentException("maxMinutes must be positive");
    }
    this.maxMinutes = maxMinutes;
    this.zeroAllowed = zeroAllowed;
    this.units = units;
  }

  /** A length of time that must be more than zero and at most {@code maxHours}. */
  public static HoursInput upToHours(int maxHours) {
    return new HoursInput(maxHours * 60, false, Units.of(Locale.ENGLISH));
  }

  /** The same rules, reading the units of this language too ("1 st 30 min", "2 ч", "1,5 ore"). */
  public HoursInput in(Locale locale) {
    return new HoursInput(maxMinutes, zeroAllowed, Units.of(locale));
  }

  /** The same rules, with zero allowed too (a target or minimum that may be none). */
  public HoursInput allowingZero() {
    return new HoursInput(maxMinutes, true, units);
  }

  public int maxMinutes() {
    return maxMinutes;
  }

  public boolean zeroAllowed() {
    return zeroAllowed;
  }

  public Outcome parse(String typed) {
    String text = normalise(typed);
    if (text.isEmpty()) {
      return Outcome.refused(Refusal.EMPTY);
    }
    if (text.startsWith("-")) {
      // "-1" is a mistake to name, not a number to take without its sign.
      Outcome unsigned = read(text.substring(1).strip());
      return Outcome.refused(
          unsigned.refusal() == Refusal.NOT_A_NUMBER ? Refusal.NOT_A_NUMBER : Refusal.NEGATIVE);
    }
    Outcome outcome = read(text);
    if (!outcome.accepted()) {
      return outcome;
    }
    if (outcome.minutes() == 0 && !zeroAllowed) {
      return Outcome.refused(Refusal.ZERO);
    }
    if (outcome.minutes() > maxMinutes) {
      return Outcome.refused(Refusal.TOO_MANY);
    }
    return outcome;
  }

  private Outcome read(String text) {
    Matcher matcher = units.decimalHours().matcher(text);
    if (matcher.matches()) {
      return decimal(matcher.group(1), matcher.group(2), SIXTY);
    }
    matcher = units.clock().matcher(text);
    if (!matcher.matches()) {
      matcher = units.hoursAndMinutes().matcher(text);
    }
    if (matcher.matches()) {
      if (matcher.group(1).length() > MAX_DIGITS) {
        return Outcome.refused(Refusal.TOO_MANY);
      }
      int minutes = Integer.parseInt(matcher.group(2));
      if (minutes >= 60) {
        return Outcome.refused(Refusal.MINUTES_PAST_HOUR);
      }
      return Outcome.of(Integer.parseInt(matcher.group(1)) * 60 + minutes);
    }
    matcher = units.minutesOnly().matcher(text);
    if (matcher.matches()) {
      return decimal(matcher.group(1), matcher.group(2), BigDecimal.ONE);
    }
    return Outcome.refused(Refusal.NOT_A_NUMBER);
  }

  /**
   * Whole and decimal digits in a unit worth {@code minutesPerUnit}. Hours take two decimals (0.01
   * h is less than a minute, so every minute has its own two-decimal value and back); minutes take
   * none. "1,500" is refused, not read as 1.5 h nor as 1500 h.
   */
  private static Outcome decimal(String whole, String decimals, BigDecimal minutesPerUnit) {
    if (whole.isEmpty() && decimals == null) {
      return Outcome.refused(Refusal.NOT_A_NUMBER);
    }
    if (whole.isEmpty()) {
      whole = "0";
    }
    if (stripLeadingZeros(whole).length() > MAX_DIGITS) {
      return Outcome.refused(Refusal.TOO_MANY);
    }
    int allowedDecimals = minutesPerUnit.equals(SIXTY) ? 2 : 0;
    String fraction = decimals == null ? "" : decimals;
    if (minutesPerUnit.equals(BigDecimal.ONE)) {
      fraction = fraction.replaceAll("0+$", "");
    }
    if (fraction.length() > allowedDecimals) {
      return Outcome.refused(Refusal.TOO_PRECISE);
    }
    BigDecimal value = new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
    return Outcome.of(value.multiply(minutesPerUnit).setScale(0, RoundingMode.HALF_UP).intValue());
  }

  private static String stripLeadingZeros(String digits) {
    String stripped = digits.replaceFirst("^0+", "");
    return stripped.isEmpty() ? "0" : stripped;
  }

  /**
   * One form for every way of writing the same thing: any kind of space (a no-break space pasted
   * from a document, a narrow one from a phone keyboard) as one plain space, typographic minus
   * signs as '-', lower case.
   */
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
      text.append(c == '\u2212' || c == '\u2013' ? '-' : c);
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Minutes as an input shows them: decimal hours with the language's decimal separator and at most
   * two decimals ("1.5", "1,33"), which {@link #parse} reads back to the same minutes.
   */
  public static String text(int minutes, Locale locale) {
    String plain =
        BigDecimal.valueOf(minutes)
            .divide(SIXTY, 2, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    return separator == '.' || separator == ',' ? plain.replace('.', separator) : plain;
  }
}
