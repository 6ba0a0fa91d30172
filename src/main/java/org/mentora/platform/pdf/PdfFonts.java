package org.mentora.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every Mentora PDF is written with: DejaVu Sans regular and bold, embedded as subsets,
 * which print Latin with all Latvian, Bulgarian, Greek and Italian letters, and Cyrillic and Greek
 * (a character they lack becomes "?" through {@link PdfText#printable}, never a failed file).
 *
 * <p>The files are read from the class path once, and their parsed forms kept in a pool: a parsed
 * {@link TrueTypeFont} serves one rendering at a time (subsetting reads it while the document is
 * saved) and is then handed to the next, so a font is parsed once per thread that ever rendered,
 * not once per document. Thread-safe.
 */
public final class PdfFonts {

  /** Parsed fonts kept for reuse: enough for a busy server's rendering threads. */
  private static final int MAX_IDLE_FONTS = 16;

  private static volatile PdfFonts shared;

  private final byte[] regularBytes;
  private final byte[] boldBytes;
  private final Queue<TrueTypeFont[]> idle = new ConcurrentLinkedQueue<>();

  /** What writes one document's content with the two fonts loaded into it. */
  @FunctionalInterface
  public interface Content {
    void write(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException;
  }

  private PdfFonts(byte[] regularBytes, byte[] boldBytes) {
    this.regularBytes = regularBytes;
    this.boldBytes = boldBytes;
  }

  public static PdfFonts shared() {
    PdfFonts files = shared;
    if (files == null) {
      synchronized (PdfFonts.class) {
        files = shared;
        if (files == null) {
          files = new PdfFonts(read("fonts/DejaVuSans.ttf"), read("fonts/DejaVuSans-Bold.ttf"));
          shared = files;
        }
      }
    }
    return files;
  }

  /**
   * A new document with the regular and bold font loaded, written by {@code content}, as bytes.
   *
   * @throws UncheckedIOException with {@code failure} as its message when writing fails
   */
  public byte[] render(String failure, Content content) {
    TrueTypeFont[] parsed = null;
    try (PDDocument document = new PDDocument()) {
      parsed = borrow();
      PDType0Font regular = PDType0Font.load(document, parsed[0], true);
      PDType0Font bold = PDType0Font.load(document, parsed[1], true);
      content.write(document, regular, bold);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      release(parsed);
      parsed = null;
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(failure, e);
    } finally {
      if (parsed != null) {
        // A failed rendering may have left a font half-read: drop it rather than reuse it.
        for (TrueTypeFont font : parsed) {
          try {
            font.close();
          } catch (IOException ignored) {
            // nothing more to do
          }
        }
      }
    }
  }

  /** A regular and a bold font for one rendering; give them back with {@link #release}. */
  private TrueTypeFont[] borrow() throws IOException {
    TrueTypeFont[] pair = idle.poll();
    if (pair != null) {
      return pair;
    }
    return new TrueTypeFont[] {parse(regularBytes), parse(boldBytes)};
  }

  private void release(TrueTypeFont[] pair) {
    if (idle.size() < MAX_IDLE_FONTS) {
      idle.offer(pair);
    }
  }

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
  }

  private static byte[] read(String resource) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing font " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
