package org.mentora.competence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mentora.platform.files.CsvReader;
import org.mentora.platform.validation.PlainTextValidator;

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
      framework = checkCompetences(table.rows(), areas, rows, problems);
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
        List<Line> mine = levelsOf(framework, levelTable.rows(), problems);
        checkLevels(mine, levelRows, problems);
      }
    }
    problems.sort(
        java.util.Comparator.comparing(ImportProblem::file)
            .thenComparingInt(ImportProblem::line)
            .thenComparing(p -> p.column() == null ? "" : p.column()));
    return new Parsed(List.copyOf(areas), List.copyOf(rows), List.copyOf(levelRows), problems);
  }

  // ---- competences

  /** Checks the rows and returns the framework they name (the first non-blank value), or null. */
  private static String checkCompetences(
      List<Line> lines, List<Area> areas, List<Row> rows, List<ImportProblem> problems) {
    String file = ImportProblem.COMPETENCES;
    // First pass: declared areas (code and name on one row), their conflicts, and the framework.
    Map<String, Area> byCode = new LinkedHashMap<>();
    Map<String, Integer> codeLine = new HashMap<>();
    Map<String, String> codeByName = new HashMap<>();
    String framework = null;
    int frameworkLine = 0;
    for (Line line : lines) {
      String value = line.get(FRAMEWORK);
      if (!value.isEmpty()) {
        if (framework == null) {
          framework = value;
          frameworkLine = line.number();
        } else if (!framework.equals(value)) {
          problems.add(
              ImportProblem.of(
                  file,
                  line.number(),
                  FRAMEWORK,
                  "frameworks.csv.frameworkDiffers",
                  value,
                  framework,
                  frameworkLine));
        }
      }
      String code = line.get(AREA_CODE);
      String name = line.get(AREA);
      if (code.isEmpty() || name.isEmpty()) {
        continue;
      }
      tooLong(problems, file, line, AREA_CODE, code, CompetenceArea.CODE_MAX);
      tooLong(problems, file, line, AREA, name, CompetenceArea.NAME_MAX);
      Area known = byCode.get(code);
      if (known == null) {
        String otherCode = codeByName.get(nameKey(name));
        if (otherCode != null) {
          problems.add(
              ImportProblem.of(
                  file,
                  line.number(),
                  AREA,
                  "frameworks.csv.areaNameTwice",
                  name,
                  otherCode,
                  codeLine.get(otherCode)));
          continue;
        }
        String uri = line.get(AREA_URI);
        Map<String, String> names = line.names(AREA);
        names.forEach(
            (language, local) ->
                tooLong(
                    problems, file, line, AREA + "_" + language, local, CompetenceArea.NAME_MAX));
        byCode.put(
            code, new Area(code, name, uri.isEmpty() ? null : uri, byCode.size() + 1, names));
        codeLine.put(code, line.number());
        codeByName.put(nameKey(name), code);
      } else if (!known.name().equals(name)) {
        problems.add(
            ImportProblem.of(
                file,
                line.number(),
                AREA,
                "frameworks.csv.areaNameDiffers",
                code,
                name,
                known.name(),
                codeLine.get(code)));
      }
    }
    // Second pass: every row, its area resolved.
    Map<String, Integer> competenceLine = new HashMap<>();
    for (Line line : lines) {
      String code = line.get(COMPETENCE_CODE);
      String name = line.get(COMPETENCE);
      String areaCode = line.get(AREA_CODE);
      String areaName = line.get(AREA);
      if (code.isEmpty()) {
        problems.add(required(file, line, COMPETENCE_CODE));
      }
      if (name.isEmpty()) {
        problems.add(required(file, line, COMPETENCE));
      }
      String resolved = null;
      if (areaCode.isEmpty() && areaName.isEmpty()) {
        problems.add(
            ImportProblem.of(file, line.number(), AREA_CODE, "frameworks.csv.areaMissing"));
      } else if (!areaCode.isEmpty()) {
        if (byCode.containsKey(areaCode)) {
          resolved = areaCode;
        } else if (areaName.isEmpty()) {
          problems.add(
              ImportProblem.of(
                  file, line.number(), AREA_CODE, "frameworks.csv.areaUnknownCode", areaCode));
        }
      } else {
        resolved = codeByName.get(nameKey(areaName));
        if (resolved == null) {
          problems.add(
              ImportProblem.of(
                  file, line.number(), AREA, "frameworks.csv.areaUnknownName", areaName));
        }
      }
      tooLong(problems, file, line, COMPETENCE_CODE, code, Competence.CODE_MAX);
      tooLong(problems, file, line, COMPETENCE, name, Competence.NAME_MAX);
      String uri = line.get(COMPETENCE_URI);
      tooLong(problems, file, line, COMPETENCE_URI, uri, Framework.URI_MAX);
      checkUri(problems, file, line, COMPETENCE_URI, uri);
      String areaUri = line.get(AREA_URI);
      tooLong(problems, file, line, AREA_URI, areaUri, Framework.URI_MAX);
      checkUri(problems, file, line, AREA_URI, areaUri);
      Map<String, String> names = line.names(COMPETENCE);
      names.forEach(
          (language, local) ->
              tooLong(
                  problems, file, line, COMPETENCE + "_" + language, local, Competence.NAME_MAX));
      String description = line.get(DESCRIPTION);
      tooLong(problems, file, line, DESCRIPTION, description, Framework.DESCRIPTION_MAX);
      if (!code.isEmpty()) {
        Integer earlier = competenceLine.putIfAbsent(code, line.number());
        if (earlier != null) {
          problems.add(
              ImportProblem.of(
                  file,
                  line.number(),
                  COMPETENCE_CODE,
                  "frameworks.csv.duplicateCode",
                  code,
                  earlier));
        }
      }
      // Every row is kept, bad ones too, so a preview can show each line with its problems.
      rows.add(
          new Row(
              line.number(),
              resolved != null ? resolved : areaCode,
              code,
              name,
              uri.isEmpty() ? null : uri,
              description.isEmpty() ? null : description,
              rows.size() + 1,
              names));
    }
    areas.addAll(byCode.values());
    return framework;
  }

  private static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  // ---- levels

  /**
   * A levels file may hold several frameworks (as the shipped one does): then only the rows naming
   * the competences file's framework count. A file naming one framework (or none) is used whole.
   */
  private static List<Line> levelsOf(
      String framework, List<Line> lines, List<ImportProblem> problems) {
    List<String> named =
        lines.stream().map(l -> l.get(FRAMEWORK)).filter(v -> !v.isEmpty()).distinct().toList();
    if (named.size() <= 1) {
      return lines;
    }
    List<Line> mine =
        framework == null
            ? List.of()
            : lines.stream().filter(l -> l.get(FRAMEWORK).equalsIgnoreCase(framework)).toList();
    if (mine.isEmpty()) {
      problems.add(
          ImportProblem.ofFile(
              ImportProblem.LEVELS,
              "frameworks.csv.levelsOtherFramework",
              framework == null ? "" : framework,
              String.join(", ", named)));
    }
    return mine;
  }

  private static void checkLevels(
      List<Line> lines, List<Level> levels, List<ImportProblem> problems) {
    String file = ImportProblem.LEVELS;
    Map<Integer, Integer> levelLine = new TreeMap<>();
    for (Line line : lines) {
      int before = problems.size();
      String value = line.get(LEVEL);
      Integer number = null;
      if (value.isEmpty()) {
        problems.add(required(file, line, LEVEL));
      } else {
        try {
          number = Integer.valueOf(value);
          if (number < LOWEST_LEVEL || number > HIGHEST_LEVEL) {
            problems.add(
                ImportProblem.of(
                    file,
                    line.number(),
                    LEVEL,
                    "frameworks.csv.levelRange",
                    value,
                    LOWEST_LEVEL,
                    HIGHEST_LEVEL));
            number = null;
          }
        } catch (NumberFormatException e) {
          problems.add(
              ImportProblem.of(file, line.number(), LEVEL, "frameworks.csv.levelNotNumber", value));
        }
      }
      if (number != null) {
        Integer earlier = levelLine.putIfAbsent(number, line.number());
        if (earlier != null) {
          problems.add(
              ImportProblem.of(
                  file, line.number(), LEVEL, "frameworks.csv.levelDuplicate", number, earlier));
        }
      }
      String name = line.get(NAME);
      if (name.isEmpty()) {
        problems.add(required(file, line, NAME));
      }
      String band = line.get(BAND);
      tooLong(problems, file, line, NAME, name, FrameworkLevel.NAME_MAX);
      tooLong(problems, file, line, BAND, band, FrameworkLevel.BAND_MAX);
      Map<String, String> names = line.names(NAME);
      names.forEach(
          (language, local) ->
              tooLong(problems, file, line, NAME + "_" + language, local, FrameworkLevel.NAME_MAX));
      if (problems.size() == before) {
        levels.add(new Level(line.number(), number, band.isEmpty() ? null : band, name, names));
      }
    }
    List<Integer> numbers = new ArrayList<>(levelLine.keySet());
    for (int i = 1; i < numbers.size(); i++) {
      if (numbers.get(i) != numbers.get(i - 1) + 1) {
        problems.add(
            ImportProblem.ofFile(
                file, "frameworks.csv.levelGap", numbers.get(i - 1), numbers.get(i)));
      }
    }
    levels.sort(java.util.Comparator.comparingInt(Level::number));
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

  private static ImportProblem required(String file, Line line, String column) {
    return ImportProblem.of(file, line.number(), column, "frameworks.csv.required", column);
  }

  private static void tooLong(
      List<ImportProblem> problems, String file, Line line, String column, String value, int max) {
    if (value.length() > max) {
      problems.add(
          ImportProblem.of(file, line.number(), column, "frameworks.csv.tooLong", column, max));
    }
    // Every text column passes here: descriptions may span lines, nothing may hide controls.
    if (!PlainTextValidator.isPlain(value, DESCRIPTION.equals(column))) {
      problems.add(
          ImportProblem.of(file, line.number(), column, "frameworks.csv.hiddenCharacter", column));
    }
  }

  private static void checkUri(
      List<ImportProblem> problems, String file, Line line, String column, String value) {
    if (!value.isEmpty() && !isWebAddress(value)) {
      problems.add(
          ImportProblem.of(file, line.number(), column, "frameworks.csv.uriInvalid", value));
    }
  }

  /** A data line: its number as an editor shows it, values by canonical column. */
  private record Line(int number, Map<String, String> values) {
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
