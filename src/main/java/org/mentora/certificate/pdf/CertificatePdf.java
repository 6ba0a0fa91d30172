package org.mentora.certificate.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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

/**
 * Renders a certificate of completion (A4 portrait) from a {@link CertificateSheet}: title, the
 * holder, the programme, hours per learning mode, modules, competences, ECVET points, project,
 * issuer, and in the footer of every page the verification code, URL and a QR code of the URL. Long
 * lists continue on further pages. Every fixed word comes from the bundle ({@code
 * certificate.pdf.*}) in the sheet's language; the embedded DejaVu fonts (subset) print Latvian,
 * Cyrillic and Greek.
 *
 * <p>Thread-safe: the font files are read once per instance and each call works on its own
 * document.
 */
public final class CertificatePdf {

  static final float MARGIN = 48;
  static final float FOOTER = 114;
  private static final float QR_SIZE = 96;

  /** Parsed fonts kept for reuse: enough for a busy server's rendering threads. */
  private static final int MAX_IDLE_FONTS = 16;

  private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final Color RULE = new Color(0xb8, 0xc4, 0xd0);

  private final FontFiles fonts;

  public CertificatePdf() {
    this.fonts = FontFiles.shared();
  }

  /** The PDF's bytes; a revoked certificate carries a diagonal watermark on every page. */
  public byte[] render(CertificateSheet sheet, boolean revoked) {
    TrueTypeFont[] parsed = null;
    try (PDDocument document = new PDDocument()) {
      parsed = fonts.borrow();
      PDType0Font regular = PDType0Font.load(document, parsed[0], true);
      PDType0Font bold = PDType0Font.load(document, parsed[1], true);
      new Layout(document, regular, bold, sheet).write(revoked);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      fonts.release(parsed);
      parsed = null;
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the certificate", e);
    } finally {
      if (parsed != null) {
        // A failed rendering may have left a font half-read: drop it rather than reuse it.
        for (TrueTypeFont font : parsed) {
          try {
            font.close();
          } catch (IOException ignored) {
            // nothing more to do
          }
        }
      }
    }
  }

  /**
   * The DejaVu files, read from the class path once, and their parsed forms kept in a pool: a
   * parsed {@link TrueTypeFont} serves one rendering at a time (subsetting reads it while the
   * document is saved) and is then handed to the next, so a font is parsed once per thread that
   * ever rendered, not once per certificate.
   */
  static final class FontFiles {
    private static volatile FontFiles shared;

    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final Queue<TrueTypeFont[]> idle = new ConcurrentLinkedQueue<>();

    private FontFiles(byte[] regularBytes, byte[] boldBytes) {
      this.regularBytes = regularBytes;
      this.boldBytes = boldBytes;
    }

    static FontFiles shared() {
      FontFiles files = shared;
      if (files == null) {
        synchronized (FontFiles.class) {
          files = shared;
          if (files == null) {
            files = new FontFiles(read("fonts/DejaVuSans.ttf"), read("fonts/DejaVuSans-Bold.ttf"));
            shared = files;
          }
        }
      }
      return files;
    }

    /** A regular and a bold font for one rendering; give them back with {@link #release}. */
    TrueTypeFont[] borrow() throws IOException {
      TrueTypeFont[] pair = idle.poll();
      if (pair != null) {
        return pair;
      }
      return new TrueTypeFont[] {parse(regularBytes), parse(boldBytes)};
    }

    void release(TrueTypeFont[] pair) {
      if (idle.size() < MAX_IDLE_FONTS) {
        idle.offer(pair);
      }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
      return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static byte[] read(String resource) {
      try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing font " + resource);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** One rendering: the document, its fonts and the cursor. */
  private static final class Layout {
    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final CertificateSheet sheet;
    private final Locale language;
    private final DateTimeFormatter dates;
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
      this.dates = DateTimeFormatter.ofPattern(text("certificate.pdf.datePattern"), language);
    }

    private String text(String key, Object... arguments) {
      return Bundles.format(language, key, arguments);
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

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      pages.add(page);
      box = page.getMediaBox();
      stream = new PDPageContentStream(document, page);
      frame();
      y = box.getHeight() - MARGIN - 24;
      if (pages.size() > 1) {
        for (String line :
            wrap(regular, 10, width(), text("certificate.pdf.continued", sheet.holderName()))) {
          left(regular, 10, MUTED, MARGIN + 12, line);
          y -= 14;
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

    /** Room for one more block of the given height above the footer, else a new page. */
    private void need(float height) throws IOException {
      if (y - height < MARGIN + FOOTER) {
        newPage();
      }
    }

    private float width() {
      return box.getWidth() - 2 * MARGIN - 24;
    }

    // --- the sections -----------------------------------------------------------------------

    private void front() throws IOException {
      float titleSize = fitting(bold, 26, 18, text("certificate.pdf.title"));
      centredBlock(bold, titleSize, ACCENT, text("certificate.pdf.title"), titleSize + 4);
      y -= 8;
      centredBlock(regular, 12, MUTED, text("certificate.pdf.certifies"), 16);
      y -= 4;
      float nameSize = fitting(bold, 24, 16, nonNull(sheet.holderName()));
      centredBlock(bold, nameSize, Color.BLACK, nonNull(sheet.holderName()), nameSize + 6);
      rule(box.getWidth() / 2 - 150, box.getWidth() / 2 + 150);
      y -= 12;
      centredBlock(regular, 12, MUTED, text("certificate.pdf.completed"), 16);
      y -= 4;
      centredBlock(bold, 16, ACCENT, nonNull(sheet.programmeName()), 20);
      centredBlock(
          regular,
          11,
          Color.BLACK,
          text("certificate.pdf.edition", sheet.editionCode(), sheet.editionName()),
          15);
      if (sheet.profileName() != null && !sheet.profileName().isBlank()) {
        centredBlock(
            regular, 11, Color.BLACK, text("certificate.pdf.profile", sheet.profileName()), 15);
      }
      String period = period();
      if (period != null) {
        centredBlock(regular, 11, Color.BLACK, period, 15);
      }
      y -= 4;
    }

    private String period() {
      LocalDate from = sheet.startsOn();
      LocalDate to = sheet.endsOn();
      if (from != null && to != null) {
        return text("certificate.pdf.period", dates.format(from), dates.format(to));
      }
      if (from != null) {
        return text("certificate.pdf.periodFrom", dates.format(from));
      }
      if (to != null) {
        return text("certificate.pdf.periodUntil", dates.format(to));
      }
      return null;
    }

    private void hours() throws IOException {
      if (sheet.hours().isEmpty() && sheet.totalMinutes() == 0) {
        return;
      }
      float[] columns = {width() - 110, 110};
      Table table =
          new Table(
              columns,
              new boolean[] {false, true},
              text("certificate.pdf.hours.mode"),
              text("certificate.pdf.hours.hours"));
      section(text("certificate.pdf.hours.title"), table);
      for (CertificateSheet.HoursLine line : sheet.hours()) {
        table.row(regular, line.label(), hoursText(line.minutes()));
      }
      table.row(bold, text("certificate.pdf.hours.total"), hoursText(sheet.totalMinutes()));
      y -= 6;
    }

    private void modules() throws IOException {
      if (sheet.modules().isEmpty()) {
        return;
      }
      float[] columns = {70, width() - 70 - 150 - 55, 150, 55};
      Table table =
          new Table(
              columns,
              new boolean[] {false, false, false, true},
              text("certificate.pdf.modules.code"),
              text("certificate.pdf.modules.name"),
              text("certificate.pdf.modules.status"),
              text("certificate.pdf.modules.ecvet"));
      section(text("certificate.pdf.modules.title"), table);
      for (CertificateSheet.ModuleLine module : sheet.modules()) {
        table.row(
            regular,
            nonNull(module.code()),
            nonNull(module.name()),
            module.waived()
                ? text("certificate.pdf.modules.waived")
                : text("certificate.pdf.modules.completed"),
            module.ecvetPoints() == null
                ? ""
                : text("certificate.pdf.ecvet.value", module.ecvetPoints()));
      }
      y -= 6;
    }

    private void competences() throws IOException {
      if (sheet.competences().isEmpty()) {
        return;
      }
      float[] columns = {110, width() - 110 - 90, 90};
      Table table =
          new Table(
              columns,
              new boolean[] {false, false, false},
              text("certificate.pdf.competences.framework"),
              text("certificate.pdf.competences.name"),
              text("certificate.pdf.competences.level"));
      section(text("certificate.pdf.competences.title"), table);
      for (CertificateSheet.CompetenceLine competence : sheet.competences()) {
        String name =
            competence.code() == null || competence.code().isBlank()
                ? nonNull(competence.name())
                : competence.code() + " " + nonNull(competence.name());
        table.row(regular, nonNull(competence.framework()), name, nonNull(competence.level()));
      }
      y -= 6;
    }

    private void closing() throws IOException {
      if (sheet.ecvetPoints() != null) {
        paragraph(bold, 11, text("certificate.pdf.ecvet.total", sheet.ecvetPoints()));
      }
      if (sheet.projectTitle() != null && !sheet.projectTitle().isBlank()) {
        paragraph(regular, 11, text("certificate.pdf.project", sheet.projectTitle()));
      }
    }

    private void paragraph(PDType0Font font, float size, String value) throws IOException {
      List<String> lines = wrap(font, size, width(), value);
      need(lines.size() * (size + 3) + 2);
      for (String line : lines) {
        left(font, size, Color.BLACK, MARGIN + 12, line);
        y -= size + 3;
      }
      y -= 3;
    }

    /** A section title, kept on the same page as the table's header and first row. */
    private void section(String title, Table table) throws IOException {
      need(18 + 16 + 16);
      left(bold, 12, ACCENT, MARGIN + 12, title);
      y -= 17;
      table.header();
    }

    private void footer(PDPage page, int number, int count, boolean revoked) throws IOException {
      try (PDPageContentStream footer =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
        this.stream = footer;
        float top = MARGIN + FOOTER - 18;
        float x = MARGIN + 12;
        float textWidth = width() - QR_SIZE - 24;
        stream.setStrokingColor(RULE);
        stream.setLineWidth(0.5f);
        stream.moveTo(x, top + 10);
        stream.lineTo(box.getWidth() - MARGIN - 12, top + 10);
        stream.stroke();
        y = top - 6;
        oneLine(
            regular,
            10,
            Color.BLACK,
            x,
            textWidth,
            text("certificate.pdf.issuedOn", date(sheet.issuedOn())));
        y -= 16;
        oneLine(regular, 9, MUTED, x, textWidth, text("certificate.pdf.issuer"));
        y -= 14;
        oneLine(bold, 11, Color.BLACK, x, textWidth, nonNull(sheet.issuerName()));
        y -= 14;
        oneLine(regular, 10, Color.BLACK, x, textWidth, nonNull(sheet.issuingBody()));
        y -= 20;
        oneLine(
            bold,
            10,
            ACCENT,
            x,
            textWidth,
            text("certificate.pdf.code", nonNull(sheet.shortCode())));
        y -= 13;
        for (String line :
            wrap(regular, 8, textWidth, text("certificate.pdf.verify", sheet.verificationUrl()))) {
          left(regular, 8, MUTED, x, line);
          y -= 10;
        }
        float qrX = box.getWidth() - MARGIN - 12 - QR_SIZE;
        stream.drawImage(qr, qrX, MARGIN, QR_SIZE, QR_SIZE);
        String pageText = text("certificate.pdf.page", number, count);
        float pageWidth = regular.getStringWidth(pageText) / 1000 * 8;
        y = 32;
        left(regular, 8, MUTED, (box.getWidth() - pageWidth) / 2, pageText);
        if (revoked) {
          watermark();
        }
      }
    }

    private void watermark() throws IOException {
      String word = text("certificate.pdf.revoked");
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

    /** A table whose rows wrap their cells and continue on the next page with the header. */
    private final class Table {
      private static final float SIZE = 9.5f;
      private static final float LEADING = 11.5f;
      private final float[] widths;
      private final boolean[] rightAligned;
      private final String[] headings;

      Table(float[] widths, boolean[] rightAligned, String... headings) {
        this.widths = widths;
        this.rightAligned = rightAligned;
        this.headings = headings;
      }

      void header() throws IOException {
        draw(bold, MUTED, headings, false);
        stream.setStrokingColor(RULE);
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN + 12, y + LEADING - 3);
        stream.lineTo(MARGIN + 12 + width(), y + LEADING - 3);
        stream.stroke();
        y -= 2;
      }

      void row(PDType0Font font, String... cells) throws IOException {
        draw(font, Color.BLACK, cells, true);
      }

      private void draw(PDType0Font font, Color color, String[] cells, boolean breakable)
          throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
          List<String> cell = wrap(font, SIZE, widths[i] - 6, cells[i]);
          wrapped.add(cell);
          lines = Math.max(lines, cell.size());
        }
        if (breakable && y - lines * LEADING < MARGIN + FOOTER) {
          newPage();
          header();
        }
        float x = MARGIN + 12;
        for (int i = 0; i < cells.length; i++) {
          float lineY = y;
          for (String line : wrapped.get(i)) {
            float at = x;
            if (rightAligned[i]) {
              at = x + widths[i] - 6 - font.getStringWidth(line) / 1000 * SIZE;
            }
            stream.beginText();
            stream.setFont(font, SIZE);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(at, lineY);
            stream.showText(line);
            stream.endText();
            lineY -= LEADING;
          }
          x += widths[i];
        }
        y -= lines * LEADING + 1.5f;
      }
    }

    // --- text primitives ------------------------------------------------------------------

    private void centredBlock(
        PDType0Font font, float size, Color color, String value, float leading) throws IOException {
      for (String line : wrap(font, size, width(), value)) {
        float lineWidth = font.getStringWidth(line) / 1000 * size;
        y -= leading;
        left(font, size, color, (box.getWidth() - lineWidth) / 2, line);
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

    private void oneLine(PDType0Font font, float size, Color color, float x, float room, String v)
        throws IOException {
      List<String> lines = wrap(font, size, room, v);
      left(font, size, color, x, lines.get(0));
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
      stream.moveTo(from, y - 6);
      stream.lineTo(to, y - 6);
      stream.stroke();
    }

    private String hoursText(long minutes) {
      return text(
          "hours.value",
          BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
    }

    private String date(LocalDate date) {
      return date == null ? "" : dates.format(date);
    }
  }

  // --- shared helpers -------------------------------------------------------------------------

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  /** Lines of at most {@code width} points, broken at spaces, overlong words cut. */
  static List<String> wrap(PDType0Font font, float size, float width, String value)
      throws IOException {
    String text = printable(font, value);
    float scale = size / 1000;
    List<String> pieces = new ArrayList<>();
    if (font.getStringWidth(text) * scale <= width) {
      pieces.add(text);
      return pieces;
    }
    float space = font.getStringWidth(" ") * scale;
    StringBuilder current = new StringBuilder();
    float used = 0;
    for (String word : text.split(" ")) {
      float wordWidth = font.getStringWidth(word) * scale;
      if (current.isEmpty() && wordWidth <= width) {
        current.append(word);
        used = wordWidth;
        continue;
      }
      if (!current.isEmpty() && used + space + wordWidth <= width) {
        current.append(' ').append(word);
        used += space + wordWidth;
        continue;
      }
      if (!current.isEmpty()) {
        pieces.add(current.toString());
        current.setLength(0);
        used = 0;
      }
      String rest = word;
      while (font.getStringWidth(rest) * scale > width && rest.length() > 1) {
        int cut = rest.length() - 1;
        while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) * scale > width) {
          cut--;
        }
        pieces.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      current.append(rest);
      used = font.getStringWidth(rest) * scale;
    }
    if (!current.isEmpty() || pieces.isEmpty()) {
      pieces.add(current.toString());
    }
    return pieces;
  }

  /** Control characters become spaces; characters the font cannot draw become "?". */
  static String printable(PDType0Font font, String value) {
    if (value == null) {
      return "";
    }
    StringBuilder clean = new StringBuilder(value.length());
    value.codePoints().forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    String text = clean.toString();
    try {
      font.encode(text);
      return text;
    } catch (IOException | IllegalArgumentException e) {
      // Some character has no glyph: find it, one at a time.
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
