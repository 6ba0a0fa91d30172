package org.mentora.certificate.pdf;

import static org.mentora.platform.pdf.PdfText.printable;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * "Revoked" (in both languages on a bilingual certificate) across a page's diagonal, large, red and
 * translucent so the certificate stays legible but cannot pass for a valid one.
 */
final class RevokedWatermark {

  private RevokedWatermark() {}

  /** Draws the word on the page the stream of {@code pages} is writing to. */
  static void draw(CertificatePages pages) throws IOException {
    CertificateWording wording = pages.wording();
    PDType0Font bold = pages.bold();
    PDPageContentStream stream = pages.stream();
    float width = pages.pageWidth();
    float height = pages.pageHeight();
    String word = wording.text("certificate.pdf.revoked");
    if (wording.bilingual()) {
      word = word + " / " + wording.alsoText("certificate.pdf.revoked");
    }
    PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
    translucent.setNonStrokingAlphaConstant(0.22f);
    stream.saveGraphicsState();
    stream.setGraphicsStateParameters(translucent);
    stream.setNonStrokingColor(new Color(0xc0, 0x10, 0x10));
    float diagonal = (float) Math.hypot(width, height);
    float size = 120;
    float textWidth = bold.getStringWidth(printable(bold, word)) / 1000 * size;
    if (textWidth > diagonal * 0.8f) {
      size = size * diagonal * 0.8f / textWidth;
      textWidth = diagonal * 0.8f;
    }
    double angle = Math.atan2(height, width);
    float cx = width / 2;
    float cy = height / 2;
    float dx = (float) (textWidth / 2 * Math.cos(angle) - size * 0.35 * Math.sin(angle));
    float dy = (float) (textWidth / 2 * Math.sin(angle) + size * 0.35 * Math.cos(angle));
    stream.beginText();
    stream.setFont(bold, size);
    stream.setTextMatrix(Matrix.getRotateInstance(angle, cx - dx, cy - dy));
    stream.showText(printable(bold, word));
    stream.endText();
    stream.restoreGraphicsState();
  }
}
