package org.mentora.logbook;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mentora.platform.i18n.Bundles;
import org.mentora.platform.pdf.PdfFlow;
import org.mentora.platform.pdf.PdfFonts;

/**
 * A participant's logbook as a PDF: who, which edition, the progress per learning mode, then every
 * entry. Written with the embedded DejaVu fonts so Latvian, Greek and Cyrillic names print; a
 * character the font lacks becomes "?" rather than failing the whole file.
 */
public final class LogbookPdf {

  /** What the header says. */
  public record Header(String participant, String edition, Progress progress) {}

  private static final float MARGIN = 50;
  private static final float SIZE = 10;
  private static final float LEADING = 14;

  private final Locale locale;
  private final Function<String, String> text;
  private PDType0Font regular;
  private PDType0Font bold;
  private PdfFlow flow;

  private LogbookPdf(Locale locale) {
    this.locale = Bundles.supported(locale);
    this.text = key -> Bundles.format(this.locale, key);
  }

  /** The PDF's bytes, in the reader's language. */
  public static byte[] render(Header header, List<ExportLayout.Line> lines, Locale locale) {
    return new LogbookPdf(locale).write(header, lines);
  }

  private String format(String key, Object... arguments) {
    return Bundles.format(locale, key, arguments);
  }

  private String hours(long minutes) {
    return format("hours.value", new java.math.BigDecimal(ExportLayout.hours(minutes)));
  }

  private byte[] write(Header header, List<ExportLayout.Line> lines) {
    return PdfFonts.shared()
        .render(
            "Cannot write the PDF",
            (doc, regularFont, boldFont) -> {
              regular = regularFont;
              bold = boldFont;
              write(doc, header, lines);
            });
  }

  private void write(PDDocument doc, Header header, List<ExportLayout.Line> lines)
      throws IOException {
    try (PdfFlow pages = new PdfFlow(doc, MARGIN, SIZE, LEADING)) {
      flow = pages;
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(text.apply("logbook.export.pdfTitle") + " " + header.participant());
      flow.newPage();
      line(bold, 16, text.apply("logbook.export.pdfTitle"));
      line(bold, 12, header.participant());
      line(regular, SIZE, header.edition());
      flow.gap(LEADING / 2);
      line(bold, SIZE, text.apply("logbook.progress.title"));
      if (header.progress() != null) {
        for (Progress.Line mode : header.progress().modes()) {
          progress(mode.getMode().name(locale), mode);
        }
        progress(text.apply("logbook.progress.blendedTotal"), header.progress().blendedTotal());
      }
      flow.gap(LEADING / 2);
      line(bold, SIZE, text.apply("logbook.entries.title"));
      if (lines.isEmpty()) {
        line(regular, SIZE, text.apply("logbook.entries.none"));
      }
      for (ExportLayout.Line entry : lines) {
        List<String> cells = ExportLayout.own(entry, text);
        flow.gap(LEADING / 3);
        String module = cells.get(2).isEmpty() ? "" : " · " + cells.get(2);
        line(
            bold,
            SIZE,
            cells.get(0) + " · " + cells.get(1) + module + " · " + hours(entry.minutes()));
        wrapped(regular, cells.get(4));
        wrapped(
            regular,
            cells.get(6).isEmpty()
                ? format("logbook.export.pdfStatus", cells.get(5))
                : format("logbook.export.pdfStatusComment", cells.get(5), cells.get(6)));
      }
    }
  }

  private void progress(String label, Progress.Line line) throws IOException {
    wrapped(
        regular,
        format(
            "logbook.export.pdfProgress",
            label,
            hours(line.approvedMinutes()),
            hours(line.targetMinutes()),
            hours(line.pendingMinutes())));
  }

  private void line(PDType0Font font, float size, String value) throws IOException {
    flow.line(font, size, value);
  }

  /** Breaks a long text into lines that fit the page width, at spaces where possible. */
  private void wrapped(PDType0Font font, String value) throws IOException {
    flow.wrapped(font, value);
  }
}
