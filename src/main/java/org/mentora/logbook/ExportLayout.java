package org.mentora.logbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the logbook exports, the same for CSV, XLSX and PDF so the files never disagree: a
 * participant's own logbook, and every entry of an edition for the administrator. Pure: texts come
 * through the function given, so the layout is tested without a container.
 */
public final class ExportLayout {

  /**
   * One entry as the exports show it; names (the mode's in the reader's language) and codes already
   * read from the entities.
   */
  public record Line(
      String participant,
      String email,
      LocalDate date,
      String mode,
      String moduleCode,
      String moduleTitle,
      int minutes,
      String description,
      EntryStatus status,
      String reviewer,
      String comment) {}

  /** Column headings (bundle keys) of a participant's own logbook. */
  public static final List<String> OWN_COLUMNS =
      List.of(
          "logbook.export.date",
          "logbook.export.mode",
          "logbook.export.module",
          "logbook.export.hours",
          "logbook.export.description",
          "logbook.export.status",
          "logbook.export.comment");

  /** Column headings (bundle keys) of an edition's hours. */
  public static final List<String> EDITION_COLUMNS =
      List.of(
          "logbook.export.participant",
          "logbook.export.email",
          "logbook.export.date",
          "logbook.export.mode",
          "logbook.export.module",
          "logbook.export.minutes",
          "logbook.export.hours",
          "logbook.export.status",
          "logbook.export.reviewer");

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private ExportLayout() {}

  public static List<String> headings(List<String> keys, Function<String, String> text) {
    return keys.stream().map(text).toList();
  }

  /** The cells of one entry in a participant's own logbook. */
  public static List<String> own(Line line, Function<String, String> text) {
    List<String> cells = new ArrayList<>();
    cells.add(date(line.date()));
    cells.add(nullToEmpty(line.mode()));
    cells.add(module(line));
    cells.add(hours(line.minutes()));
    cells.add(nullToEmpty(line.description()));
    cells.add(line.status() == null ? "" : text.apply(line.status().labelKey()));
    cells.add(nullToEmpty(line.comment()));
    return cells;
  }

  /** The cells of one entry in an edition's hours. */
  public static List<String> edition(Line line, Function<String, String> text) {
    List<String> cells = new ArrayList<>();
    cells.add(nullToEmpty(line.participant()));
    cells.add(nullToEmpty(line.email()));
    cells.add(date(line.date()));
    cells.add(nullToEmpty(line.mode()));
    cells.add(module(line));
    cells.add(Integer.toString(line.minutes()));
    cells.add(hours(line.minutes()));
    cells.add(line.status() == null ? "" : text.apply(line.status().labelKey()));
    cells.add(nullToEmpty(line.reviewer()));
    return cells;
  }

  /** Whether the column holds a number (minutes, hours), which spreadsheets should sum. */
  public static boolean isNumber(String columnKey) {
    return "logbook.export.minutes".equals(columnKey) || "logbook.export.hours".equals(columnKey);
  }

  /** Hours as a plain decimal with a point, which spreadsheets in any language read as a number. */
  public static String hours(long minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(SIXTY, 2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** ISO dates sort correctly as text and every spreadsheet understands them. */
  static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  static String module(Line line) {
    if (line.moduleCode() == null && line.moduleTitle() == null) {
      return "";
    }
    return (nullToEmpty(line.moduleCode()) + " " + nullToEmpty(line.moduleTitle())).strip();
  }

  /**
   * A file name made of letters, digits and dashes only, so no header or file system trips on what
   * a person typed as an edition code.
   */
  public static String fileName(String stem, String extension) {
    String safe = stem == null ? "" : stem.replaceAll("[^\\p{L}\\p{N}]+", "-");
    safe = safe.replaceAll("^-+|-+$", "");
    return (safe.isEmpty() ? "logbook" : safe) + "." + extension;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
