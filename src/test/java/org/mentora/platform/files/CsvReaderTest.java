package org.mentora.platform.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static final CsvReader READER = new CsvReader("test.csv.", 1024 * 1024, 3);

  /** Knows "name" and "city" (alias "town"), needs "name", refuses a column called "secret". */
  private static final CsvReader.Columns COLUMNS =
      new CsvReader.Columns() {
        @Override
        public String columnFor(String header) throws CsvReader.Refused {
          String column = CsvReader.normalizeHeader(header);
          if (column.equals("secret")) {
            throw new CsvReader.Refused("test.csv.secret", header);
          }
          if (column.equals("town")) {
            return "city";
          }
          return List.of("name", "city").contains(column) ? column : null;
        }

        @Override
        public List<String> required() {
          return List.of("name");
        }
      };

  private static CsvReader.Table read(String text) {
    return READER.read(text.getBytes(StandardCharsets.UTF_8), COLUMNS);
  }

  private static void assertProblem(CsvReader.Table table, String key, Object... arguments) {
    assertFalse(table.readable());
    assertEquals(key, table.problem().messageKey());
    assertArrayEquals(arguments, table.problem().arguments());
    assertTrue(table.rows().isEmpty());
  }

  @Test
  void readsCommaSeparatedRowsByMappedColumnWithTheirLines() {
    CsvReader.Table table = read("Name,Town,Ignored\nAnna,Rīga,x\nBruno,Roma,y\n");
    assertTrue(table.readable());
    assertEquals(List.of("name", "city"), table.columns());
    assertEquals(
        List.of(
            new CsvReader.Row(2, Map.of("name", "Anna", "city", "Rīga")),
            new CsvReader.Row(3, Map.of("name", "Bruno", "city", "Roma"))),
        table.rows());
  }

  @Test
  void semicolonsAsExcelWritesThemInLatviaAndItaly() {
    CsvReader.Table table = read("name;city\n\"Rossi, Maria\";Milano\n");
    assertEquals(Map.of("name", "Rossi, Maria", "city", "Milano"), table.rows().get(0).values());
    assertEquals(';', CsvReader.delimiter("a;b;c,d\n1,2,3"));
    assertEquals(',', CsvReader.delimiter("a,b;c"));
  }

  @Test
  void byteOrderMarkAndWindowsLineEndsAreAccepted() {
    CsvReader.Table table = read("\uFEFFname,city\r\nΕλένη,Αθήνα\r\n");
    assertEquals(List.of("name", "city"), table.columns());
    assertEquals("Ελένη", table.rows().get(0).values().get("name"));
    assertEquals(2, table.rows().get(0).line());
  }

  @Test
  void lineNumbersCountBlankLinesAndQuotedLineBreaks() {
    CsvReader.Table table = read("name,city\n\n\"Anna\nMaria\",Rīga\n,\nBruno,Roma\n");
    assertEquals(2, table.rows().size());
    assertEquals(3, table.rows().get(0).line());
    assertEquals("Anna\nMaria", table.rows().get(0).values().get("name"));
    assertEquals(6, table.rows().get(1).line());
  }

  @Test
  void shortRowsGiveEmptyValues() {
    CsvReader.Table table = read("name,city\nAnna\n");
    assertEquals("", table.rows().get(0).values().get("city"));
  }

  @Test
  void emptyBlankAndOversizedFilesAreRefused() {
    assertProblem(READER.read(null, COLUMNS), "test.csv.empty");
    assertProblem(READER.read(new byte[0], COLUMNS), "test.csv.empty");
    assertProblem(read("\uFEFF \n\n"), "test.csv.empty");
    assertProblem(
        new CsvReader("test.csv.", 2 * 1024 * 1024, 10)
            .read(new byte[2 * 1024 * 1024 + 1], COLUMNS),
        "test.csv.tooLarge",
        2);
  }

  @Test
  void filesThatAreNotUtf8AreRefused() {
    byte[] latin1 = "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertProblem(READER.read(latin1, COLUMNS), "test.csv.notUtf8");
  }

  @Test
  void headerProblemsAreRefused() {
    assertProblem(read("city\nRiga\n"), "test.csv.missingColumns", "name");
    assertProblem(read("name,Town,City\nA,B,C\n"), "test.csv.duplicateColumn", "City");
    assertProblem(read("name,Secret\nA,B\n"), "test.csv.secret", "Secret");
  }

  @Test
  void rowLimitAndEmptyBodyAreRefused() {
    assertProblem(read("name\na\nb\nc\nd\n"), "test.csv.tooManyRows", 3);
    assertTrue(read("name\na\nb\nc\n").readable());
    assertProblem(read("name,city\n,\n"), "test.csv.noRows");
  }

  @Test
  void brokenQuotingIsReportedNotThrown() {
    CsvReader.Table table = read("name,city\n\"Anna,Riga\n");
    assertFalse(table.readable());
    assertEquals("test.csv.malformed", table.problem().messageKey());
  }

  @Test
  void headersAreNormalised() {
    assertEquals("e_mail", CsvReader.normalizeHeader(" E-Mail "));
    assertEquals("first_name", CsvReader.normalizeHeader("\uFEFFFirst  name"));
    assertEquals("last_name", CsvReader.normalizeHeader("Last.Name"));
    assertEquals("", CsvReader.normalizeHeader(null));
  }
}
