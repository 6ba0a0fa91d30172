package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The application's theme ({@code primefaces-mentora}, derived from saga-blue when the build
 * processes resources, see {@code pom.xml}): every rule that sets both a solid background and a
 * text colour reaches WCAG 2.1 AA's 4.5:1, and the application's own colours (mentora.css) reach it
 * on white.
 */
class ThemeContrastTest {

  private static final Path THEME =
      Path.of("target/generated-webapp/resources/primefaces-mentora/theme.css");
  private static final Path OWN = Path.of("src/main/webapp/resources/css/mentora.css");
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
  private static final Pattern BACKGROUND =
      Pattern.compile("(?:^|;)\\s*background(?:-color)?:\\s*([^;!]+)");
  private static final Pattern TEXT = Pattern.compile("(?:^|;)\\s*color:\\s*([^;!]+)");

  @Test
  void everyTextOnAColouredBackgroundOfTheThemeReachesFourAndAHalfToOne() throws IOException {
    List<String> failing = new ArrayList<>();
    int pairs = failingPairs(Files.readString(THEME, StandardCharsets.UTF_8), failing);
    assertTrue(pairs > 100, "the theme was read: " + pairs + " pairs");
    assertEquals(List.of(), failing);
  }

  @Test
  void everyTextOnAColouredBackgroundOfTheApplicationsStylesheetToo() throws IOException {
    String css = Files.readString(OWN, StandardCharsets.UTF_8);
    Matcher variable = Pattern.compile("(--m-[\\w-]+):\\s*(#[0-9a-fA-F]{3,6})").matcher(css);
    while (variable.find()) {
      css = css.replace("var(" + variable.group(1) + ")", variable.group(2));
    }
    List<String> failing = new ArrayList<>();
    int pairs = failingPairs(css, failing);
    assertTrue(pairs > 10, "mentora.css was read: " + pairs + " pairs");
    assertEquals(List.of(), failing);
  }

  /** Adds the rules whose text and solid background differ by less than 4.5:1; counts the pairs. */
  private static int failingPairs(String css, List<String> failing) {
    int pairs = 0;
    Matcher rule = RULE.matcher(css);
    while (rule.find()) {
      String body = rule.group(2);
      Matcher background = BACKGROUND.matcher(body);
      Matcher text = TEXT.matcher(body);
      if (background.find() && text.find()) {
        double[] back = rgb(background.group(1));
        double[] front = rgb(text.group(1));
        if (back != null && front != null) {
          pairs++;
          double ratio = contrast(back, front);
          if (ratio < 4.5) {
            failing.add(String.format(Locale.ROOT, "%.2f:1 %s", ratio, rule.group(1).strip()));
          }
        }
      }
    }
    return pairs;
  }

  @Test
  void theThemeIsSagaWithAccessibleColoursNotSagaItself() throws IOException {
    String css = Files.readString(THEME, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    assertTrue(css.contains(".ui-button"), "a PrimeFaces theme");
    // Saga-blue's primary, white text on it at 3.12:1, and its pale focus ring (1.5:1 on white).
    assertFalse(css.contains("#2196f3"));
    assertFalse(css.contains("rgb(166.2,213,250.2)"));
    assertTrue(contrast(rgb("#1565c0"), rgb("#ffffff")) >= 4.5);
    assertTrue(contrast(rgb("#0d47a1"), rgb("#ffffff")) >= 3, "the focus ring on white");
  }

  @Test
  void theApplicationsOwnColoursReadOnWhite() throws IOException {
    String css = Files.readString(OWN, StandardCharsets.UTF_8);
    Matcher variable = Pattern.compile("--m-(\\w[\\w-]*):\\s*(#[0-9a-fA-F]{3,6})").matcher(css);
    List<String> failing = new ArrayList<>();
    int seen = 0;
    while (variable.find()) {
      String name = variable.group(1);
      if (List.of("primary", "primary-dark", "text", "muted", "ok", "warn", "danger")
          .contains(name)) {
        seen++;
        double ratio = contrast(rgb(variable.group(2)), rgb("#ffffff"));
        if (ratio < 4.5) {
          failing.add(String.format(Locale.ROOT, "--m-%s %.2f:1", name, ratio));
        }
      }
    }
    assertTrue(seen >= 5, "mentora.css's colours were read: " + seen);
    assertEquals(List.of(), failing);
  }

  @Test
  void contrastIsComputedAsWcagDefinesIt() {
    assertEquals(21.0, contrast(rgb("#000"), rgb("#fff")), 0.01);
    assertEquals(3.12, contrast(rgb("#2196f3"), rgb("#ffffff")), 0.01);
    assertEquals(4.69, contrast(rgb("#6c757d"), rgb("#ffffff")), 0.01);
    assertEquals(1.0, contrast(rgb("hsl(0,0%,50%)"), rgb("rgb(127.5,127.5,127.5)")), 0.01);
  }

  /** A solid colour as red, green, blue in 0-255, or null for anything else (transparent, vars). */
  static double[] rgb(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("white")) {
      return new double[] {255, 255, 255};
    }
    Matcher hex = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6})").matcher(v);
    if (hex.matches()) {
      String h = hex.group(1);
      if (h.length() == 3) {
        h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
      }
      return new double[] {
        Integer.parseInt(h.substring(0, 2), 16),
        Integer.parseInt(h.substring(2, 4), 16),
        Integer.parseInt(h.substring(4, 6), 16)
      };
    }
    Matcher rgb = Pattern.compile("rgb\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)\\)").matcher(v);
    if (rgb.matches()) {
      return new double[] {
        Double.parseDouble(rgb.group(1)),
        Double.parseDouble(rgb.group(2)),
        Double.parseDouble(rgb.group(3))
      };
    }
    Matcher hsl = Pattern.compile("hsl\\(([\\d.]+),\\s*([\\d.]+)%,\\s*([\\d.]+)%\\)").matcher(v);
    if (hsl.matches()) {
      return hsl(
          Double.parseDouble(hsl.group(1)),
          Double.parseDouble(hsl.group(2)) / 100,
          Double.parseDouble(hsl.group(3)) / 100);
    }
    return null;
  }

  private static double[] hsl(double hue, double saturation, double lightness) {
    double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
    double h = (hue % 360) / 60;
    double x = chroma * (1 - Math.abs(h % 2 - 1));
    double[] rgb =
        h < 1
            ? new double[] {chroma, x, 0}
            : h < 2
                ? new double[] {x, chroma, 0}
                : h < 3
                    ? new double[] {0, chroma, x}
                    : h < 4
                        ? new double[] {0, x, chroma}
                        : h < 5 ? new double[] {x, 0, chroma} : new double[] {chroma, 0, x};
    double m = lightness - chroma / 2;
    return new double[] {(rgb[0] + m) * 255, (rgb[1] + m) * 255, (rgb[2] + m) * 255};
  }

  /** WCAG 2.1's contrast ratio of two colours. */
  static double contrast(double[] a, double[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(double[] rgb) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = rgb[i] / 255;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
