package org.mentora.logbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mentora.platform.i18n.Bundles;

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
  private PDDocument document;
  private PDType0Font regular;
  private PDType0Font bold;
  private PDPageContentStream stream;
  private float y;

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
    try (PDDocument doc = new PDDocument()) {
      document = doc;
      regular = font("fonts/DejaVuSans.ttf");
      bold = font("fonts/DejaVuSans-Bold.ttf");
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(text.apply("logbook.export.pdfTitle") + " " + header.participant());
      newPage();
      line(bold, 16, text.apply("logbook.export.pdfTitle"));
      line(bold, 12, header.participant());
      line(regular, SIZE, header.edition());
      y -= LEADING / 2;
      line(bold, SIZE, text.apply("logbook.progress.title"));
      if (header.progress() != null) {
        for (Progress.Line mode : header.progress().modes()) {
          progress(mode.getMode().name(locale), mode);
        }
        progress(text.apply("logbook.progress.blendedTotal"), header.progress().blendedTotal());
      }
      y -= LEADING / 2;
      line(bold, SIZE, text.apply("logbook.entries.title"));
      if (lines.isEmpty()) {
        line(regular, SIZE, text.apply("logbook.entries.none"));
      }
      for (ExportLayout.Line entry : lines) {
        List<String> cells = ExportLayout.own(entry, text);
        y -= LEADING / 3;
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
      stream.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  private PDType0Font font(String resource) throws IOException {
    try (InputStream in = LogbookPdf.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("Missing font " + resource);
      }
      return PDType0Font.load(document, in);
    }
  }

  private void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = page.getMediaBox().getHeight() - MARGIN;
  }

  private void line(PDType0Font font, float size, String value) throws IOException {
    if (y < MARGIN + LEADING) {
      newPage();
    }
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(MARGIN, y);
    stream.showText(printable(font, value));
    stream.endText();
    y -= Math.max(LEADING, size + 4);
  }

  /** Breaks a long text into lines that fit the page width, at spaces where possible. */
  private void wrapped(PDType0Font font, String value) throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    for (String piece : split(font, printable(font, value), width)) {
      line(font, SIZE, piece);
    }
  }

  private List<String> split(PDType0Font font, String value, float width) throws IOException {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : value.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (font.getStringWidth(candidate) / 1000 * SIZE <= width) {
        current.setLength(0);
        current.append(candidate);
        continue;
      }
      if (!current.isEmpty()) {
        pieces.add(current.toString());
        current.setLength(0);
      }
      // A single word wider than the page is cut where it no longer fits.
      String rest = word;
      while (font.getStringWidth(rest) / 1000 * SIZE > width && rest.length() > 1) {
        int cut = rest.length() - 1;
        while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * SIZE > width) {
          cut--;
        }
        pieces.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      current.append(rest);
    }
    if (!current.isEmpty() || pieces.isEmpty()) {
      pieces.add(current.toString());
    }
    return pieces;
  }

  /** Control characters become spaces; characters the font cannot draw become "?". */
  private static String printable(PDType0Font font, String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .forEach(
            cp -> {
              String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
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
