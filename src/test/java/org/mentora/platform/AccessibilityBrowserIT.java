package org.mentora.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.support.Browser;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresBrowser;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 17: axe-core (fetched by the {@code browser} profile into {@code target/axe}) checks the
 * public pages and every page in the menu of each demo role against WCAG 2.0/2.1 A and AA, and the
 * journey fails on any serious or critical finding, naming rule, page, node count and the first
 * node's selector.
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class AccessibilityBrowserIT {

  private static final String PASSWORD = "mentora-demo";
  private static final Path AXE = Path.of("target", "axe", "package", "axe.min.js");
  private static final List<String> ROLES =
      List.of("admin", "trainer", "tutor", "mentor", "trainee");

  /**
   * Rules still open: serious or critical findings of these rules are reported but do not fail the
   * journey. Each entry says where and why. Empty means every rule is held at zero.
   */
  private static final Map<String, String> OPEN = Map.of();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @ArquillianResource URL base;

  private Browser browser;
  private String axe;

  @BeforeEach
  void openBrowser() throws IOException {
    assertTrue(Files.isReadable(AXE), AXE + " is missing: run with -Pbrowser, which fetches it");
    axe = Files.readString(AXE, StandardCharsets.UTF_8);
    browser = new Browser(base);
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  /** One finding: a rule broken on a page, in so many nodes, the first at this selector. */
  record Finding(String rule, String impact, String page, int nodes, String target) {
    @Override
    public String toString() {
      return rule + " (" + impact + ") on " + page + ": " + nodes + " node(s), first " + target;
    }
  }

  @Test
  void everyPageOfEveryRoleHasNoSeriousOrCriticalFinding() {
    List<Finding> findings = new ArrayList<>();
    Set<String> checked = new LinkedHashSet<>();

    for (String page : List.of("login.xhtml", "verify", "verify?code=NO-SUCH-CODE")) {
      browser.open(page);
      findings.addAll(check("public " + page));
      checked.add("public " + page);
    }

    for (String role : ROLES) {
      browser.logIn(role, PASSWORD);
      List<String> pages = new ArrayList<>();
      pages.add(browser.path());
      pages.addAll(menuPages());
      // The menu pages, then one level deeper: the first link of each menu page's content to a
      // page with parameters not seen yet (an edition, a programme, an idea, a participant).
      Set<String> seen = new LinkedHashSet<>();
      List<String> details = new ArrayList<>();
      for (String page : new LinkedHashSet<>(pages)) {
        seen.add(page);
        visit(role, page, findings, checked);
        for (String link : contentLinks()) {
          String target = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
          if (seen.add(target)) {
            details.add(link);
            break;
          }
        }
      }
      for (String page : details) {
        visit(role, page, findings, checked);
      }
      browser.logOut();
    }

    Map<String, Integer> perRule = new TreeMap<>();
    findings.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
    System.out.println("axe-core checked " + checked.size() + " pages: " + checked);
    System.out.println("serious/critical findings (pages per rule): " + perRule);
    findings.forEach(f -> System.out.println("  " + f));

    List<Finding> failing = findings.stream().filter(f -> !OPEN.containsKey(f.rule())).toList();
    assertTrue(checked.size() > 20, "the menus led to too few pages: " + checked);
    assertEquals(List.of(), failing, "serious or critical axe-core findings");
  }

  private void visit(String role, String page, List<Finding> findings, Set<String> checked) {
    browser.open(page);
    browser.waitForAjax();
    String where = role + " " + page;
    findings.addAll(check(where));
    checked.add(where);
  }

  /** Links of the page's content to application pages with parameters, in document order. */
  private List<String> contentLinks() {
    return relative(
        "return Array.from(document.querySelectorAll('#main a[href]'))"
            + ".map(a => a.href.split('#')[0]).filter(h => h.indexOf('.xhtml?') > 0);");
  }

  /** The distinct pages the menubar links to, as paths inside the application. */
  private List<String> menuPages() {
    return relative(
        "return Array.from(document.querySelectorAll("
            + "'[id=\"menuForm:mainMenu\"] a[href]'))"
            + ".map(a => a.href.split('#')[0]).filter(h => h.indexOf('.xhtml') > 0);");
  }

  /** The addresses a script returns that lie inside the application, as paths inside it. */
  private List<String> relative(String script) {
    @SuppressWarnings("unchecked")
    List<String> hrefs = (List<String>) js().executeScript(script);
    String root = browser.driver().getCurrentUrl();
    root = root.substring(0, root.indexOf(browser.path()));
    List<String> pages = new ArrayList<>();
    for (String href : hrefs) {
      if (href.startsWith(root)) {
        pages.add(href.substring(root.length()));
      }
    }
    return pages;
  }

  @SuppressWarnings("unchecked")
  private List<Finding> check(String page) {
    js().executeScript(axe);
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            js().executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values:"
                        + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.length, target: JSON.stringify(v.nodes[0].target)}))),"
                        + " e => done([{id: 'axe-error', impact: 'critical', nodes: 0,"
                        + " target: String(e)}]));");
    List<Finding> found = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      String impact = String.valueOf(v.get("impact"));
      if (impact.equals("serious") || impact.equals("critical")) {
        found.add(
            new Finding(
                (String) v.get("id"),
                impact,
                page,
                ((Number) v.get("nodes")).intValue(),
                String.valueOf(v.get("target"))));
      }
    }
    return found;
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) browser.driver();
  }
}
