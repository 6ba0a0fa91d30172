package org.mentora.certificate.pdf;

import static org.mentora.certificate.pdf.CertificatePages.ACCENT;
import static org.mentora.certificate.pdf.CertificatePages.MUTED;
import static org.mentora.certificate.pdf.CertificateWording.nonNull;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The top of the first page, centred: the title, "this certifies that", the holder's name over a
 * rule, the programme, its edition and profile, and the period it ran. The title and the name are
 * printed as large as fits one line.
 */
final class CertificateFront {

  private final CertificatePages pages;
  private final CertificateWording wording;
  private final CertificateSheet sheet;

  CertificateFront(CertificatePages pages, CertificateSheet sheet) {
    this.pages = pages;
    this.wording = pages.wording();
    this.sheet = sheet;
  }

  void write() throws IOException {
    PDType0Font regular = pages.regular();
    PDType0Font bold = pages.bold();
    String title = wording.text("certificate.pdf.title");
    float titleSize = pages.fitting(bold, 26, 18, title);
    pages.block(bold, titleSize, ACCENT, true, title);
    pages.second(bold, titleSize, ACCENT, true, wording.alsoText("certificate.pdf.title"));
    pages.down(8);
    pages.label(regular, 12, MUTED, true, "certificate.pdf.certifies");
    pages.down(4);
    float nameSize = pages.fitting(bold, 24, 16, nonNull(sheet.holderName()));
    pages.block(bold, nameSize, Color.BLACK, true, nonNull(sheet.holderName()));
    pages.rule(pages.pageWidth() / 2 - 150, pages.pageWidth() / 2 + 150);
    pages.down(12);
    pages.label(regular, 12, MUTED, true, "certificate.pdf.completed");
    pages.down(4);
    pages.block(bold, 16, ACCENT, true, nonNull(sheet.programmeName()));
    pages.label(
        regular,
        11,
        Color.BLACK,
        true,
        "certificate.pdf.edition",
        sheet.editionCode(),
        sheet.editionName());
    if (sheet.profileName() != null && !sheet.profileName().isBlank()) {
      pages.label(regular, 11, Color.BLACK, true, "certificate.pdf.profile", sheet.profileName());
    }
    String period = wording.period();
    if (period != null) {
      pages.block(regular, 11, Color.BLACK, true, period);
      pages.second(regular, 11, MUTED, true, wording.alsoPeriod());
    }
    pages.down(8);
  }
}
