package org.mentora.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and times as each language writes them ({@code format.date}, {@code format.time} in the
 * bundle: Latvian "21.03.2026.", Bulgarian "21.03.2026 г.", Greek "21/3/2026", Italian
 * "21/03/2026"), for pages, messages, documents and mails alike.
 */
public final class Formats {

  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  private Formats() {}

  public static String date(Locale locale, LocalDate date) {
    return date == null ? "" : formatter(locale, "format.date").format(date);
  }

  public static String time(Locale locale, LocalTime time) {
    return time == null ? "" : formatter(locale, "format.time").format(time);
  }

  public static String moment(Locale locale, LocalDateTime moment) {
    return moment == null
        ? ""
        : date(locale, moment.toLocalDate()) + " " + time(locale, moment.toLocalTime());
  }

  public static String moment(Locale locale, Instant instant, ZoneId zone) {
    return instant == null ? "" : moment(locale, LocalDateTime.ofInstant(instant, zone));
  }

  /** The pattern of {@code format.date} for a language, e.g. for a date picker. */
  public static String datePattern(Locale locale) {
    return Text.of(locale).getString("format.date");
  }

  /**
   * A message argument as the reader writes it: dates and times in the language's format (the
   * programme's zone for instants), anything else unchanged.
   */
  static Object argument(Locale locale, Object argument) {
    if (argument instanceof LocalDate date) {
      return date(locale, date);
    }
    if (argument instanceof LocalDateTime moment) {
      return moment(locale, moment);
    }
    if (argument instanceof Instant instant) {
      return moment(locale, instant, zone());
    }
    if (argument instanceof ZonedDateTime zoned) {
      return moment(locale, zoned.toLocalDateTime());
    }
    if (argument instanceof LocalTime time) {
      return time(locale, time);
    }
    return argument;
  }

  private static DateTimeFormatter formatter(Locale locale, String key) {
    String language = locale == null ? "en" : locale.getLanguage();
    return FORMATTERS.computeIfAbsent(
        language + ":" + key,
        k ->
            DateTimeFormatter.ofPattern(
                Text.of(locale).getString(key), Locale.forLanguageTag(language)));
  }

  private static ZoneId zone() {
    return ZoneId.of(Languages.read("mentora.time-zone", "Europe/Riga"));
  }
}
