package org.mentora.course.roster;

import java.util.List;
import java.util.Map;
import org.mentora.platform.files.CsvReader;

/**
 * Reads a roster CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, comma or
 * semicolon (whichever the header line uses more), a header row naming the columns in any order and
 * spelling ("E-mail", "First name", "Library"…). Reading is the shared {@link CsvReader}'s; this
 * class only names the columns and their aliases.
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

  private static final CsvReader READER = new CsvReader("roster.file.", MAX_BYTES, MAX_ROWS);

  private RosterFile() {}

  /** The rows of a file, or the problems that stop it from being read at all. */
  public record Parsed(List<String> columns, List<RosterRow> rows, List<RowProblem> problems) {
    public boolean readable() {
      return problems.isEmpty();
    }
  }

  public static Parsed parse(byte[] content, RosterKind kind) {
    CsvReader.Table table =
        READER.read(
            content,
            new CsvReader.Columns() {
              @Override
              public String columnFor(String header) {
                String column = canonicalColumn(header);
                return kind.columns().contains(column) ? column : null;
              }

              @Override
              public List<String> required() {
                return kind.required();
              }
            });
    if (!table.readable()) {
      CsvReader.Problem problem = table.problem();
      return new Parsed(
          List.of(),
          List.of(),
          List.of(RowProblem.ofFile(problem.messageKey(), problem.arguments())));
    }
    List<RosterRow> rows =
        table.rows().stream().map(row -> new RosterRow(row.line(), row.values())).toList();
    return new Parsed(table.columns(), rows, List.of());
  }

  /** "E-mail", "E Mail" and "e_mail" all name the same column. */
  public static String canonicalColumn(String header) {
    String name = CsvReader.normalizeHeader(header);
    return ALIASES.getOrDefault(name, name);
  }
}
