package org.mentora.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The frameworks V8 seeds are exactly the shipped CSV files. */
class CompetenceSeedTest {

  private static String migration() throws IOException {
    try (var in =
        CompetenceSeedTest.class.getResourceAsStream("/db/migration/V8__competences.sql")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<CSVRecord> rows(String resource) throws IOException {
    try (Reader reader =
        new InputStreamReader(
            Objects.requireNonNull(CompetenceSeedTest.class.getResourceAsStream(resource)),
            StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  @Test
  void everyShippedCompetenceAndLevelIsSeeded() throws IOException {
    String sql = migration();
    assertSeeded(sql, "/competence/digcomp-2.2.csv", 5, 21);
    assertSeeded(sql, "/competence/entrecomp.csv", 3, 15);
    List<CSVRecord> levels = rows("/competence/levels.csv");
    assertEquals(16, levels.size());
    for (CSVRecord level : levels) {
      assertTrue(
          sql.contains(
              level.get("level")
                  + ", "
                  + quoted(level.get("band"))
                  + ", "
                  + quoted(level.get("name"))),
          "level " + level);
    }
  }

  @Test
  void everyShippedNameInAnotherLanguageIsSeeded() throws IOException {
    String sql;
    try (var in =
        CompetenceSeedTest.class.getResourceAsStream("/db/migration/V20__names_in_languages.sql")) {
      sql = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
    int names = 0;
    for (String resource : List.of("/competence/digcomp-2.2.csv", "/competence/entrecomp.csv")) {
      for (CSVRecord row : rows(resource)) {
        for (String language : List.of("lv", "bg", "el", "it")) {
          String area = row.get("area_" + language);
          String competence = row.get("competence_" + language);
          assertTrue(!area.isBlank() && !competence.isBlank(), language + " " + row);
          assertTrue(
              sql.contains("'" + language + "', " + quoted(competence) + " FROM competence c"),
              language + " " + row);
          assertTrue(sql.contains("'" + language + "', " + quoted(area) + " FROM competence_area"));
          names++;
        }
      }
    }
    for (CSVRecord level : rows("/competence/levels.csv")) {
      for (String language : List.of("lv", "bg", "el", "it")) {
        assertTrue(
            sql.contains(
                    "'"
                        + language
                        + "', "
                        + quoted(level.get("name_" + language))
                        + " FROM competence_level v")
                && sql.contains("v.level_number = " + level.get("level") + ";"),
            language + " " + level);
      }
    }
    assertEquals((21 + 15) * 4, names);
  }

  private static void assertSeeded(String sql, String resource, int areas, int competences)
      throws IOException {
    List<CSVRecord> rows = rows(resource);
    assertEquals(competences, rows.size());
    Set<String> areaCodes = new HashSet<>();
    for (CSVRecord row : rows) {
      areaCodes.add(row.get("area_code"));
      assertTrue(
          sql.contains(quoted(row.get("competence_code")) + ", " + quoted(row.get("competence"))),
          "competence " + row);
      assertTrue(sql.contains(quoted(row.get("area"))), "area " + row);
    }
    assertEquals(areas, areaCodes.size());
  }
}
