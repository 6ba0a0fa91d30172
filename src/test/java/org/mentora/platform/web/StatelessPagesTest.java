package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.view.ViewScoped;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentora.support.CompiledClasses;

/**
 * A page whose access rule says it keeps no state ({@link PageRule#withoutState()}) gets a
 * transient view: a view-scoped bean on it would be created again on every request and lose what it
 * held, and an Ajax request could not find its view. So every such page, and the layout and
 * includes around it, must use neither: checked here on the pages themselves, so a page that later
 * gains an Ajax button fails the build instead of failing a user.
 */
class StatelessPagesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  /** Ajax in a page: a tag, or a command component without {@code ajax="false"}. */
  private static final Pattern AJAX = Pattern.compile("<(p|f):ajax\\b|\\bupdate=\"|\\bprocess=\"");

  private static final Pattern COMMAND = Pattern.compile("<p:command(Button|Link)\\b[^>]*>");
  private static final Pattern INCLUDE = Pattern.compile("src=\"(/WEB-INF/[^\"#]+\\.xhtml)\"");
  private static final Pattern BEAN = Pattern.compile("#\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\b");

  @Test
  void pagesWithoutStateUseNoAjaxAndNoViewScopedBean() throws IOException {
    List<PageRule> rules =
        contributions().stream()
            .flatMap(contribution -> contribution.rules().stream())
            .filter(PageRule::stateless)
            .toList();
    assertTrue(rules.size() >= 3, rules.toString());
    Set<String> viewScoped = viewScopedBeanNames();
    assertTrue(viewScoped.contains("verifyPage"), viewScoped.toString());
    List<String> problems = new ArrayList<>();
    for (PageRule rule : rules) {
      List<Path> pages = pages(rule);
      assertTrue(!pages.isEmpty(), "no page for " + rule.pattern());
      for (Path page : pages) {
        check(page, viewScoped, problems, new TreeSet<>());
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The check itself: it finds an Ajax button and a view-scoped bean. */
  @Test
  void theCheckFindsAjaxAndViewScopedBeans() {
    List<String> problems = new ArrayList<>();
    checkText(
        "sample",
        "<p:commandButton action=\"#{verifyPage.check}\"/> <p:commandLink ajax=\"false\"/>",
        Set.of("verifyPage"),
        problems);
    assertEquals(2, problems.size(), problems.toString());
  }

  private static void check(
      Path file, Set<String> viewScoped, List<String> problems, Set<Path> seen) throws IOException {
    if (!seen.add(file)) {
      return;
    }
    String text = Files.readString(file);
    checkText(WEBAPP.relativize(file).toString(), text, viewScoped, problems);
    Matcher include = INCLUDE.matcher(text);
    while (include.find()) {
      check(WEBAPP.resolve(include.group(1).substring(1)), viewScoped, problems, seen);
    }
    if (text.contains("template=\"/WEB-INF/templates/layout.xhtml\"")) {
      check(WEBAPP.resolve("WEB-INF/templates/layout.xhtml"), viewScoped, problems, seen);
    }
  }

  private static void checkText(
      String name, String text, Set<String> viewScoped, List<String> problems) {
    if (AJAX.matcher(text).find()) {
      problems.add(name + " uses Ajax");
    }
    Matcher command = COMMAND.matcher(text);
    while (command.find()) {
      if (!command.group().contains("ajax=\"false\"")) {
        problems.add(name + ": an Ajax command: " + command.group());
      }
    }
    Matcher bean = BEAN.matcher(text);
    while (bean.find()) {
      if (viewScoped.contains(bean.group(1))) {
        problems.add(name + " uses the view-scoped bean " + bean.group(1));
      }
    }
  }

  private static List<Path> pages(PageRule rule) throws IOException {
    String pattern = rule.pattern();
    if (!pattern.endsWith("/*")) {
      return List.of(WEBAPP.resolve(pattern.substring(1)));
    }
    Path folder = WEBAPP.resolve(pattern.substring(1, pattern.length() - 2));
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  /**
   * Every capability's page rules, as the filter collects them (each has a no-argument
   * constructor).
   */
  private static List<PageAccessContribution> contributions() throws IOException {
    List<PageAccessContribution> found = new ArrayList<>();
    for (Class<?> c : CompiledClasses.all()) {
      if (PageAccessContribution.class.isAssignableFrom(c)
          && !c.isInterface()
          && !java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
        try {
          found.add((PageAccessContribution) c.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
          throw new AssertionError("cannot read the page rules of " + c.getName(), e);
        }
      }
    }
    assertTrue(found.size() >= 8, found.toString());
    return found;
  }

  /** The EL names of the application's view-scoped beans (default {@code @Named} names). */
  private static Set<String> viewScopedBeanNames() throws IOException {
    Set<String> names = new TreeSet<>();
    for (Class<?> c : CompiledClasses.all()) {
      if (c.isAnnotationPresent(ViewScoped.class)) {
        jakarta.inject.Named named = c.getAnnotation(jakarta.inject.Named.class);
        names.add(
            named != null && !named.value().isEmpty()
                ? named.value()
                : Introspector.decapitalize(c.getSimpleName()));
      }
    }
    return names;
  }
}
