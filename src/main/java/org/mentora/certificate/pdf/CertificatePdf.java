package org.mentora.certificate.pdf;

import static org.mentora.platform.pdf.PdfText.printable;
import static org.mentora.platform.pdf.PdfText.wrap;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.mentora.platform.i18n.Bundles;
import org.mentora.platform.pdf.PdfFonts;
import org.mentora.platform.pdf.PdfTable;
import org.mentora.platform.pdf.PdfTable.Run;

/**
 * Renders a certificate of completion (A4 portrait) from a {@link CertificateSheet}: title, the
 * holder, the programme, hours per learning mode, modules, competences, ECVET points, project,
 * issuer, and in the footer of every page the verification code, URL and a QR code of the URL. Long
 * lists continue on further pages. Every fixed word comes from the bundle ({@code
 * certificate.pdf.*}) in the sheet's language, and on a bilingual sheet also, smaller, in its
 * second language; text is measured with the embedded font and wrapped, so long translations and
 * names never run over each other. The embedded DejaVu Sans fonts (subset) print Latin with
 * Latvian's letters, Cyrillic and Greek.
 *
 * <p>Thread-safe: the fonts are {@link PdfFonts}'s shared pool and each call works on its own
 * document.
 */
public final class CertificatePdf {

  static final float MARGIN = 48;
  static final float FOOTER = 114;
  private static final float QR_SIZE = 96;

  private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final Color RULE = new Color(0xb8, 0xc4, 0xd0);

  private final PdfFonts fonts;

  public CertificatePdf() {
    this.fonts = PdfFonts.shared();
  }

  /** The PDF's bytes; a revoked certificate carries a diagonal watermark on every page. */
  public byte[] render(CertificateSheet sheet, boolean revoked) {
    return fonts.render(
        "Cannot render the certificate",
        (document, regular, bold) -> new Layout(document, regular, bold, sheet).write(revoked));
  }

  /**
   * One rendering: the document, its fonts and the cursor. The cursor {@code y} is the baseline of
   * the last line written; every line first moves down by its own leading, so nothing drawn later
   * can share a line with what came before (a heading stands on its own line).
   */
  private static final class Layout implements PdfTable.Page {
    /** Second-language labels are printed this much smaller than the first language's. */
    private static final float SECOND = 0.74f;

    /** The font size of table cells. */
    private static final float CELL_SIZE = 9.5f;

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final CertificateSheet sheet;
    private final Locale language;
    private final Locale also;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter alsoDates;
    private final float footerHeight;
    private final List<PDPage> pages = new ArrayList<>();
    private PDImageXObject qr;
    private PDPageContentStream stream;
    private PDRectangle box;
    private float y;

    Layout(PDDocument document, PDType0Font regular, PDType0Font bold, CertificateSheet sheet) {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
      this.sheet = sheet;
      this.language = sheet.language() == null ? Locale.ENGLISH : sheet.language();
      this.also = sheet.alsoIn();
      this.dates =
          DateTimeFormatter.ofPattern(
              Bundles.format(language, "certificate.pdf.datePattern"), language);
      this.alsoDates =
          also == null
              ? null
              : DateTimeFormatter.ofPattern(
                  Bundles.format(also, "certificate.pdf.datePattern"), also);
      this.footerHeight = also == null ? FOOTER : FOOTER + 40;
    }

    private String text(String key, Object... arguments) {
      return Bundles.format(language, key, arguments);
    }

    /** The label in the second language, or null on a certificate in one language. */
    private String alsoText(String key, Object... arguments) {
      return also == null ? null : Bundles.format(also, key, arguments);
    }

    void write(boolean revoked) throws IOException {
      document
          .getDocumentInformation()
          .setTitle(text("certificate.pdf.documentTitle", nonNull(sheet.holderName())));
      document.getDocumentInformation().setAuthor(nonNull(sheet.issuingBody()));
      document.getDocumentInformation().setCreator("Mentora");
      qr = LosslessFactory.createFromImage(document, QrCodes.image(sheet.verificationUrl(), 0));
      newPage();
      front();
      hours();
      modules();
      competences();
      closing();
      stream.close();
      for (int i = 0; i < pages.size(); i++) {
        footer(pages.get(i), i + 1, pages.size(), revoked);
      }
    }

    // --- page structure ---------------------------------------------------------------------

    @Override
    public void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      pages.add(page);
      box = page.getMediaBox();
      stream = new PDPageContentStream(document, page);
      frame();
      y = box.getHeight() - MARGIN;
      if (pages.size() > 1) {
        block(regular, 10, MUTED, false, text("certificate.pdf.continued", sheet.holderName()));
        String second = alsoText("certificate.pdf.continued", sheet.holderName());
        if (second != null) {
          block(regular, 10 * SECOND, MUTED, false, second);
        }
        y -= 10;
      }
    }

    private void frame() throws IOException {
      stream.setStrokingColor(ACCENT);
      stream.setLineWidth(2.5f);
      stream.addRect(20, 20, box.getWidth() - 40, box.getHeight() - 40);
      stream.stroke();
      stream.setLineWidth(0.6f);
      stream.addRect(26, 26, box.getWidth() - 52, box.getHeight() - 52);
      stream.stroke();
    }

    @Override
    public PDPageContentStream stream() {
      return stream;
    }

    @Override
    public float y() {
      return y;
    }

    @Override
    public void moveTo(float y) {
      this.y = y;
    }

    /** Room for one more block of the given height above the footer, else a new page. */
    private void need(float height) throws IOException {
      if (y - height < bottom()) {
        newPage();
      }
    }

    /** The lowest baseline the body may use: the footer is below it. */
    @Override
    public float bottom() {
      return MARGIN + footerHeight;
    }

    private float width() {
      return box.getWidth() - 2 * MARGIN - 24;
    }

    // --- the sections -----------------------------------------------------------------------

    private void front() throws IOException {
      String title = text("certificate.pdf.title");
      float titleSize = fitting(bold, 26, 18, title);
      block(bold, titleSize, ACCENT, true, title);
      second(bold, titleSize, ACCENT, true, alsoText("certificate.pdf.title"));
      y -= 8;
      label(regular, 12, MUTED, true, "certificate.pdf.certifies");
      y -= 4;
      float nameSize = fitting(bold, 24, 16, nonNull(sheet.holderName()));
      block(bold, nameSize, Color.BLACK, true, nonNull(sheet.holderName()));
      rule(box.getWidth() / 2 - 150, box.getWidth() / 2 + 150);
      y -= 12;
      label(regular, 12, MUTED, true, "certificate.pdf.completed");
      y -= 4;
      block(bold, 16, ACCENT, true, nonNull(sheet.programmeName()));
      label(
          regular,
          11,
          Color.BLACK,
          true,
          "certificate.pdf.edition",
          sheet.editionCode(),
          sheet.editionName());
      if (sheet.profileName() != null && !sheet.profileName().isBlank()) {
        label(regular, 11, Color.BLACK, true, "certificate.pdf.profile", sheet.profileName());
      }
      String period = period(language, dates);
      if (period != null) {
        block(regular, 11, Color.BLACK, true, period);
        second(regular, 11, MUTED, true, also == null ? null : period(also, alsoDates));
      }
      y -= 8;
    }

    private String period(Locale in, DateTimeFormatter format) {
      LocalDate from = sheet.startsOn();
      LocalDate to = sheet.endsOn();
      if (from != null && to != null) {
        return Bundles.format(in, "certificate.pdf.period", format.format(from), format.format(to));
      }
      if (from != null) {
        return Bundles.format(in, "certificate.pdf.periodFrom", format.format(from));
      }
      if (to != null) {
        return Bundles.format(in, "certificate.pdf.periodUntil", format.format(to));
      }
      return null;
    }

    private void hours() throws IOException {
      if (sheet.hours().isEmpty() && sheet.totalMinutes() == 0) {
        return;
      }
      float[] columns = {width() - 110, 110};
      PdfTable table =
          table(
              columns,
              new boolean[] {false, true},
              heading("certificate.pdf.hours.mode"),
              heading("certificate.pdf.hours.hours"));
      section("certificate.pdf.hours.title", table);
      for (CertificateSheet.HoursLine line : sheet.hours()) {
        table.row(
            cell(regular, line.label(), line.alsoLabel()),
            cell(regular, hoursText(line.minutes()), null));
      }
      table.row(
          cell(bold, text("certificate.pdf.hours.total"), alsoText("certificate.pdf.hours.total")),
          cell(bold, hoursText(sheet.totalMinutes()), null));
      y -= 6;
    }

    private void modules() throws IOException {
      if (sheet.modules().isEmpty()) {
        return;
      }
      float[] columns = {70, width() - 70 - 150 - 55, 150, 55};
      PdfTable table =
          table(
              columns,
              new boolean[] {false, false, false, true},
              heading("certificate.pdf.modules.code"),
              heading("certificate.pdf.modules.name"),
              heading("certificate.pdf.modules.status"),
              heading("certificate.pdf.modules.ecvet"));
      section("certificate.pdf.modules.title", table);
      for (CertificateSheet.ModuleLine module : sheet.modules()) {
        String status =
            module.waived()
                ? "certificate.pdf.modules.waived"
                : "certificate.pdf.modules.completed";
        table.row(
            cell(regular, nonNull(module.code()), null),
            cell(regular, nonNull(module.name()), null),
            cell(regular, text(status), alsoText(status)),
            cell(
                regular,
                module.ecvetPoints() == null
                    ? ""
                    : text("certificate.pdf.ecvet.value", module.ecvetPoints()),
                null));
      }
      y -= 6;
    }

    private void competences() throws IOException {
      if (sheet.competences().isEmpty()) {
        return;
      }
      float[] columns = {110, width() - 110 - 90, 90};
      PdfTable table =
          table(
              columns,
              new boolean[] {false, false, false},
              heading("certificate.pdf.competences.framework"),
              heading("certificate.pdf.competences.name"),
              heading("certificate.pdf.competences.level"));
      section("certificate.pdf.competences.title", table);
      for (CertificateSheet.CompetenceLine competence : sheet.competences()) {
        String name =
            competence.code() == null || competence.code().isBlank()
                ? nonNull(competence.name())
                : competence.code() + " " + nonNull(competence.name());
        table.row(
            cell(regular, nonNull(competence.framework()), null),
            cell(regular, name, null),
            cell(regular, nonNull(competence.level()), null));
      }
      y -= 6;
    }

    private void closing() throws IOException {
      if (sheet.ecvetPoints() != null) {
        paragraph(bold, 11, "certificate.pdf.ecvet.total", sheet.ecvetPoints());
      }
      if (sheet.projectTitle() != null && !sheet.projectTitle().isBlank()) {
        paragraph(regular, 11, "certificate.pdf.project", sheet.projectTitle());
      }
    }

    /** A label with its arguments, wrapped, kept on one page with its second-language copy. */
    private void paragraph(PDType0Font font, float size, String key, Object... arguments)
        throws IOException {
      List<String> lines = wrap(font, size, width(), text(key, arguments));
      String second = alsoText(key, arguments);
      List<String> secondLines =
          second == null ? List.of() : wrap(regular, size * SECOND, width(), second);
      need(lines.size() * leading(size) + secondLines.size() * leading(size * SECOND) + 2);
      block(font, size, Color.BLACK, false, text(key, arguments));
      second(regular, size, MUTED, false, second);
      y -= 4;
    }

    /**
     * A section's heading on lines of its own (wrapped when long, with its second-language copy
     * below), kept on the same page as the table's header and first row.
     */
    private void section(String key, PdfTable table) throws IOException {
      String title = text(key);
      String second = alsoText(key);
      float height =
          10
              + wrap(bold, 12, width(), title).size() * leading(12)
              + (second == null
                  ? 0
                  : wrap(regular, 12 * SECOND, width(), second).size() * leading(12 * SECOND))
              + table.headerHeight()
              + 2 * leading(CELL_SIZE);
      need(height);
      y -= 10;
      block(bold, 12, ACCENT, false, title);
      second(regular, 12, ACCENT, false, second);
      y -= 4;
      table.header();
    }

    private void footer(PDPage page, int number, int count, boolean revoked) throws IOException {
      try (PDPageContentStream footer =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
        this.stream = footer;
        float top = MARGIN + footerHeight - 18;
        float x = MARGIN + 12;
        float textWidth = width() - QR_SIZE - 24;
        stream.setStrokingColor(RULE);
        stream.setLineWidth(0.5f);
        stream.moveTo(x, top + 10);
        stream.lineTo(box.getWidth() - MARGIN - 12, top + 10);
        stream.stroke();
        y = top + 4;
        footerLine(
            regular,
            10,
            Color.BLACK,
            x,
            textWidth,
            text("certificate.pdf.issuedOn", date(dates, sheet.issuedOn())));
        if (also != null) {
          footerLine(
              regular,
              10 * SECOND,
              MUTED,
              x,
              textWidth,
              alsoText("certificate.pdf.issuedOn", date(alsoDates, sheet.issuedOn())));
        }
        y -= 4;
        footerLine(regular, 9, MUTED, x, textWidth, text("certificate.pdf.issuer"));
        if (also != null) {
          footerLine(regular, 9 * SECOND, MUTED, x, textWidth, alsoText("certificate.pdf.issuer"));
        }
        footerLine(bold, 11, Color.BLACK, x, textWidth, nonNull(sheet.issuerName()));
        footerLine(regular, 10, Color.BLACK, x, textWidth, nonNull(sheet.issuingBody()));
        y -= 6;
        footerLine(
            bold,
            10,
            ACCENT,
            x,
            textWidth,
            text("certificate.pdf.code", nonNull(sheet.shortCode())));
        if (also != null) {
          footerLine(
              regular,
              10 * SECOND,
              ACCENT,
              x,
              textWidth,
              alsoText("certificate.pdf.code", nonNull(sheet.shortCode())));
        }
        for (String line :
            wrap(regular, 8, textWidth, text("certificate.pdf.verify", sheet.verificationUrl()))) {
          y -= 10;
          left(regular, 8, MUTED, x, line);
        }
        if (also != null) {
          String second = alsoText("certificate.pdf.verify", sheet.verificationUrl());
          for (String line : wrap(regular, 8 * SECOND, textWidth, second)) {
            y -= leading(8 * SECOND);
            left(regular, 8 * SECOND, MUTED, x, line);
          }
        }
        float qrX = box.getWidth() - MARGIN - 12 - QR_SIZE;
        stream.drawImage(qr, qrX, MARGIN, QR_SIZE, QR_SIZE);
        String pageText = text("certificate.pdf.page", number, count);
        if (also != null) {
          pageText = pageText + " \u00b7 " + alsoText("certificate.pdf.page", number, count);
        }
        float pageWidth = regular.getStringWidth(printable(regular, pageText)) / 1000 * 8;
        y = 32;
        left(regular, 8, MUTED, (box.getWidth() - pageWidth) / 2, pageText);
        if (revoked) {
          watermark();
        }
      }
    }

    /**
     * One footer line: the footer's height is fixed, so a text too long for its room is printed
     * smaller (down to 70%) rather than cut or run into the QR code.
     */
    private void footerLine(
        PDType0Font font, float size, Color color, float x, float room, String value)
        throws IOException {
      float natural = font.getStringWidth(printable(font, value)) / 1000;
      float fitted = natural == 0 ? size : Math.max(size * 0.7f, Math.min(size, room / natural));
      y -= leading(size);
      List<String> lines = wrap(font, fitted, room, value);
      left(font, fitted, color, x, lines.get(0));
      for (int i = 1; i < lines.size(); i++) {
        y -= leading(fitted);
        left(font, fitted, color, x, lines.get(i));
      }
    }

    private void watermark() throws IOException {
      String word = text("certificate.pdf.revoked");
      if (also != null) {
        word = word + " / " + alsoText("certificate.pdf.revoked");
      }
      PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
      translucent.setNonStrokingAlphaConstant(0.22f);
      stream.saveGraphicsState();
      stream.setGraphicsStateParameters(translucent);
      stream.setNonStrokingColor(new Color(0xc0, 0x10, 0x10));
      float diagonal = (float) Math.hypot(box.getWidth(), box.getHeight());
      float size = 120;
      float textWidth = bold.getStringWidth(printable(bold, word)) / 1000 * size;
      if (textWidth > diagonal * 0.8f) {
        size = size * diagonal * 0.8f / textWidth;
        textWidth = diagonal * 0.8f;
      }
      double angle = Math.atan2(box.getHeight(), box.getWidth());
      float cx = box.getWidth() / 2;
      float cy = box.getHeight() / 2;
      float dx = (float) (textWidth / 2 * Math.cos(angle) - size * 0.35 * Math.sin(angle));
      float dy = (float) (textWidth / 2 * Math.sin(angle) + size * 0.35 * Math.cos(angle));
      stream.beginText();
      stream.setFont(bold, size);
      stream.setTextMatrix(Matrix.getRotateInstance(angle, cx - dx, cy - dy));
      stream.showText(printable(bold, word));
      stream.endText();
      stream.restoreGraphicsState();
    }

    // --- tables -------------------------------------------------------------------------------

    /** A cell's text in the first language and, smaller and muted, in the second (if any). */
    private List<Run> cell(PDType0Font font, String first, String second) {
      List<Run> runs = new ArrayList<>();
      runs.add(new Run(font, CELL_SIZE, Color.BLACK, first));
      if (second != null && !second.isBlank()) {
        runs.add(new Run(regular, CELL_SIZE * SECOND, MUTED, second));
      }
      return runs;
    }

    /** A column heading in both languages. */
    private List<Run> heading(String key) {
      List<Run> runs = new ArrayList<>();
      runs.add(new Run(bold, CELL_SIZE, MUTED, text(key)));
      String second = alsoText(key);
      if (second != null) {
        runs.add(new Run(regular, CELL_SIZE * SECOND, MUTED, second));
      }
      return runs;
    }

    /** A table across the body's width that continues on the next page with its header. */
    @SafeVarargs
    private PdfTable table(float[] widths, boolean[] rightAligned, List<Run>... headings) {
      return new PdfTable(
          this, MARGIN + 12, width(), widths, rightAligned, RULE, List.of(headings));
    }

    // --- text primitives ------------------------------------------------------------------

    /** The distance between baselines for text of this size: room for accents and descenders. */
    private static float leading(float size) {
      return PdfTable.leading(size);
    }

    /** A label in the first language and, below it, in the second. */
    private void label(
        PDType0Font font, float size, Color color, boolean centred, String key, Object... arguments)
        throws IOException {
      block(font, size, color, centred, text(key, arguments));
      second(regular, size, MUTED, centred, alsoText(key, arguments));
    }

    /** The second language's copy of a text of {@code size}, smaller; nothing when null. */
    private void second(PDType0Font font, float size, Color color, boolean centred, String value)
        throws IOException {
      if (value != null) {
        block(font, size * SECOND, color, centred, value);
      }
    }

    /** A text on lines of its own below the cursor, wrapped to the width, centred or left. */
    private void block(PDType0Font font, float size, Color color, boolean centred, String value)
        throws IOException {
      for (String line : wrap(font, size, width(), value)) {
        y -= leading(size);
        float x =
            centred ? (box.getWidth() - font.getStringWidth(line) / 1000 * size) / 2 : MARGIN + 12;
        left(font, size, color, x, line);
      }
    }

    /** The largest size from {@code max} down to {@code min} at which the text fits one line. */
    private float fitting(PDType0Font font, float max, float min, String value) throws IOException {
      float natural = font.getStringWidth(printable(font, value)) / 1000;
      if (natural == 0) {
        return max;
      }
      return Math.max(min, Math.min(max, width() * 0.97f / natural));
    }

    private void left(PDType0Font font, float size, Color color, float x, String value)
        throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.setNonStrokingColor(color);
      stream.newLineAtOffset(x, y);
      stream.showText(printable(font, value));
      stream.endText();
    }

    private void rule(float from, float to) throws IOException {
      stream.setStrokingColor(RULE);
      stream.setLineWidth(0.8f);
      stream.moveTo(from, y - 8);
      stream.lineTo(to, y - 8);
      stream.stroke();
      y -= 8;
    }

    /** Hours with the unit of the certificate's language (the platform's {@code hours.value}). */
    private String hoursText(long minutes) {
      return text(
          "hours.value",
          BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
    }

    private static String date(DateTimeFormatter format, LocalDate date) {
      return date == null ? "" : format.format(date);
    }
  }

  // --- shared helpers -------------------------------------------------------------------------

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
