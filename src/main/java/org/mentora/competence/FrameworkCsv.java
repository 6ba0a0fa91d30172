package org.mentora.competence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mentora.platform.files.CsvReader;

/**
 * Reads and checks a competence framework as CSV, in the shape of the shipped DigComp and EntreComp
 * files, without the database: every problem with its file, line and column, so that nothing is
 * imported until the whole file is right.
 *
 * <p>The competences file has the columns {@code framework, area_code, area, competence_code,
 * competence} and, optionally, {@code competence_uri, area_uri, description}; header names in any
 * case and order (spaces and hyphens count as underscores). The levels file has {@code framework,
 * level, band, name}. Names in other languages come in columns {@code area_<lang>}, {@code
 * competence_<lang>} (competences file) and {@code name_<lang>} (levels file), one per offered
 * language ({@code area_lv}); a column for a language the installation does not offer is a file
 * problem, since its names could never be shown. Both are UTF-8 (a byte-order mark is allowed),
 * comma- or semicolon-separated.
 *
 * <p><b>Areas.</b> An area is declared by a row that gives both its code and its name; the first
 * such row fixes its position. Another row may name the same area by its code alone or by its name
 * alone (leaving the other cell blank). A row whose area cannot be matched to a declared area this
 * way is an <em>unknown area</em>. One code with two names, or one name under two codes, is a
 * conflict. Codes are compared exactly as written (after trimming), as the database does.
 *
 * <p><b>Levels</b> are whole numbers from {@value #LOWEST_LEVEL} to {@value #HIGHEST_LEVEL}, each
 * once, without gaps (1..8 or 0..5, not 1, 2, 4).
 */
public final class FrameworkCsv {

  /** Larger files are refused before reading; ESCO's 14,000 skills take about 5 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public static final int MAX_ROWS = 20_000;
  public static final int LOWEST_LEVEL = 0;
  public static final int HIGHEST_LEVEL = 20;

  public static final String FRAMEWORK = "framework";
  public static final String AREA_CODE = "area_code";
  public static final String AREA = "area";
  public static final String COMPETENCE_CODE = "competence_code";
  public static final String COMPETENCE = "competence";
  public static final String COMPETENCE_URI = "competence_uri";
  public static final String AREA_URI = "area_uri";
  public static final String DESCRIPTION = "description";
  public static final String LEVEL = "level";
  public static final String BAND = "band";
  public static final String NAME = "name";

  public static final List<String> COMPETENCE_COLUMNS =
      List.of(
          FRAMEWORK,
          AREA_CODE,
          AREA,
          COMPETENCE_CODE,
          COMPETENCE,
          COMPETENCE_URI,
          AREA_URI,
          DESCRIPTION);
  public static final List<String> COMPETENCE_REQUIRED =
      List.of(FRAMEWORK, AREA_CODE, AREA, COMPETENCE_CODE, COMPETENCE);
  public static final List<String> LEVEL_COLUMNS = List.of(FRAMEWORK, LEVEL, BAND, NAME);
  public static final List<String> LEVEL_REQUIRED = List.of(FRAMEWORK, LEVEL, NAME);

  private static final Map<String, String> ALIASES =
      Map.of(
          "area_name", AREA,
          "competence_name", COMPETENCE,
          "uri", COMPETENCE_URI,
          "code", COMPETENCE_CODE);

  /** The columns that may come once per language, as {@code <column>_<lang>}. */
  static final List<String> COMPETENCE_LOCALIZED = List.of(AREA, COMPETENCE);

  static final List<String> LEVEL_LOCALIZED = List.of(NAME);

  private static final java.util.regex.Pattern LOCALIZED =
      java.util.regex.Pattern.compile("([a-z]+)_([a-z]{2,3})");

  private static final Set<String> URI_SCHEMES = Set.of("http", "https");

  private FrameworkCsv() {}

  /** One area as it will be imported, in the order of its first declaration. */
  public record Area(String code, String name, String uri, int position, Map<String, String> names)
      implements java.io.Serializable {
    public Area(String code, String name, String uri, int position) {
      this(code, name, uri, position, Map.of());
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getUri() {
      return uri;
    }
  }

  /**
   * One competence row, its area resolved to a declared area's code (or, when it could not be, the
   * code as written).
   */
  public record Row(
      int line,
      String areaCode,
      String code,
      String name,
      String uri,
      String description,
      int position,
      Map<String, String> names)
      implements java.io.Serializable {
    public int getLine() {
      return line;
    }

    public String getAreaCode() {
      return areaCode;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getUri() {
      return uri;
    }
  }

  /** One level row. */
  public record Level(int line, int number, String band, String name, Map<String, String> names)
      implements java.io.Serializable {
    public int getNumber() {
      return number;
    }

    public String getBand() {
      return band;
    }

    public String getName() {
      return name;
    }
  }

  /** Everything read, and every problem; import only when {@link #clean()}. */
  public record Parsed(
      List<Area> areas, List<Row> competences, List<Level> levels, List<ImportProblem> problems) {
    public boolean clean() {
      return problems.isEmpty();
    }

    public int minLevel() {
      return levels.stream().mapToInt(Level::number).min().orElse(0);
    }

    public int maxLevel() {
      return levels.stream().mapToInt(Level::number).max().orElse(0);
    }
  }

  /**
   * Reads both files. {@code levels} may be {@code null} (a new version that keeps the previous
   * version's levels); the caller decides whether that is allowed.
   */
  public static Parsed parse(byte[] competences, byte[] levels) {
    return parse(
        competences,
        levels,
        org.mentora.platform.i18n.Languages.configured().offered().stream()
            .map(Locale::getLanguage)
            .toList());
  }

  /** Reads both files, accepting name columns for these language tags only. */
  public static Parsed parse(byte[] competences, byte[] levels, List<String> languages) {
    List<ImportProblem> problems = new ArrayList<>();
    Table table =
        read(
            ImportProblem.COMPETENCES,
            competences,
            COMPETENCE_COLUMNS,
            COMPETENCE_REQUIRED,
            COMPETENCE_LOCALIZED,
            languages);
    problems.addAll(table.problems());
    List<Area> areas = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    String framework = null;
    if (table.problems().isEmpty()) {
      framework = FrameworkRules.checkCompetences(table.rows(), areas, rows, problems);
    }
    List<Level> levelRows = new ArrayList<>();
    if (levels != null) {
      Table levelTable =
          read(
              ImportProblem.LEVELS,
              levels,
              LEVEL_COLUMNS,
              LEVEL_REQUIRED,
              LEVEL_LOCALIZED,
              languages);
      problems.addAll(levelTable.problems());
      if (levelTable.problems().isEmpty()) {
        List<Line> mine = FrameworkRules.levelsOf(framework, levelTable.rows(), problems);
        FrameworkRules.checkLevels(mine, levelRows, problems);
      }
    }
    problems.sort(
        java.util.Comparator.comparing(ImportProblem::file)
            .thenComparingInt(ImportProblem::line)
            .thenComparing(p -> p.column() == null ? "" : p.column()));
    return new Parsed(List.copyOf(areas), List.copyOf(rows), List.copyOf(levelRows), problems);
  }

  // ---- shared

  /** Only web addresses: pages show URIs as links, so {@code javascript:} must never pass. */
  public static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute()
          && URI_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A data line: its number as an editor shows it, values by canonical column. */
  record Line(int number, Map<String, String> values) {
    String get(String column) {
      String value = values.get(column);
      return value == null ? "" : value.strip();
    }

    /** The non-blank {@code <column>_<lang>} values, by language tag. */
    Map<String, String> names(String column) {
      Map<String, String> names = new TreeMap<>();
      String prefix = column + "_";
      values.forEach(
          (key, value) -> {
            // area_code and area_uri share the prefix but are the file's own columns.
            if (key.startsWith(prefix)
                && !COMPETENCE_COLUMNS.contains(key)
                && !LEVEL_COLUMNS.contains(key)
                && value != null
                && !value.isBlank()) {
              names.put(key.substring(prefix.length()), value.strip());
            }
          });
      return names;
    }
  }

  private record Table(List<Line> rows, List<ImportProblem> problems) {}

  private static final CsvReader READER = new CsvReader("frameworks.csv.", MAX_BYTES, MAX_ROWS);

  private static Table read(
      String file,
      byte[] content,
      List<String> known,
      List<String> required,
      List<String> localized,
      List<String> languages) {
    CsvReader.Table table =
        READER.read(
            content,
            new CsvReader.Columns() {
              @Override
              public String columnFor(String header) throws CsvReader.Refused {
                String column = canonicalColumn(header);
                if (known.contains(column)) {
                  return column;
                }
                java.util.regex.Matcher match = LOCALIZED.matcher(column);
                if (!match.matches() || !localized.contains(match.group(1))) {
                  return null;
                }
                if (!languages.contains(match.group(2))) {
                  throw new CsvReader.Refused(
                      "frameworks.csv.languageNotOffered", header, String.join(", ", languages));
                }
                return column;
              }

              @Override
              public List<String> required() {
                return required;
              }
            });
    if (!table.readable()) {
      CsvReader.Problem problem = table.problem();
      return new Table(
          List.of(),
          List.of(ImportProblem.ofFile(file, problem.messageKey(), problem.arguments())));
    }
    List<Line> rows = table.rows().stream().map(row -> new Line(row.line(), row.values())).toList();
    return new Table(rows, List.of());
  }

  /** "Area Code", "area-code" and "AREA_CODE" all name the same column. */
  static String canonicalColumn(String header) {
    String name = CsvReader.normalizeHeader(header);
    return ALIASES.getOrDefault(name, name);
  }
}
