package org.mentora.platform.files;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The one way Mentora reads an uploaded CSV file (roster imports, competence frameworks), the
 * counterpart of {@link CsvWriter}: as spreadsheets write it, UTF-8 with or without a byte-order
 * mark, comma or semicolon (whichever the header line uses more: Excel in Latvia and Italy writes
 * semicolons), a header row naming the columns in any order and spelling. Parsing is Commons CSV's;
 * this class decides the format, maps the header names through the caller's {@link Columns}, keeps
 * the line number an editor shows for every row, and refuses oversized, undecodable or shapeless
 * files.
 *
 * <p>A file that cannot be read at all gives one {@link Problem}: a message key made of the
 * caller's prefix and one of the reason suffixes below ({@code roster.file.notUtf8}), or the key a
 * {@link Columns} mapping refused a column with.
 */
public final class CsvReader {

  public static final String EMPTY = "empty";
  public static final String TOO_LARGE = "tooLarge";
  public static final String NOT_UTF8 = "notUtf8";
  public static final String DUPLICATE_COLUMN = "duplicateColumn";
  public static final String MISSING_COLUMNS = "missingColumns";
  public static final String TOO_MANY_ROWS = "tooManyRows";
  public static final String NO_ROWS = "noRows";
  public static final String MALFORMED = "malformed";

  private final String keyPrefix;
  private final int maxBytes;
  private final int maxRows;

  /**
   * @param keyPrefix the start of every problem's message key, with its dot ({@code
   *     "roster.file."})
   * @param maxBytes larger files are refused before decoding
   * @param maxRows files with more data rows are refused
   */
  public CsvReader(String keyPrefix, int maxBytes, int maxRows) {
    this.keyPrefix = keyPrefix;
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
  }

  /** How a file's header names become the caller's column names. */
  public interface Columns {

    /**
     * The caller's name for a header cell, or {@code null} (or blank) to ignore the column.
     *
     * @throws Refused when the column makes the whole file unusable
     */
    String columnFor(String header) throws Refused;

    /** The column names a file must have, in the order a problem lists them. */
    List<String> required();
  }

  /** Thrown by a {@link Columns} mapping to refuse a file for one of its columns. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public Refused(String messageKey, Object... arguments) {
      super(messageKey, null, false, false);
      this.problem = new Problem(messageKey, arguments);
    }

    public Problem problem() {
      return problem;
    }
  }

  /** Why a file cannot be read at all, as a message key with its arguments. */
  public record Problem(String messageKey, Object... arguments) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Problem p
          && messageKey.equals(p.messageKey)
          && Arrays.equals(arguments, p.arguments);
    }

    @Override
    public int hashCode() {
      return 31 * messageKey.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
      return messageKey + Arrays.toString(arguments);
    }
  }

  /** A data row: its line as an editor shows it (1 is the header), values by column name. */
  public record Row(int line, Map<String, String> values) {}

  /**
   * The mapped columns in the file's order and the rows that are not entirely blank; or, when the
   * file cannot be read, only the {@link #problem()}.
   */
  public record Table(List<String> columns, List<Row> rows, Problem problem) {
    public boolean readable() {
      return problem == null;
    }
  }

  /** Reads a whole file; never throws for anything wrong with the file itself. */
  public Table read(byte[] content, Columns columns) {
    if (content == null || content.length == 0) {
      return unreadable(EMPTY);
    }
    if (content.length > maxBytes) {
      return unreadable(TOO_LARGE, maxBytes / (1024 * 1024));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      return unreadable(NOT_UTF8);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return unreadable(EMPTY);
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      Map<Integer, String> columnAt = new LinkedHashMap<>();
      List<String> named = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String column;
        try {
          column = columns.columnFor(header.get(i));
        } catch (Refused refused) {
          return new Table(List.of(), List.of(), refused.problem());
        }
        if (column == null || column.isBlank()) {
          continue;
        }
        if (named.contains(column)) {
          return unreadable(DUPLICATE_COLUMN, header.get(i));
        }
        columnAt.put(i, column);
        named.add(column);
      }
      List<String> missing = columns.required().stream().filter(c -> !named.contains(c)).toList();
      if (!missing.isEmpty()) {
        return unreadable(MISSING_COLUMNS, String.join(", ", missing));
      }
      int[] lineStarts = lineStarts(text);
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (rows.size() >= maxRows) {
          return unreadable(TOO_MANY_ROWS, maxRows);
        }
        Map<String, String> values = new LinkedHashMap<>();
        columnAt.forEach(
            (index, column) -> values.put(column, index < record.size() ? record.get(index) : ""));
        if (values.values().stream().allMatch(String::isBlank)) {
          continue;
        }
        // The recorded position is before any blank lines the parser skipped.
        int start = (int) record.getCharacterPosition();
        while (start < text.length()
            && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
          start++;
        }
        rows.add(new Row(lineAt(lineStarts, start), values));
      }
      if (rows.isEmpty()) {
        return unreadable(NO_ROWS);
      }
      return new Table(List.copyOf(named), List.copyOf(rows), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
      // Commons CSV reports a broken quote or similar this way.
      return unreadable(MALFORMED, e.getMessage() == null ? "" : e.getMessage());
    }
  }

  /**
   * A header cell as a column name: trimmed, lower case, runs of spaces, hyphens and dots as one
   * underscore, so "E-Mail", "e mail" and "E_MAIL" all become {@code e_mail}.
   */
  public static String normalizeHeader(String header) {
    if (header == null) {
      return "";
    }
    return header
        .replace("\uFEFF", "")
        .strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-.]+", "_")
        .replaceAll("^_+|_+$", "");
  }

  /** Semicolon when the first line has more semicolons than commas, otherwise comma. */
  public static char delimiter(String text) {
    int end = text.indexOf('\n');
    String firstLine = end < 0 ? text : text.substring(0, end);
    long semicolons = firstLine.chars().filter(c -> c == ';').count();
    long commas = firstLine.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  /** Where each line starts, so a record's character position gives the line an editor shows. */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineAt(int[] lineStarts, int position) {
    int index = Arrays.binarySearch(lineStarts, position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  private Table unreadable(String reason, Object... arguments) {
    return new Table(List.of(), List.of(), new Problem(keyPrefix + reason, arguments));
  }
}
