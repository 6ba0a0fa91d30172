package org.mentora.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentora.report.ExportSweepBrowserIT.Table;

/**
 * The export sweep's judgement of one file, without a browser: an empty table's header-only export
 * passes, and each kind of broken export (headers only beside rows, an error page saved as CSV, a
 * corrupt workbook, rows the table does not show) fails.
 */
class ExportSweepCheckTest {

  private static final Table EMPTY = new Table(true, 0);
  private static final Table THREE_ROWS = new Table(false, 3);

  @TempDir Path folder;

  private Path csv(String text) throws IOException {
    return Files.writeString(folder.resolve("export.csv"), text, StandardCharsets.UTF_8);
  }

  private Path xlsx(String... rows) throws IOException {
    Path file = folder.resolve("export.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = workbook.createSheet();
      for (int i = 0; i < rows.length; i++) {
        sheet.createRow(i).createCell(0).setCellValue(rows[i]);
      }
      workbook.write(out);
    }
    return file;
  }

  @Test
  void anEmptyTablesExportWithItsHeaderRowPasses() throws IOException {
    assertNull(ExportSweepBrowserIT.check(csv("\uFEFF\"Edition\",\"Missing\"\n"), EMPTY));
    assertNull(ExportSweepBrowserIT.check(xlsx("Edition"), EMPTY));
  }

  @Test
  void anEmptyTablesExportWithoutEvenAHeaderFails() throws IOException {
    assertNotNull(ExportSweepBrowserIT.check(csv("\n"), EMPTY));
  }

  @Test
  void headersOnlyWhileTheTableShowsRowsFails() throws IOException {
    String problem = ExportSweepBrowserIT.check(csv("\"Edition\",\"Missing\"\n"), THREE_ROWS);
    assertNotNull(problem);
    assertTrue(problem.contains("3 rows"), problem);
    assertNotNull(ExportSweepBrowserIT.check(xlsx("Edition"), THREE_ROWS));
  }

  @Test
  void rowsTheTableDoesNotShowFail() throws IOException {
    assertNotNull(ExportSweepBrowserIT.check(csv("Edition\nLV-PILOT\n"), EMPTY));
  }

  @Test
  void anExportWithDataBesideATableWithRowsPasses() throws IOException {
    assertNull(ExportSweepBrowserIT.check(csv("Edition;Missing\nLV-PILOT;2\n"), THREE_ROWS));
    assertNull(ExportSweepBrowserIT.check(xlsx("Edition", "LV-PILOT"), THREE_ROWS));
  }

  @Test
  void aDownloadOfNoTableNeedsItsHeaderRowAtLeast() throws IOException {
    // A participant without entries rightly downloads an empty logbook: headers, no rows.
    assertNull(ExportSweepBrowserIT.check(csv("Date,Hours\n"), null));
    assertNull(ExportSweepBrowserIT.check(csv("Date,Hours\n2026-11-02,4\n"), null));
    assertNotNull(ExportSweepBrowserIT.check(csv(""), null));
  }

  @Test
  void anErrorPageSavedAsCsvFails() throws IOException {
    String page =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Error</title></head>\n"
            + "<body><p>Something went wrong</p></body></html>\n";
    assertNotNull(ExportSweepBrowserIT.check(csv(page), THREE_ROWS));
    assertNotNull(ExportSweepBrowserIT.check(csv(page), EMPTY));
  }

  @Test
  void aCorruptWorkbookFails() throws IOException {
    Path file = Files.write(folder.resolve("export.xlsx"), "PK\u0003\u0004broken".getBytes());
    String problem = ExportSweepBrowserIT.check(file, THREE_ROWS);
    assertNotNull(problem);
    assertTrue(problem.contains("does not open"), problem);
  }
}
