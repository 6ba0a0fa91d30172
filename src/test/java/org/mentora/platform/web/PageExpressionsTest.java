package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in pages that compile, render and only fail when someone uses the page: an export that
 * stops at the header row, a list that names the EL's own {@code application}.
 */
class PageExpressionsTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern COLUMN = Pattern.compile("<p:columns?\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern VAR = Pattern.compile("\\bvar(?:Status)?=\"([^\"]+)\"");

  /**
   * Names the EL already gives a meaning (implicit objects and reserved words): a {@code var} with
   * one of them is shadowed or fails to parse.
   */
  private static final Set<String> TAKEN =
      Set.of(
          "application",
          "applicationScope",
          "session",
          "sessionScope",
          "request",
          "requestScope",
          "param",
          "paramValues",
          "header",
          "headerValues",
          "cookie",
          "view",
          "viewScope",
          "flowScope",
          "component",
          "cc",
          "flash",
          "resource",
          "facesContext",
          "initParam",
          "mod",
          "div",
          "and",
          "or",
          "not",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "empty",
          "instanceof",
          "true",
          "false",
          "null");

  /**
   * PrimeFaces exports a column with {@code field} by reading that field as a property of the row
   * before it looks at the cell's content. Here {@code field} is the key the lazy query sorts and
   * filters by ({@code familyName}), not always a property of the row (a record such as {@code
   * ParticipantRow}): such a column must say what it exports, or not be exported. (An empty export
   * value still falls back to the field, so such rows also get a property per key.)
   */
  @Test
  void everyColumnWithAFieldSaysWhatItExports() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      Matcher column = COLUMN.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (column.find()) {
        String tag = column.group();
        if (tag.contains(" field=\"")
            && !tag.contains("exportValue=\"")
            && !tag.contains("exportable=\"false\"")) {
          missing.add(WEBAPP.relativize(page) + ": " + tag.replaceAll("\\s+", " "));
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void noVariableShadowsAnImplicitObjectOrAReservedWord() throws IOException {
    List<String> clashes = new ArrayList<>();
    for (Path page : pages()) {
      Matcher var = VAR.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (var.find()) {
        if (TAKEN.contains(var.group(1))) {
          clashes.add(WEBAPP.relativize(page) + ": " + var.group());
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
    }
  }
}
