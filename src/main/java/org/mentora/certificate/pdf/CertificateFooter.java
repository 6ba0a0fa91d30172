package org.mentora.certificate.pdf;

import static org.mentora.certificate.pdf.CertificatePages.ACCENT;
import static org.mentora.certificate.pdf.CertificatePages.MARGIN;
import static org.mentora.certificate.pdf.CertificatePages.MUTED;
import static org.mentora.certificate.pdf.CertificatePages.RULE;
import static org.mentora.certificate.pdf.CertificatePages.SECOND;
import static org.mentora.certificate.pdf.CertificatePages.leading;
import static org.mentora.certificate.pdf.CertificateWording.nonNull;
import static org.mentora.platform.pdf.PdfText.printable;
import static org.mentora.platform.pdf.PdfText.wrap;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The foot of every page, drawn over the finished pages once their number is known: the issue date,
 * the issuer and issuing body, the verification code and URL with a QR code of the URL, "page n of
 * m", and on a revoked certificate the {@link RevokedWatermark}.
 */
final class CertificateFooter {

  private static final float QR_SIZE = 96;

  private final CertificatePages pages;
  private final CertificateWording wording;
  private final CertificateSheet sheet;
  private final PDImageXObject qr;
  private final boolean revoked;

  /**
   * @param qr the QR code of the sheet's verification URL, one image shared by every page
   */
  CertificateFooter(
      CertificatePages pages, CertificateSheet sheet, PDImageXObject qr, boolean revoked) {
    this.pages = pages;
    this.wording = pages.wording();
    this.sheet = sheet;
    this.qr = qr;
    this.revoked = revoked;
  }

  /** Every page's footer; the body must be finished. */
  void writeAll() throws IOException {
    List<PDPage> all = pages.pages();
    for (int i = 0; i < all.size(); i++) {
      write(all.get(i), i + 1, all.size());
    }
  }

  private void write(PDPage page, int number, int count) throws IOException {
    try (PDPageContentStream stream = pages.append(page)) {
      PDType0Font regular = pages.regular();
      PDType0Font bold = pages.bold();
      boolean bilingual = wording.bilingual();
      float top = MARGIN + pages.footerHeight() - 18;
      float x = MARGIN + 12;
      float textWidth = pages.width() - QR_SIZE - 24;
      stream.setStrokingColor(RULE);
      stream.setLineWidth(0.5f);
      stream.moveTo(x, top + 10);
      stream.lineTo(pages.pageWidth() - MARGIN - 12, top + 10);
      stream.stroke();
      pages.moveTo(top + 4);
      line(
          regular,
          10,
          Color.BLACK,
          x,
          textWidth,
          wording.text("certificate.pdf.issuedOn", wording.date(sheet.issuedOn())));
      if (bilingual) {
        line(
            regular,
            10 * SECOND,
            MUTED,
            x,
            textWidth,
            wording.alsoText("certificate.pdf.issuedOn", wording.alsoDate(sheet.issuedOn())));
      }
      pages.down(4);
      line(regular, 9, MUTED, x, textWidth, wording.text("certificate.pdf.issuer"));
      if (bilingual) {
        line(regular, 9 * SECOND, MUTED, x, textWidth, wording.alsoText("certificate.pdf.issuer"));
      }
      line(bold, 11, Color.BLACK, x, textWidth, nonNull(sheet.issuerName()));
      line(regular, 10, Color.BLACK, x, textWidth, nonNull(sheet.issuingBody()));
      pages.down(6);
      String code = nonNull(sheet.shortCode());
      line(bold, 10, ACCENT, x, textWidth, wording.text("certificate.pdf.code", code));
      if (bilingual) {
        line(
            regular,
            10 * SECOND,
            ACCENT,
            x,
            textWidth,
            wording.alsoText("certificate.pdf.code", code));
      }
      String url = sheet.verificationUrl();
      for (String piece :
          wrap(regular, 8, textWidth, wording.text("certificate.pdf.verify", url))) {
        pages.down(10);
        pages.left(regular, 8, MUTED, x, piece);
      }
      if (bilingual) {
        String second = wording.alsoText("certificate.pdf.verify", url);
        for (String piece : wrap(regular, 8 * SECOND, textWidth, second)) {
          pages.down(leading(8 * SECOND));
          pages.left(regular, 8 * SECOND, MUTED, x, piece);
        }
      }
      float qrX = pages.pageWidth() - MARGIN - 12 - QR_SIZE;
      stream.drawImage(qr, qrX, MARGIN, QR_SIZE, QR_SIZE);
      String pageText = wording.text("certificate.pdf.page", number, count);
      if (bilingual) {
        pageText = pageText + " \u00b7 " + wording.alsoText("certificate.pdf.page", number, count);
      }
      float pageWidth = regular.getStringWidth(printable(regular, pageText)) / 1000 * 8;
      pages.moveTo(32);
      pages.left(regular, 8, MUTED, (pages.pageWidth() - pageWidth) / 2, pageText);
      if (revoked) {
        RevokedWatermark.draw(pages);
      }
    }
  }

  /**
   * One footer line: the footer's height is fixed, so a text too long for its room is printed
   * smaller (down to 70%) rather than cut or run into the QR code.
   */
  private void line(PDType0Font font, float size, Color color, float x, float room, String value)
      throws IOException {
    float natural = font.getStringWidth(printable(font, value)) / 1000;
    float fitted = natural == 0 ? size : Math.max(size * 0.7f, Math.min(size, room / natural));
    pages.down(leading(size));
    List<String> lines = wrap(font, fitted, room, value);
    pages.left(font, fitted, color, x, lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      pages.down(leading(fitted));
      pages.left(font, fitted, color, x, lines.get(i));
    }
  }
}
