package org.mentora.course.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a roster CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, comma or
 * semicolon (whichever the header line uses more), a header row naming the columns in any order and
 * spelling ("E-mail", "First name", "Library"…). Parsing is Commons CSV's; this class only decides
 * the format and maps the names.
 */
public final class RosterFile {

  /** Larger files are refused before parsing: 20 MB is about 200,000 rows. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  public static final int MAX_ROWS = 100_000;

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("e_mail", RosterKind.EMAIL),
          Map.entry("mail", RosterKind.EMAIL),
          Map.entry("email_address", RosterKind.EMAIL),
          Map.entry("first_name", RosterKind.GIVEN_NAME),
          Map.entry("firstname", RosterKind.GIVEN_NAME),
          Map.entry("given_names", RosterKind.GIVEN_NAME),
          Map.entry("last_name", RosterKind.FAMILY_NAME),
          Map.entry("lastname", RosterKind.FAMILY_NAME),
          Map.entry("surname", RosterKind.FAMILY_NAME),
          Map.entry("preferred_language", RosterKind.LANGUAGE),
          Map.entry("organization", RosterKind.ORGANISATION),
          Map.entry("library", RosterKind.ORGANISATION),
          Map.entry("host_library", RosterKind.ORGANISATION),
          Map.entry("organisation_name", RosterKind.ORGANISATION),
          Map.entry("organisation_kind", RosterKind.KIND),
          Map.entry("type", RosterKind.KIND),
          Map.entry("country_code", RosterKind.COUNTRY),
          Map.entry("town", RosterKind.CITY));

  private RosterFile() {}

  /** The rows of a file, or the problems that stop it from being read at all. */
  public record Parsed(List<String> columns, List<RosterRow> rows, List<RowProblem> problems) {
    public boolean readable() {
      return problems.isEmpty();
    }
  }

  public static Parsed parse(byte[] content, RosterKind kind) {
    if (content == null || content.length == 0) {
      return unreadable("roster.file.empty");
    }
    if (content.length > MAX_BYTES) {
      return unreadable("roster.file.tooLarge", MAX_BYTES / (1024 * 1024));
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
      return unreadable("roster.file.notUtf8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return unreadable("roster.file.empty");
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
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      Map<Integer, String> columnAt = new LinkedHashMap<>();
      List<String> columns = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String column = canonicalColumn(header.get(i));
        if (!column.isEmpty() && kind.columns().contains(column)) {
          if (columns.contains(column)) {
            return unreadable("roster.file.duplicateColumn", header.get(i));
          }
          columnAt.put(i, column);
          columns.add(column);
        }
      }
      List<String> missing = kind.required().stream().filter(c -> !columns.contains(c)).toList();
      if (!missing.isEmpty()) {
        return unreadable("roster.file.missingColumns", String.join(", ", missing));
      }
      List<RosterRow> rows = new ArrayList<>();
      int[] lineStarts = lineStarts(text);
      for (CSVRecord record : parser) {
        if (rows.size() >= MAX_ROWS) {
          return unreadable("roster.file.tooManyRows", MAX_ROWS);
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
        rows.add(new RosterRow(lineAt(lineStarts, start), values));
      }
      if (rows.isEmpty()) {
        return unreadable("roster.file.noRows");
      }
      return new Parsed(columns, rows, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
      // Commons CSV reports a broken quote or similar this way.
      return unreadable("roster.file.malformed", e.getMessage() == null ? "" : e.getMessage());
    }
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

  private static int lineAt(int[] lineStarts, long position) {
    int index = java.util.Arrays.binarySearch(lineStarts, (int) position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  /** "E-mail", "E Mail" and "e_mail" all name the same column. */
  public static String canonicalColumn(String header) {
    if (header == null) {
      return "";
    }
    String name =
        header
            .replace("\uFEFF", "")
            .strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\s\\-.]+", "_")
            .replaceAll("^_+|_+$", "");
    return ALIASES.getOrDefault(name, name);
  }

  static char delimiter(String text) {
    int end = text.indexOf('\n');
    String firstLine = end < 0 ? text : text.substring(0, end);
    long semicolons = firstLine.chars().filter(c -> c == ';').count();
    long commas = firstLine.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  private static Parsed unreadable(String key, Object... arguments) {
    return new Parsed(List.of(), List.of(), List.of(RowProblem.ofFile(key, arguments)));
  }
}
