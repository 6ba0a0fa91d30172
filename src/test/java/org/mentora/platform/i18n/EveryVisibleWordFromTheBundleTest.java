package org.mentora.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Guards the house rule that every visible word comes from the bundle: pages hold no literal text,
 * and every key that pages and Java code name exists in English.
 */
class EveryVisibleWordFromTheBundleTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern EL = Pattern.compile("[#$]\\{[^}]*\\}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern JAVA_LITERAL =
      Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

  /** Attributes whose value a reader sees. */
  private static final Set<String> VISIBLE_ATTRIBUTES =
      Set.of(
          "title",
          "label",
          "header",
          "footer",
          "placeholder",
          "alt",
          "summary",
          "detail",
          "requiredMessage",
          "validatorMessage",
          "converterMessage",
          "emptyMessage",
          "itemLabel",
          "headerText",
          "footerText",
          "promptLabel",
          "weakLabel",
          "goodLabel",
          "strongLabel",
          "noSelectionLabel",
          "emptyLabel",
          "hint",
          "aria-label",
          "message",
          "tooltip");

  /** Components whose {@code value} attribute is visible text. */
  private static final Set<String> VALUE_IS_TEXT =
      Set.of(
          "outputText",
          "outputLabel",
          "commandButton",
          "commandLink",
          "button",
          "link",
          "outputFormat",
          "menuitem",
          "staticMessage",
          "linkButton",
          "tag",
          "chip");

  private final ResourceBundle english = Bundles.text(Locale.ENGLISH);

  @Test
  void pagesHoldNoLiteralText() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path page : pages()) {
      Element root = parse(page);
      walk(root, page, problems);
    }
    assertTrue(problems.isEmpty(), "Literal text in pages:\n" + String.join("\n", problems));
  }

  @Test
  void everyKeyAPageNamesExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      Matcher matcher = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (matcher.find()) {
        if (!english.containsKey(matcher.group(1))) {
          missing.add(WEBAPP.relativize(page) + ": " + matcher.group(1));
        }
      }
    }
    assertTrue(missing.isEmpty(), "Keys missing from the bundle:\n" + String.join("\n", missing));
  }

  @Test
  void everyKeyTheJavaCodeNamesExists() throws IOException {
    Set<String> prefixes =
        english.keySet().stream()
            .map(key -> key.substring(0, key.indexOf('.') + 1))
            .collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.contains("getLogger") || line.contains("LOG.") || line.contains("jdbc:")) {
            continue;
          }
          Matcher matcher = JAVA_LITERAL.matcher(line);
          while (matcher.find()) {
            String candidate = matcher.group(1);
            boolean looksLikeKey =
                prefixes.stream().anyMatch(candidate::startsWith)
                    && !candidate.endsWith(".xhtml")
                    && !candidate.startsWith("jakarta.")
                    && !candidate.startsWith("org.");
            if (looksLikeKey && !english.containsKey(candidate)) {
              missing.add(JAVA.relativize(file) + ": " + candidate);
            }
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "Keys named in Java but missing:\n" + String.join("\n", missing));
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  private static Element parse(Path page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return factory.newDocumentBuilder().parse(page.toFile()).getDocumentElement();
  }

  private static void walk(Node node, Path page, List<String> problems) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      String text = EL.matcher(node.getNodeValue()).replaceAll("");
      if (LETTER.matcher(text).find()) {
        problems.add(WEBAPP.relativize(page) + ": text \"" + text.strip() + "\"");
      }
      return;
    }
    if (node instanceof Element element) {
      String name = element.getLocalName();
      if ("code".equals(name) && element.getTextContent().isBlank()) {
        return;
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String attributeName =
            attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        boolean visible =
            VISIBLE_ATTRIBUTES.contains(attributeName)
                || ("value".equals(attributeName) && VALUE_IS_TEXT.contains(name));
        if (visible && LETTER.matcher(EL.matcher(attribute.getValue()).replaceAll("")).find()) {
          problems.add(
              WEBAPP.relativize(page)
                  + ": <"
                  + name
                  + " "
                  + attributeName
                  + "=\""
                  + attribute.getValue()
                  + "\">");
        }
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      walk(child, page, problems);
    }
  }
}
