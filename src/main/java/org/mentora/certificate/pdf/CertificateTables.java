package org.mentora.certificate.pdf;

import static org.mentora.certificate.pdf.CertificatePages.ACCENT;
import static org.mentora.certificate.pdf.CertificatePages.MARGIN;
import static org.mentora.certificate.pdf.CertificatePages.MUTED;
import static org.mentora.certificate.pdf.CertificatePages.RULE;
import static org.mentora.certificate.pdf.CertificatePages.SECOND;
import static org.mentora.certificate.pdf.CertificatePages.leading;
import static org.mentora.certificate.pdf.CertificateWording.nonNull;
import static org.mentora.platform.pdf.PdfText.wrap;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mentora.platform.pdf.PdfTable;
import org.mentora.platform.pdf.PdfTable.Run;

/**
 * What the holder did, below the front: the tables of hours per learning mode, of modules and of
 * competences, each under its heading and continued on further pages with its header, then the
 * ECVET total and the project. A section the sheet has nothing for is left out.
 */
final class CertificateTables {

  /** The font size of table cells. */
  private static final float CELL_SIZE = 9.5f;

  private final CertificatePages pages;
  private final CertificateWording wording;
  private final CertificateSheet sheet;
  private final PDType0Font regular;
  private final PDType0Font bold;

  CertificateTables(CertificatePages pages, CertificateSheet sheet) {
    this.pages = pages;
    this.wording = pages.wording();
    this.sheet = sheet;
    this.regular = pages.regular();
    this.bold = pages.bold();
  }

  void write() throws IOException {
    hours();
    modules();
    competences();
    closing();
  }

  private void hours() throws IOException {
    if (sheet.hours().isEmpty() && sheet.totalMinutes() == 0) {
      return;
    }
    float[] columns = {pages.width() - 110, 110};
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
          cell(regular, wording.hours(line.minutes()), null));
    }
    table.row(
        cell(
            bold,
            wording.text("certificate.pdf.hours.total"),
            wording.alsoText("certificate.pdf.hours.total")),
        cell(bold, wording.hours(sheet.totalMinutes()), null));
    pages.down(6);
  }

  private void modules() throws IOException {
    if (sheet.modules().isEmpty()) {
      return;
    }
    float[] columns = {70, pages.width() - 70 - 150 - 55, 150, 55};
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
          module.waived() ? "certificate.pdf.modules.waived" : "certificate.pdf.modules.completed";
      table.row(
          cell(regular, nonNull(module.code()), null),
          cell(regular, nonNull(module.name()), null),
          cell(regular, wording.text(status), wording.alsoText(status)),
          cell(
              regular,
              module.ecvetPoints() == null
                  ? ""
                  : wording.text("certificate.pdf.ecvet.value", module.ecvetPoints()),
              null));
    }
    pages.down(6);
  }

  private void competences() throws IOException {
    if (sheet.competences().isEmpty()) {
      return;
    }
    float[] columns = {110, pages.width() - 110 - 90, 90};
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
    pages.down(6);
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
    float width = pages.width();
    List<String> lines = wrap(font, size, width, wording.text(key, arguments));
    String second = wording.alsoText(key, arguments);
    List<String> secondLines =
        second == null ? List.of() : wrap(regular, size * SECOND, width, second);
    pages.need(lines.size() * leading(size) + secondLines.size() * leading(size * SECOND) + 2);
    pages.block(font, size, Color.BLACK, false, wording.text(key, arguments));
    pages.second(regular, size, MUTED, false, second);
    pages.down(4);
  }

  /**
   * A section's heading on lines of its own (wrapped when long, with its second-language copy
   * below), kept on the same page as the table's header and first row.
   */
  private void section(String key, PdfTable table) throws IOException {
    String title = wording.text(key);
    String second = wording.alsoText(key);
    float height =
        10
            + wrap(bold, 12, pages.width(), title).size() * leading(12)
            + (second == null
                ? 0
                : wrap(regular, 12 * SECOND, pages.width(), second).size() * leading(12 * SECOND))
            + table.headerHeight()
            + 2 * leading(CELL_SIZE);
    pages.need(height);
    pages.down(10);
    pages.block(bold, 12, ACCENT, false, title);
    pages.second(regular, 12, ACCENT, false, second);
    pages.down(4);
    table.header();
  }

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
    runs.add(new Run(bold, CELL_SIZE, MUTED, wording.text(key)));
    String second = wording.alsoText(key);
    if (second != null) {
      runs.add(new Run(regular, CELL_SIZE * SECOND, MUTED, second));
    }
    return runs;
  }

  /** A table across the body's width that continues on the next page with its header. */
  @SafeVarargs
  private PdfTable table(float[] widths, boolean[] rightAligned, List<Run>... headings) {
    return new PdfTable(
        pages, MARGIN + 12, pages.width(), widths, rightAligned, RULE, List.of(headings));
  }
}
