package org.mentora.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Mentora writes CSV for people to open in a spreadsheet (logbook exports, roster
 * files, and PrimeFaces table exports through {@code platform.web.SafeCsvExporter}).
 *
 * <p>Spreadsheet programs run a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return as a formula, so text a participant typed ({@code
 * =HYPERLINK("http://evil","Click")}) would run on a staff member's computer. Such a cell gets a
 * leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV injection). A cell
 * that is a plain number ({@code -1.5}, {@code +3}, {@code -2,25}) stays as it is in every column:
 * it cannot run anything, and numeric columns (minutes, hours) must stay numbers. The full-width
 * forms of the same signs are treated alike, since some spreadsheets read them as the ASCII ones.
 */
public final class CsvWriter {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
  private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private CsvWriter() {}

  /** The cell as a spreadsheet will show it as text, never run it. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    if (TRIGGERS.indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
      return value;
    }
    return "'" + value;
  }

  /** Whether a spreadsheet would run this cell as a formula (what {@link #cell} neutralises). */
  public static boolean looksLikeFormula(String value) {
    return value != null && !value.equals(cell(value));
  }

  /**
   * RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheets read diacritics correctly), the
   * headings first, every cell neutralised. Closes the stream of rows.
   */
  public static byte[] write(List<String> headings, Stream<List<String>> rows) {
    return write(headings, rows, ',', false);
  }

  /**
   * As {@link #write(List, Stream)}, for a reader in this language: where the language writes a
   * decimal comma (Latvian, Bulgarian, Greek, Italian...), spreadsheet programs expect {@code ;}
   * between fields and {@code 1,5} for numbers, so plain numbers are written that way.
   */
  public static byte[] write(List<String> headings, Stream<List<String>> rows, Locale reader) {
    boolean comma = usesDecimalComma(reader);
    return write(headings, rows, comma ? ';' : ',', comma);
  }

  /** Whether the language writes a decimal comma ("1,5"). */
  public static boolean usesDecimalComma(Locale language) {
    return language != null
        && DecimalFormatSymbols.getInstance(language).getDecimalSeparator() == ',';
  }

  private static byte[] write(
      List<String> headings, Stream<List<String>> rows, char delimiter, boolean decimalComma) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format);
        rows) {
      writer.write('\uFEFF');
      printer.printRecord(neutralised(headings, false));
      for (List<String> row : (Iterable<List<String>>) rows::iterator) {
        printer.printRecord(neutralised(row, decimalComma));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<String> neutralised(List<String> cells, boolean decimalComma) {
    List<String> safe = new ArrayList<>(cells.size());
    for (String value : cells) {
      boolean number = value != null && PLAIN_NUMBER.matcher(value).matches();
      safe.add(number && decimalComma ? value.replace('.', ',') : cell(value));
    }
    return safe;
  }
}
