package org.mentora.competence;

import static org.mentora.competence.FrameworkCsv.AREA;
import static org.mentora.competence.FrameworkCsv.AREA_CODE;
import static org.mentora.competence.FrameworkCsv.AREA_URI;
import static org.mentora.competence.FrameworkCsv.BAND;
import static org.mentora.competence.FrameworkCsv.COMPETENCE;
import static org.mentora.competence.FrameworkCsv.COMPETENCE_CODE;
import static org.mentora.competence.FrameworkCsv.COMPETENCE_URI;
import static org.mentora.competence.FrameworkCsv.DESCRIPTION;
import static org.mentora.competence.FrameworkCsv.FRAMEWORK;
import static org.mentora.competence.FrameworkCsv.HIGHEST_LEVEL;
import static org.mentora.competence.FrameworkCsv.LEVEL;
import static org.mentora.competence.FrameworkCsv.LOWEST_LEVEL;
import static org.mentora.competence.FrameworkCsv.NAME;
import static org.mentora.competence.FrameworkCsv.isWebAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mentora.competence.FrameworkCsv.Area;
import org.mentora.competence.FrameworkCsv.Level;
import org.mentora.competence.FrameworkCsv.Line;
import org.mentora.competence.FrameworkCsv.Row;
import org.mentora.platform.validation.PlainTextValidator;

/**
 * The rules a framework's rows must follow once {@link FrameworkCsv} has read them: areas declared
 * and resolved, codes unique, lengths, web addresses, levels numbered without gaps. Every problem
 * is collected with its line and column; nothing here stops at the first.
 */
final class FrameworkRules {

  private FrameworkRules() {}

  // ---- competences

  /** Checks the rows and returns the framework they name (the first non-blank value), or null. */
  static String checkCompetences(
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
  static List<Line> levelsOf(String framework, List<Line> lines, List<ImportProblem> problems) {
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

  static void checkLevels(List<Line> lines, List<Level> levels, List<ImportProblem> problems) {
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
}
