package org.mentora.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Text as a PDF font can print it, and broken into lines that fit a width. */
public final class PdfText {

  private PdfText() {}

  /** The width of a text in points at a font size. */
  public static float width(PDType0Font font, float size, String value) throws IOException {
    return font.getStringWidth(value) / 1000 * size;
  }

  /** Lines of at most {@code width} points, broken at spaces, overlong words cut. */
  public static List<String> wrap(PDType0Font font, float size, float width, String value)
      throws IOException {
    String text = printable(font, value);
    float scale = size / 1000;
    List<String> pieces = new ArrayList<>();
    if (font.getStringWidth(text) * scale <= width) {
      pieces.add(text);
      return pieces;
    }
    float space = font.getStringWidth(" ") * scale;
    StringBuilder current = new StringBuilder();
    float used = 0;
    for (String word : text.split(" ")) {
      float wordWidth = font.getStringWidth(word) * scale;
      if (current.isEmpty() && wordWidth <= width) {
        current.append(word);
        used = wordWidth;
        continue;
      }
      if (!current.isEmpty() && used + space + wordWidth <= width) {
        current.append(' ').append(word);
        used += space + wordWidth;
        continue;
      }
      if (!current.isEmpty()) {
        pieces.add(current.toString());
        current.setLength(0);
        used = 0;
      }
      String rest = word;
      while (font.getStringWidth(rest) * scale > width && rest.length() > 1) {
        int cut = rest.length() - 1;
        while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) * scale > width) {
          cut--;
        }
        pieces.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      current.append(rest);
      used = font.getStringWidth(rest) * scale;
    }
    if (!current.isEmpty() || pieces.isEmpty()) {
      pieces.add(current.toString());
    }
    return pieces;
  }

  /** Control characters become spaces; characters the font cannot draw become "?". */
  public static String printable(PDType0Font font, String value) {
    if (value == null) {
      return "";
    }
    StringBuilder clean = new StringBuilder(value.length());
    value.codePoints().forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    String text = clean.toString();
    try {
      font.encode(text);
      return text;
    } catch (IOException | IllegalArgumentException e) {
      // Some character has no glyph: find it, one at a time.
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
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
