package org.mentora.platform.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A table whose rows wrap their cells to the columns and, when a row no longer fits above the
 * page's bottom, continue on a new page under a repeated header. The table draws on whatever page
 * its {@link Page} says is current and moves that page's cursor down.
 */
public final class PdfTable {

  /** A piece of a cell: one text in one font, size and colour, wrapped to the column. */
  public record Run(PDType0Font font, float size, Color color, String text) {}

  /** Where the table is drawn: the current page, its cursor and how to start another. */
  public interface Page {
    PDPageContentStream stream();

    /** The cursor: the baseline of the last line written. */
    float y();

    void moveTo(float y);

    /** The lowest baseline the table may use. */
    float bottom();

    /** Starts a new page and puts the cursor at its top. */
    void newPage() throws IOException;
  }

  private static final float PADDING = 6;

  private final Page page;
  private final float left;
  private final float width;
  private final float[] widths;
  private final boolean[] rightAligned;
  private final Color rule;
  private final List<List<Run>> headings;

  /**
   * @param left the x of the first column
   * @param width the whole table's width, for the rule under the header
   * @param widths each column's width (its text gets {@value #PADDING} points less)
   * @param rule the colour of the rule under the header
   */
  public PdfTable(
      Page page,
      float left,
      float width,
      float[] widths,
      boolean[] rightAligned,
      Color rule,
      List<List<Run>> headings) {
    this.page = page;
    this.left = left;
    this.width = width;
    this.widths = widths;
    this.rightAligned = rightAligned;
    this.rule = rule;
    this.headings = headings;
  }

  /** The distance between baselines for text of this size: room for accents and descenders. */
  public static float leading(float size) {
    return size * 1.3f;
  }

  public float headerHeight() throws IOException {
    return height(lines(headings)) + 6;
  }

  /** The column headings and a rule below them. */
  public void header() throws IOException {
    draw(lines(headings));
    PDPageContentStream stream = page.stream();
    stream.setStrokingColor(rule);
    stream.setLineWidth(0.5f);
    stream.moveTo(left, page.y() - 4);
    stream.lineTo(left + width, page.y() - 4);
    stream.stroke();
    page.moveTo(page.y() - 6);
  }

  /** One row, on a new page under the header when it does not fit on this one. */
  @SafeVarargs
  public final void row(List<Run>... cells) throws IOException {
    List<List<Line>> lines = lines(List.of(cells));
    if (page.y() - height(lines) < page.bottom()) {
      page.newPage();
      header();
    }
    draw(lines);
    page.moveTo(page.y() - 2);
  }

  /** One wrapped line of a run. */
  private record Line(Run run, String text) {}

  /** Each cell's runs wrapped to its column, as lines with their font and size. */
  private List<List<Line>> lines(List<List<Run>> cells) throws IOException {
    List<List<Line>> wrapped = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      List<Line> cell = new ArrayList<>();
      for (Run run : cells.get(i)) {
        for (String piece : PdfText.wrap(run.font(), run.size(), widths[i] - PADDING, run.text())) {
          cell.add(new Line(run, piece));
        }
      }
      wrapped.add(cell);
    }
    return wrapped;
  }

  private static float height(List<List<Line>> cells) {
    float tallest = 0;
    for (List<Line> cell : cells) {
      float h = 0;
      for (Line line : cell) {
        h += leading(line.run().size());
      }
      tallest = Math.max(tallest, h);
    }
    return tallest;
  }

  private void draw(List<List<Line>> cells) throws IOException {
    PDPageContentStream stream = page.stream();
    float y = page.y();
    float x = left;
    for (int i = 0; i < cells.size(); i++) {
      float lineY = y;
      for (Line line : cells.get(i)) {
        Run run = line.run();
        lineY -= leading(run.size());
        float at = x;
        if (rightAligned[i]) {
          at = x + widths[i] - PADDING - run.font().getStringWidth(line.text()) / 1000 * run.size();
        }
        stream.beginText();
        stream.setFont(run.font(), run.size());
        stream.setNonStrokingColor(run.color());
        stream.newLineAtOffset(at, lineY);
        stream.showText(line.text());
        stream.endText();
      }
      x += widths[i];
    }
    page.moveTo(y - height(cells));
  }
}
