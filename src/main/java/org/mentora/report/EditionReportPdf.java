package org.mentora.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mentora.platform.i18n.Bundles;

/**
 * The edition report as a PDF: the editions side by side, the comparison by host library, region
 * and country, project ideas by topic and state, and the share reaching each competence target; the
 * same figures as the dashboard, written with the embedded DejaVu fonts so every name prints.
 */
public final class EditionReportPdf {

  private static final float MARGIN = 50;
  private static final float SIZE = 9;
  private static final float LEADING = 13;

  private final Locale locale;
  private PDDocument document;
  private PDType0Font regular;
  private PDType0Font bold;
  private PDPageContentStream stream;
  private float y;

  private EditionReportPdf(Locale locale) {
    this.locale = Bundles.supported(locale);
  }

  /** The PDF's bytes, in the reader's language. */
  public static byte[] render(
      EditionDashboard dashboard, CompletionFigures completion, Locale locale) {
    return new EditionReportPdf(locale).write(dashboard, completion);
  }

  private String text(String key, Object... arguments) {
    return Bundles.format(locale, key, arguments);
  }

  private String hours(long minutes) {
    return text(
        "hours.value",
        BigDecimal.valueOf(minutes)
            .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP));
  }

  private byte[] write(EditionDashboard dashboard, CompletionFigures completion) {
    try (PDDocument doc = new PDDocument()) {
      document = doc;
      regular = font("fonts/DejaVuSans.ttf");
      bold = font("fonts/DejaVuSans-Bold.ttf");
      doc.getDocumentInformation().setTitle(text("report.edition.title"));
      newPage();
      line(bold, 16, text("report.edition.title"));
      EditionFilter filter = dashboard.filter();
      wrapped(
          regular,
          text(
              "report.pdf.filter",
              filter.country() == null ? text("general.all") : filter.country(),
              filter.region() == null ? text("general.all") : filter.region(),
              filter.organisationId() == null
                  ? text("general.all")
                  : dashboard.participants().stream()
                      .findFirst()
                      .map(ParticipantRow::organisation)
                      .orElse(text("general.none"))));

      heading(text("report.editions.title"));
      for (EditionDashboard.EditionRow row : dashboard.editions()) {
        line(bold, SIZE, row.code() + " · " + row.title());
        wrapped(
            regular,
            text(
                "report.pdf.editionLine",
                row.enrolled(),
                row.active(),
                row.atRisk(),
                row.withdrawn(),
                hours(row.approvedMinutes()),
                hours(row.pendingMinutes()),
                row.certified()));
      }
      heading(text("report.completion.title"));
      for (CompletionFigures.EditionCompletion row : completion.editions()) {
        wrapped(
            regular,
            text(
                "report.pdf.completionLine",
                row.code(),
                row.participants(),
                row.eligible(),
                row.certified(),
                row.toIssue(),
                row.getNotYet()));
      }
      for (CompletionFigures.Reason reason : completion.missing()) {
        wrapped(regular, text("report.pdf.missingLine", text(reason.key()), reason.participants()));
      }
      for (EditionDashboard.GroupBy by : EditionDashboard.GroupBy.values()) {
        heading(text("report.pdf.groupHeading", text(by.labelKey())));
        for (EditionDashboard.GroupRow row : dashboard.groups(by)) {
          String name =
              switch (by) {
                case ORGANISATION ->
                    row.name() == null ? text("report.noOrganisation") : row.name();
                case REGION ->
                    (row.region() == null ? "–" : row.region()) + " (" + row.country() + ")";
                case COUNTRY -> row.country() == null ? "–" : row.country();
              };
          wrapped(
              regular,
              text(
                  "report.pdf.groupLine",
                  name,
                  row.participants(),
                  row.atRisk(),
                  hours(row.approvedMinutes()),
                  hours(row.pendingMinutes())));
        }
      }
      heading(text("report.projects.title"));
      if (dashboard.projects().isEmpty()) {
        line(regular, SIZE, text("general.empty"));
      }
      for (EditionDashboard.ProjectRow row : dashboard.projects()) {
        wrapped(
            regular,
            (row.topic() == null ? text("report.projects.noTopic") : row.topic())
                + " · "
                + text(row.status().labelKey())
                + " · "
                + row.count());
      }
      heading(text("report.competences.title", dashboard.competenceEdition()));
      if (dashboard.competences().isEmpty()) {
        line(regular, SIZE, text("general.empty"));
      }
      for (EditionDashboard.CompetenceShare share : dashboard.competences()) {
        wrapped(
            regular,
            text(
                "report.pdf.competenceLine",
                share.code(),
                share.name(),
                share.target(),
                share.percentReached()));
      }
      stream.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void heading(String value) throws IOException {
    y -= LEADING / 2;
    line(bold, 12, value);
  }

  private PDType0Font font(String resource) throws IOException {
    try (InputStream in = EditionReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
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

  private void wrapped(PDType0Font font, String value) throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : printable(font, value).split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (current.isEmpty() || font.getStringWidth(candidate) / 1000 * SIZE <= width) {
        current.setLength(0);
        current.append(candidate);
      } else {
        pieces.add(current.toString());
        current.setLength(0);
        current.append(word);
      }
    }
    pieces.add(current.toString());
    for (String piece : pieces) {
      line(font, SIZE, piece);
    }
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
