package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mentora.support.TestModes;

class LogbookPdfTest {

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static ExportLayout.Line entry(String description) {
    return new ExportLayout.Line(
        null,
        null,
        LocalDate.of(2026, 3, 9),
        "Darba vidē balstītas mācības",
        null,
        null,
        90,
        description,
        EntryStatus.CHANGES_REQUESTED,
        null,
        "Добавьте детали");
  }

  @Test
  void latvianGreekAndCyrillicPrintWithTheEmbeddedFont() throws Exception {
    Progress progress =
        new Progress(
            List.of(new Progress.Line(TestModes.WORK_BASED, 60, 90, 0, 600)),
            new Progress.Line(null, 60, 90, 0, 1200));
    byte[] pdf =
        LogbookPdf.render(
            new LogbookPdf.Header("Jānis Bērziņš", "LV-PILOT · Ηλεκτρολόγος", progress),
            List.of(entry("Ремонт щитка\nwith a line break")),
            Locale.ENGLISH);
    String text = text(pdf);
    assertTrue(text.contains("Jānis Bērziņš"), text);
    assertTrue(text.contains("Ηλεκτρολόγος"), text);
    assertTrue(text.contains("Ремонт щитка"), text);
    assertTrue(text.contains("Добавьте детали"), text);
  }

  @Test
  void longDescriptionsWrapOntoFurtherPagesAndUnknownGlyphsDoNotFail() throws Exception {
    String longText = String.join(" ", Collections.nCopies(400, "darbs")) + " \uD83D\uDE00 漢";
    byte[] pdf =
        LogbookPdf.render(
            new LogbookPdf.Header("Anna", "E", null),
            Collections.nCopies(30, entry(longText)),
            Locale.ENGLISH);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() > 1);
    }
  }
}
