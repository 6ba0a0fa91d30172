package org.mentora.platform.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text flowing down A4 pages, line by line, a new page when the bottom margin is reached: the
 * layout of Mentora's plain documents (the logbook, the edition report). Call {@link #close()}
 * before the document is saved.
 */
public final class PdfFlow implements AutoCloseable {

  private final PDDocument document;
  private final float margin;
  private final float size;
  private final float leading;
  private PDPageContentStream stream;
  private float y;

  /**
   * @param margin on every side, in points
   * @param size the body text's font size
   * @param leading the distance between two body lines
   */
  public PdfFlow(PDDocument document, float margin, float size, float leading) {
    this.document = document;
    this.margin = margin;
    this.size = size;
    this.leading = leading;
  }

  /** The body text's font size. */
  public float size() {
    return size;
  }

  /** The distance between two body lines. */
  public float leading() {
    return leading;
  }

  /** The room for a line between the margins. */
  public float width() {
    return PDRectangle.A4.getWidth() - 2 * margin;
  }

  /** Starts a new page; the first line goes at its top margin. */
  public void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = page.getMediaBox().getHeight() - margin;
  }

  /** Leaves this much room before the next line. */
  public void gap(float height) {
    y -= height;
  }

  /** One line, not wrapped, on a new page when this one is full. */
  public void line(PDType0Font font, float fontSize, String value) throws IOException {
    if (stream == null || y < margin + leading) {
      newPage();
    }
    stream.beginText();
    stream.setFont(font, fontSize);
    stream.newLineAtOffset(margin, y);
    stream.showText(PdfText.printable(font, value));
    stream.endText();
    y -= Math.max(leading, fontSize + 4);
  }

  /** A text in the body size, broken into lines that fit the page width. */
  public void wrapped(PDType0Font font, String value) throws IOException {
    for (String piece : PdfText.wrap(font, size, width(), value)) {
      line(font, size, piece);
    }
  }

  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }
}
