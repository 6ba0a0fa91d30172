package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentora.support.CompiledClasses;

/**
 * A page is public in two places: its room's page rule ({@code PageRule.publicPage}) lets {@code
 * PageAccessFilter} through, and web.xml's "public" constraint keeps the container from asking for
 * a login first. Issue 18's two public pages (the password link and a mail's stop link) were added
 * to the first only, and the container sent their visitors to the login page. This reads both and
 * fails on any page public in one and not the other.
 */
class PublicPagesTest {

  private static final Path WEB_XML = Path.of("src/main/webapp/WEB-INF/web.xml");

  @Test
  void everyPublicPageRuleIsAlsoPublicForTheContainer() throws Exception {
    Set<String> containerPublic = publicPatterns();
    List<String> missing = new ArrayList<>();
    for (String pattern : publicRulePatterns()) {
      if (!containerPublic.contains(pattern)) {
        missing.add(pattern);
      }
    }
    assertEquals(List.of(), missing, "public page rules missing from web.xml's public constraint");
  }

  @Test
  void everyPublicPageOfTheContainerHasAPublicRule() throws Exception {
    Set<String> rules = publicRulePatterns();
    List<String> stray = new ArrayList<>();
    for (String pattern : publicPatterns()) {
      boolean page = pattern.endsWith(".xhtml");
      if (page && !rules.contains(pattern)) {
        stray.add(pattern);
      }
    }
    assertEquals(List.of(), stray, "pages web.xml opens to everyone without a public page rule");
  }

  private static Set<String> publicRulePatterns() throws Exception {
    Set<String> patterns = new TreeSet<>();
    for (Class<?> type : CompiledClasses.all()) {
      if (!PageAccessContribution.class.isAssignableFrom(type)
          || type.isInterface()
          || Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      PageAccessContribution contribution =
          (PageAccessContribution) type.getDeclaredConstructor().newInstance();
      for (PageRule rule : contribution.rules()) {
        if (rule.isPublic()) {
          patterns.add(rule.pattern());
        }
      }
    }
    return patterns;
  }

  /** The url-patterns of web.xml's security constraint named "public". */
  static Set<String> publicPatterns() throws IOException {
    String xml = Files.readString(WEB_XML);
    Matcher collection =
        Pattern.compile(
                "<web-resource-name>public</web-resource-name>(.*?)</web-resource-collection>",
                Pattern.DOTALL)
            .matcher(xml);
    if (!collection.find()) {
      throw new AssertionError("web.xml has no security constraint named 'public'");
    }
    Set<String> patterns = new TreeSet<>();
    Matcher url =
        Pattern.compile("<url-pattern>([^<]+)</url-pattern>").matcher(collection.group(1));
    while (url.find()) {
      patterns.add(url.group(1).strip());
    }
    return patterns;
  }
}
