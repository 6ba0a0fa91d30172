package org.mentora.certificate.pdf;

import static org.mentora.platform.pdf.PdfText.printable;
import static org.mentora.platform.pdf.PdfText.wrap;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mentora.platform.pdf.PdfTable;

/**
 * The certificate's A4 pages as they are written: each framed, a page after the first headed
 * "continued", the body stopping above the footer's room; and the cursor with the text primitives
 * every part draws with. The cursor {@code y} is the baseline of the last line written; every line
 * first moves down by its own leading, so nothing drawn later can share a line with what came
 * before (a heading stands on its own line).
 */
final class CertificatePages implements PdfTable.Page {

  static final float MARGIN = 48;
  static final float FOOTER = 114;

  /** Second-language labels are printed this much smaller than the first language's. */
  static final float SECOND = 0.74f;

  static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
  static final Color MUTED = new Color(0x55, 0x55, 0x55);
  static final Color RULE = new Color(0xb8, 0xc4, 0xd0);

  private final PDDocument document;
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final CertificateWording wording;
  private final String holderName;
  private final float footerHeight;
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream stream;
  private PDRectangle box;
  private float y;

  CertificatePages(
      PDDocument document,
      PDType0Font regular,
      PDType0Font bold,
      CertificateWording wording,
      String holderName) {
    this.document = document;
    this.regular = regular;
    this.bold = bold;
    this.wording = wording;
    this.holderName = holderName;
    this.footerHeight = wording.bilingual() ? FOOTER + 40 : FOOTER;
  }

  PDType0Font regular() {
    return regular;
  }

  PDType0Font bold() {
    return bold;
  }

  CertificateWording wording() {
    return wording;
  }

  /** The pages written so far, in order. */
  List<PDPage> pages() {
    return pages;
  }

  // --- page structure -----------------------------------------------------------------------

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
      block(regular, 10, MUTED, false, wording.text("certificate.pdf.continued", holderName));
      String second = wording.alsoText("certificate.pdf.continued", holderName);
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

  /** Ends the body: the last page's stream is closed. */
  void closeBody() throws IOException {
    stream.close();
  }

  /**
   * Opens a stream that draws over a finished page (its footer) and makes it the one the primitives
   * write to; the caller closes it.
   */
  PDPageContentStream append(PDPage page) throws IOException {
    stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
    return stream;
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

  /** Leaves this much room below the cursor. */
  void down(float height) {
    y -= height;
  }

  /** Room for one more block of the given height above the footer, else a new page. */
  void need(float height) throws IOException {
    if (y - height < bottom()) {
      newPage();
    }
  }

  /** The lowest baseline the body may use: the footer is below it. */
  @Override
  public float bottom() {
    return MARGIN + footerHeight;
  }

  /** The footer's height: taller on a bilingual certificate. */
  float footerHeight() {
    return footerHeight;
  }

  /** The page's width. */
  float pageWidth() {
    return box.getWidth();
  }

  /** The page's height. */
  float pageHeight() {
    return box.getHeight();
  }

  /** The body's width, inside the frame. */
  float width() {
    return box.getWidth() - 2 * MARGIN - 24;
  }

  // --- text primitives ----------------------------------------------------------------------

  /** The distance between baselines for text of this size: room for accents and descenders. */
  static float leading(float size) {
    return PdfTable.leading(size);
  }

  /** A label in the first language and, below it, in the second. */
  void label(
      PDType0Font font, float size, Color color, boolean centred, String key, Object... arguments)
      throws IOException {
    block(font, size, color, centred, wording.text(key, arguments));
    second(regular, size, MUTED, centred, wording.alsoText(key, arguments));
  }

  /** The second language's copy of a text of {@code size}, smaller; nothing when null. */
  void second(PDType0Font font, float size, Color color, boolean centred, String value)
      throws IOException {
    if (value != null) {
      block(font, size * SECOND, color, centred, value);
    }
  }

  /** A text on lines of its own below the cursor, wrapped to the width, centred or left. */
  void block(PDType0Font font, float size, Color color, boolean centred, String value)
      throws IOException {
    for (String line : wrap(font, size, width(), value)) {
      y -= leading(size);
      float x =
          centred ? (box.getWidth() - font.getStringWidth(line) / 1000 * size) / 2 : MARGIN + 12;
      left(font, size, color, x, line);
    }
  }

  /** The largest size from {@code max} down to {@code min} at which the text fits one line. */
  float fitting(PDType0Font font, float max, float min, String value) throws IOException {
    float natural = font.getStringWidth(printable(font, value)) / 1000;
    if (natural == 0) {
      return max;
    }
    return Math.max(min, Math.min(max, width() * 0.97f / natural));
  }

  /** One line of text with its baseline at the cursor, starting at {@code x}. */
  void left(PDType0Font font, float size, Color color, float x, String value) throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.setNonStrokingColor(color);
    stream.newLineAtOffset(x, y);
    stream.showText(printable(font, value));
    stream.endText();
  }

  /** A thin horizontal rule a little below the cursor, which moves down to it. */
  void rule(float from, float to) throws IOException {
    stream.setStrokingColor(RULE);
    stream.setLineWidth(0.8f);
    stream.moveTo(from, y - 8);
    stream.lineTo(to, y - 8);
    stream.stroke();
    y -= 8;
  }
}
