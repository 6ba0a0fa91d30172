package org.mentora.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mentora.platform.i18n.Bundles;
import org.mentora.platform.pdf.PdfFlow;
import org.mentora.platform.pdf.PdfFonts;

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
  private PDType0Font regular;
  private PDType0Font bold;
  private PdfFlow flow;

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
    return PdfFonts.shared()
        .render(
            "Cannot write the PDF",
            (doc, regularFont, boldFont) -> {
              regular = regularFont;
              bold = boldFont;
              write(doc, dashboard, completion);
            });
  }

  private void write(PDDocument doc, EditionDashboard dashboard, CompletionFigures completion)
      throws IOException {
    try (PdfFlow pages = new PdfFlow(doc, MARGIN, SIZE, LEADING)) {
      flow = pages;
      doc.getDocumentInformation().setTitle(text("report.edition.title"));
      flow.newPage();
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
    }
  }

  private void heading(String value) throws IOException {
    flow.gap(LEADING / 2);
    line(bold, 12, value);
  }

  private void line(PDType0Font font, float size, String value) throws IOException {
    flow.line(font, size, value);
  }

  /** Breaks a long text into lines that fit the page width, at spaces where possible. */
  private void wrapped(PDType0Font font, String value) throws IOException {
    flow.wrapped(font, value);
  }
}
