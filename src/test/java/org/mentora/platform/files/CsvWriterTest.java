package org.mentora.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void textASpreadsheetWouldRunGetsAnApostrophe() {
    assertEquals(
        "'=HYPERLINK(\"http://evil\",\"x\")", CsvWriter.cell("=HYPERLINK(\"http://evil\",\"x\")"));
    assertEquals("'+1+cmd", CsvWriter.cell("+1+cmd"));
    assertEquals("'-2+3", CsvWriter.cell("-2+3"));
    assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
    assertEquals("'\t=1", CsvWriter.cell("\t=1"));
    assertEquals("'\r=1", CsvWriter.cell("\r=1"));
    assertEquals("'\uFF1D1+1", CsvWriter.cell("\uFF1D1+1"));
  }

  @Test
  void plainNumbersAndOrdinaryTextStayAsTheyAre() {
    assertEquals("-1.5", CsvWriter.cell("-1.5"));
    assertEquals("+3", CsvWriter.cell("+3"));
    assertEquals("-2,25", CsvWriter.cell("-2,25"));
    assertEquals("Ремонт щитка = 2 h", CsvWriter.cell("Ремонт щитка = 2 h"));
    assertEquals("", CsvWriter.cell(""));
    assertEquals(null, CsvWriter.cell(null));
    assertFalse(CsvWriter.looksLikeFormula("Bērziņš"));
    assertTrue(CsvWriter.looksLikeFormula("=cmd"));
  }

  @Test
  void theWriterNeutralisesEveryCellAndKeepsTheByteOrderMark() {
    String csv =
        new String(
            CsvWriter.write(
                List.of("Description", "Minutes"),
                Stream.of(List.of("=HYPERLINK(\"http://evil\",\"x\")", "-90"))),
            StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFDescription,Minutes\r\n"), csv);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-90"), csv);
  }

  @Test
  void aReaderWhoWritesADecimalCommaGetsSemicolonsAndDecimalCommas() {
    for (String language : List.of("lv", "bg", "el", "it")) {
      String csv =
          new String(
              CsvWriter.write(
                  List.of("Stundas", "Apraksts"),
                  Stream.of(List.of("1.5", "=cmd; 2.5 h")),
                  Locale.forLanguageTag(language)),
              StandardCharsets.UTF_8);
      assertEquals("\uFEFFStundas;Apraksts\r\n1,5;\"'=cmd; 2.5 h\"\r\n", csv, language);
    }
    String english =
        new String(
            CsvWriter.write(List.of("Hours"), Stream.of(List.of("1.5")), Locale.ENGLISH),
            StandardCharsets.UTF_8);
    assertEquals("\uFEFFHours\r\n1.5\r\n", english);
  }
}
