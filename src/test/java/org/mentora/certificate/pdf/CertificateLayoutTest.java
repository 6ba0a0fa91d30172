package org.mentora.certificate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.mentora.platform.i18n.Bundles;

/**
 * The certificate's layout holds in every language: text read back from the PDF with its positions
 * shows no two lines drawn over each other, headings on lines of their own, everything inside the
 * frame, and long Latvian and Greek titles wrapped rather than run off the page.
 */
class CertificateLayoutTest {

  private static final Locale LATVIAN = Locale.forLanguageTag("lv");
  private static final Locale GREEK = Locale.forLanguageTag("el");
  private static final Locale BULGARIAN = Locale.forLanguageTag("bg");
  private static final CertificatePdf PDF = new CertificatePdf();

  private static final String LONG_LATVIAN =
      "Bibliotēkas kā kopienas centri: jauktās mācīšanās programma bibliotekāriem par digitālajām"
          + " prasmēm, līdzdalību un sadarbību ar vietējām organizācijām Latvijas novados";
  private static final String LONG_GREEK =
      "Οι βιβλιοθήκες ως κόμβοι της κοινότητας: μικτό πρόγραμμα επαγγελματικής ανάπτυξης για"
          + " βιβλιοθηκονόμους στις ψηφιακές δεξιότητες και τη συμμετοχή των πολιτών";

  @Test
  void theLatvianHeadingStandsOnALineOfItsOwnBelowThePeriod() throws IOException {
    List<Run> runs = runs(PDF.render(CertificateSamples.realistic(LATVIAN), false));
    String heading = Bundles.format(LATVIAN, "certificate.pdf.hours.title");
    assertEquals("Mācību stundas", heading);
    assertStandsAlone(runs, heading);
    Run period = runs.stream().filter(r -> r.text().startsWith("no ")).findFirst().orElseThrow();
    Run title = find(runs, heading);
    assertTrue(title.baseline() > period.baseline(), "the heading comes below the period");
    assertNoOverlap(runs);
  }

  @Test
  void longLatvianAndGreekTitlesWrapWithoutOverlapInsideTheFrame() throws IOException {
    for (Locale language : List.of(LATVIAN, GREEK)) {
      String name = language.equals(GREEK) ? LONG_GREEK : LONG_LATVIAN;
      CertificateSheet sheet = withLongTexts(CertificateSamples.realistic(language), name);
      List<Run> runs = runs(PDF.render(sheet, false));
      assertNoOverlap(runs);
      assertInsideTheFrame(runs);
      long programmeLines =
          runs.stream().filter(r -> r.size() > 15 && name.contains(r.text().strip())).count();
      assertTrue(programmeLines >= 2, language + ": the programme's name wraps");
      String all = String.join(" ", runs.stream().map(Run::text).toList()).replaceAll("\\s+", " ");
      for (String word : name.split(" ")) {
        assertTrue(all.contains(word), language + ": '" + word + "' printed");
      }
      for (String key :
          List.of(
              "certificate.pdf.hours.title",
              "certificate.pdf.modules.title",
              "certificate.pdf.competences.title")) {
        assertStandsAlone(runs, Bundles.format(language, key));
      }
    }
  }

  @Test
  void everyConfiguredLanguageLaysOutWithoutOverlapAndWithItsOwnHoursUnit() throws IOException {
    for (Locale language : CertificateLanguages.certificateLanguages()) {
      List<Run> runs = runs(PDF.render(CertificateSamples.realistic(language), false));
      assertNoOverlap(runs);
      assertInsideTheFrame(runs);
      String all = String.join("\n", runs.stream().map(Run::text).toList());
      assertTrue(all.contains(Bundles.format(language, "hours.value", 40)), language + ":\n" + all);
      assertFalse(all.contains("hours.value"), language + ": a key printed");
      assertFalse(all.contains("certificate.pdf."), language + ": a key printed");
    }
  }

  @Test
  void aBilingualGreekCertificateShowsEachLabelInGreekThenSmallerInEnglish() throws IOException {
    CertificateSheet sheet =
        withLongTexts(CertificateSamples.realistic(GREEK), LONG_GREEK).alsoIn(Locale.ENGLISH);
    List<Run> runs = runs(PDF.render(sheet, false));
    assertNoOverlap(runs);
    assertInsideTheFrame(runs);
    for (String key :
        List.of(
            "certificate.pdf.title",
            "certificate.pdf.hours.title",
            "certificate.pdf.modules.title",
            "certificate.pdf.hours.total",
            "certificate.pdf.modules.code")) {
      Run greek = find(runs, Bundles.format(GREEK, key));
      Run english = find(runs, Bundles.format(Locale.ENGLISH, key));
      assertTrue(english.baseline() > greek.baseline(), key + ": English below the Greek");
      assertTrue(english.size() < greek.size(), key + ": English smaller");
    }
    assertStandsAlone(runs, Bundles.format(GREEK, "certificate.pdf.hours.title"));
    assertStandsAlone(runs, Bundles.format(Locale.ENGLISH, "certificate.pdf.hours.title"));
  }

  @Test
  void englishBesideEnglishIsPrintedOnce() throws IOException {
    CertificateSheet sheet = CertificateSamples.realistic(Locale.ENGLISH).alsoIn(Locale.ENGLISH);
    assertEquals(null, sheet.alsoIn());
    String title = Bundles.format(Locale.ENGLISH, "certificate.pdf.title");
    assertEquals(
        1, runs(PDF.render(sheet, false)).stream().filter(r -> r.text().equals(title)).count());
  }

  @Test
  void aBilingualBulgarianCertificateStillFitsItsFooter() throws IOException {
    CertificateSheet sheet =
        CertificateSamples.sheet(BULGARIAN, "Мария Петрова", 30, 20, "Проект")
            .alsoIn(Locale.ENGLISH);
    List<Run> runs = runs(PDF.render(sheet, false));
    assertNoOverlap(runs);
    assertInsideTheFrame(runs);
    assertTrue(runs.stream().map(Run::page).max(Integer::compare).orElseThrow() >= 2);
  }

  // ---- reading the PDF back

  /** A piece of text drawn by one show-text operation: its page, position and size. */
  record Run(int page, String text, float x0, float x1, float baseline, float size) {
    float top() {
      return baseline - 0.75f * size;
    }

    float bottom() {
      return baseline + 0.2f * size;
    }

    boolean sharesHeightWith(Run other) {
      return page == other.page && top() < other.bottom() - 0.3f && other.top() < bottom() - 0.3f;
    }

    boolean overlaps(Run other) {
      return sharesHeightWith(other) && x0 < other.x1 - 0.5f && other.x0 < x1 - 0.5f;
    }
  }

  private static List<Run> runs(byte[] pdf) throws IOException {
    List<Run> runs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            private StringBuilder text;
            private float x0;
            private float x1;
            private float baseline;
            private float size;
            private int page;

            @Override
            protected void processTextPosition(TextPosition p) {
              boolean same =
                  text != null
                      && page == getCurrentPageNo()
                      && Math.abs(p.getYDirAdj() - baseline) < 0.01f
                      && Math.abs(p.getFontSizeInPt() - size) < 0.01f
                      && p.getXDirAdj() >= x1 - 1
                      && p.getXDirAdj() <= x1 + size;
              if (!same) {
                flush();
                text = new StringBuilder();
                x0 = p.getXDirAdj();
                baseline = p.getYDirAdj();
                size = p.getFontSizeInPt();
                page = getCurrentPageNo();
              }
              text.append(p.getUnicode());
              x1 = p.getXDirAdj() + p.getWidthDirAdj();
            }

            @Override
            protected void endPage(org.apache.pdfbox.pdmodel.PDPage pdfPage) throws IOException {
              flush();
              super.endPage(pdfPage);
            }

            private void flush() {
              if (text != null && !text.toString().isBlank()) {
                // DejaVu draws "fi" as a ligature; read it back as the two letters.
                String read =
                    java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
                runs.add(new Run(page, read, x0, x1, baseline, size));
              }
              text = null;
            }
          };
      stripper.getText(document);
    }
    return runs;
  }

  private static Run find(List<Run> runs, String text) {
    return runs.stream()
        .filter(r -> r.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("'" + text + "' not drawn as a line of its own"));
  }

  private static void assertStandsAlone(List<Run> runs, String heading) {
    Run run = find(runs, heading);
    for (Run other : runs) {
      if (other != run) {
        assertFalse(other.sharesHeightWith(run), "'" + heading + "' shares its line with " + other);
      }
    }
  }

  private static void assertNoOverlap(List<Run> runs) {
    for (int i = 0; i < runs.size(); i++) {
      for (int j = i + 1; j < runs.size(); j++) {
        Run a = runs.get(i);
        Run b = runs.get(j);
        assertFalse(a.overlaps(b), () -> "drawn over each other: " + a + " and " + b);
      }
    }
  }

  private static void assertInsideTheFrame(List<Run> runs) {
    float width = org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getWidth();
    for (Run run : runs) {
      assertTrue(run.x0() >= 26 && run.x1() <= width - 26, () -> "outside the frame: " + run);
    }
  }

  private static CertificateSheet withLongTexts(CertificateSheet sheet, String name) {
    return new CertificateSheet(
        sheet.language(),
        sheet.holderName(),
        name,
        sheet.editionCode(),
        name,
        name,
        sheet.startsOn(),
        LocalDate.of(2027, 11, 30),
        sheet.hours(),
        sheet.totalMinutes(),
        sheet.modules(),
        sheet.competences(),
        sheet.ecvetPoints(),
        name,
        sheet.issuerName(),
        sheet.issuingBody(),
        sheet.issuedOn(),
        sheet.shortCode(),
        sheet.verificationUrl());
  }
}
