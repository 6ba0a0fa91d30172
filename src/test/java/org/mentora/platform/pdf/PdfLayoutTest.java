package org.mentora.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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

  @Test
  void aLongTableContinuesOnTheNextPageUnderItsHeader() throws IOException {
    byte[] pdf =
        PdfFonts.shared()
            .render(
                "test",
                (document, regular, bold) -> {
                  PdfTable.Page page =
                      new PdfTable.Page() {
                        private PDPageContentStream stream;
                        private float y;

                        @Override
                        public PDPageContentStream stream() {
                          return stream;
                        }

                        @Override
                        public float y() {
                          return y;
                        }

                        @Override
                        public void moveTo(float to) {
                          y = to;
                        }

                        @Override
                        public float bottom() {
                          return 60;
                        }

                        @Override
                        public void newPage() throws IOException {
                          if (stream != null) {
                            stream.close();
                          }
                          PDPage next = new PDPage(PDRectangle.A4);
                          document.addPage(next);
                          stream = new PDPageContentStream(document, next);
                          y = next.getMediaBox().getHeight() - 50;
                        }
                      };
                  page.newPage();
                  PdfTable table =
                      new PdfTable(
                          page,
                          50,
                          400,
                          new float[] {300, 100},
                          new boolean[] {false, true},
                          Color.GRAY,
                          List.of(
                              List.of(new PdfTable.Run(bold, 10, Color.BLACK, "Modulis")),
                              List.of(new PdfTable.Run(bold, 10, Color.BLACK, "Stundas"))));
                  table.header();
                  for (int i = 1; i <= 30; i++) {
                    table.row(
                        List.of(
                            new PdfTable.Run(regular, 10, Color.BLACK, "Μονάδα " + i),
                            new PdfTable.Run(
                                regular, 7, Color.GRAY, "Модуль " + i + " — " + "ļ".repeat(60))),
                        List.of(new PdfTable.Run(regular, 10, Color.BLACK, i + " h")));
                  }
                  page.stream().close();
                });
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      String second = stripper.getText(document);
      assertTrue(second.startsWith("Modulis"), second);
      assertTrue(second.contains("Μονάδα 30"), second);
    }
  }
}
