package org.mentora.certificate.pdf;

import static org.mentora.certificate.pdf.CertificateWording.nonNull;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.mentora.platform.pdf.PdfFonts;

/**
 * Renders a certificate of completion (A4 portrait) from a {@link CertificateSheet}: title, the
 * holder, the programme ({@link CertificateFront}), hours per learning mode, modules, competences,
 * ECVET points, project ({@link CertificateTables}), and in the footer of every page the issuer,
 * the verification code, URL and a QR code of the URL ({@link CertificateFooter}). Long lists
 * continue on further pages ({@link CertificatePages}). Every fixed word comes from the bundle
 * ({@code certificate.pdf.*}) in the sheet's language, and on a bilingual sheet also, smaller, in
 * its second language ({@link CertificateWording}); text is measured with the embedded font and
 * wrapped, so long translations and names never run over each other. The embedded DejaVu Sans fonts
 * (subset) print Latin with Latvian's letters, Cyrillic and Greek.
 *
 * <p>Thread-safe: the fonts are {@link PdfFonts}'s shared pool and each call works on its own
 * document.
 */
public final class CertificatePdf {

  private final PdfFonts fonts;

  public CertificatePdf() {
    this.fonts = PdfFonts.shared();
  }

  /** The PDF's bytes; a revoked certificate carries a diagonal watermark on every page. */
  public byte[] render(CertificateSheet sheet, boolean revoked) {
    return fonts.render(
        "Cannot render the certificate",
        (document, regular, bold) -> write(document, regular, bold, sheet, revoked));
  }

  private static void write(
      PDDocument document,
      PDType0Font regular,
      PDType0Font bold,
      CertificateSheet sheet,
      boolean revoked)
      throws IOException {
    CertificateWording wording = new CertificateWording(sheet);
    PDDocumentInformation information = document.getDocumentInformation();
    information.setTitle(
        wording.text("certificate.pdf.documentTitle", nonNull(sheet.holderName())));
    information.setAuthor(nonNull(sheet.issuingBody()));
    information.setCreator("Mentora");
    PDImageXObject qr =
        LosslessFactory.createFromImage(document, QrCodes.image(sheet.verificationUrl(), 0));
    CertificatePages pages =
        new CertificatePages(document, regular, bold, wording, sheet.holderName());
    pages.newPage();
    new CertificateFront(pages, sheet).write();
    new CertificateTables(pages, sheet).write();
    pages.closeBody();
    new CertificateFooter(pages, sheet, qr, revoked).writeAll();
  }
}
