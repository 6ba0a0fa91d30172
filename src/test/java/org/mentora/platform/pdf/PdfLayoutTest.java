package org.mentora.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

  @Test
  void latvianGreekAndCyrillicPrintAndWhatTheFontLacksBecomesAQuestionMark() {
    List<String> seen = new ArrayList<>();
    PdfFonts.shared()
        .render(
            "test",
            (document, regular, bold) -> {
              seen.add(PdfText.printable(regular, "Ērika Ļūdžā · Ελένη · Мария"));
              seen.add(PdfText.printable(bold, "tab\there\nnew line"));
              seen.add(PdfText.printable(regular, "图书馆"));
              seen.add(PdfText.printable(regular, null));
            });
    assertEquals(List.of("Ērika Ļūdžā · Ελένη · Мария", "tab here new line", "???", ""), seen);
  }

  @Test
  void wrappedLinesFitTheirWidthAndLoseNoWord() {
    String text = "Digitālās prasmes bibliotekāriem " + "x".repeat(120) + " un Ελληνικά";
    List<List<String>> lines = new ArrayList<>();
    PdfFonts.shared()
        .render(
            "test",
            (document, regular, bold) -> {
              List<String> wrapped = PdfText.wrap(regular, 10, 200, text);
              for (String line : wrapped) {
                assertTrue(PdfText.width(regular, 10, line) <= 200, line);
              }
              lines.add(wrapped);
              lines.add(PdfText.wrap(regular, 10, 200, "short"));
            });
    assertTrue(lines.get(0).size() > 3, lines.get(0).toString());
    assertEquals(text.replace(" ", ""), String.join("", lines.get(0)).replace(" ", ""));
    assertEquals(List.of("short"), lines.get(1));
  }

  @Test
  void flowingTextBreaksOntoNewPages() throws IOException {
    byte[] pdf =
        PdfFonts.shared()
            .render(
                "test",
                (document, regular, bold) -> {
                  try (PdfFlow flow = new PdfFlow(document, 50, 10, 14)) {
                    flow.line(bold, 16, "Žurnāls");
                    flow.gap(7);
                    for (int i = 1; i <= 80; i++) {
                      flow.wrapped(regular, "Ieraksts " + i + " — Εγγραφή — Запись");
                    }
                  }
                });
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(2, document.getNumberOfPages());
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Žurnāls"));
      assertTrue(text.contains("Ieraksts 80 — Εγγραφή — Запись"), text);
    }
  }
}
