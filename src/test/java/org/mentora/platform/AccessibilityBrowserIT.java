package org.mentora.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17. axe-core (fetched by the {@code browser} profile into {@code target/axe}) checks the
 * public pages and every page in the menu of each demo role against WCAG 2.0/2.1 A and AA, and the
 * journey fails on any serious or critical finding, naming rule, page, node count and the first
 * node's selector. On a phone 390 px wide no page of the trainee or the mentor scrolls sideways and
 * the mentor approves from the review queue; and a trainee logs hours and the mentor approves them
 * with the keyboard only. One class, so one server, for the three.
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

  private static final int PHONE_WIDTH = 390;
  private static final int PHONE_HEIGHT = 844;
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * Null when the page fits the phone's width; else the widths and the innermost element too wide.
   * Measured against the phone's width too, not only the window's: a mobile browser widens its
   * layout viewport to a page that overflows, and then the page "fits" the widened window.
   */
  private static final String OVERFLOW =
      "var w = Math.min(window.innerWidth, arguments[0]), d = document.documentElement;"
          + " if (d.scrollWidth <= w) { return null; }"
          + " var wide = Array.from(document.querySelectorAll('body *')).filter(function (e) {"
          + "   var r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 1; });"
          + " var e = wide[wide.length - 1];"
          + " return d.scrollWidth + ' px wide in ' + w + (e ? ', e.g. ' + e.tagName.toLowerCase()"
          + "   + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className"
          + "   ? '.' + e.className.trim().split(/\\s+/).join('.') : '') : '');";

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

    for (String page :
        List.of("login.xhtml", "verify", "verify?code=NO-SUCH-CODE", "accessibility.xhtml")) {
      browser.open(page);
      findings.addAll(check("public " + page));
      checked.add("public " + page);
    }

    for (String role : ROLES) {
      browser.logIn(role, PASSWORD);
      sweep(
          role,
          page -> {
            String where = role + " " + page;
            findings.addAll(check(where));
            checked.add(where);
          });
      if (role.equals("trainee")) {
        // The error page that unknown addresses and pages of another role show. (Checked signed
        // in: opened before login, the login would send the browser back to it.)
        load("no-such-page.xhtml");
        findings.addAll(check("trainee, unknown address: no-such-page.xhtml"));
        checked.add("trainee unknown address");
        load("report/edition-dashboard.xhtml");
        findings.addAll(check("trainee, refused: report/edition-dashboard.xhtml"));
        checked.add("trainee refused");
        // Pop-ups are hidden until opened, and axe skips hidden content: the date picker's
        // calendar and a submenu of the main menu are checked open.
        load("logbook/my-logbook.xhtml");
        browser.waitFor(By.cssSelector("[id='entry:date'] button")).click();
        waitUntilShown(By.cssSelector(".p-datepicker-panel"));
        findings.addAll(check("trainee logbook/my-logbook.xhtml, calendar open"));
        checked.add("trainee calendar");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        new Actions(browser.driver())
            .moveToElement(
                browser.waitFor(By.cssSelector("[id='menuForm:mainMenu'] li.ui-menu-parent")))
            .perform();
        waitUntilShown(By.cssSelector("[id='menuForm:mainMenu'] ul.ui-menu-child"));
        findings.addAll(check("trainee logbook/my-logbook.xhtml, main menu's submenu open"));
        checked.add("trainee submenu");
        load("home.xhtml");
      } else if (role.equals("mentor")) {
        // Dialogs are hidden until opened, and axe skips hidden content: the review queue's
        // decision dialog is checked open.
        load("logbook/review.xhtml");
        browser.clickAndWait(By.cssSelector("[id='review:table'] tbody tr button[id$=':reject']"));
        browser.waitFor(By.id("decisionForm:comment"));
        findings.addAll(check("mentor logbook/review.xhtml, decision dialog open"));
        checked.add("mentor decision dialog");
        load("home/mentor.xhtml");
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

  @Test
  void onAPhoneNoPageOfTheTraineeOrTheMentorScrollsSidewaysAndTheMentorApproves()
      throws IOException {
    browser.phone(PHONE_WIDTH, PHONE_HEIGHT);
    List<String> wide = new ArrayList<>();
    List<String> shifting = new ArrayList<>();
    Set<String> checked = new LinkedHashSet<>();
    for (String role : List.of("trainee", "mentor")) {
      browser.logIn(role, PASSWORD);
      // The menu, the user's name and Log out fold behind one button, which opens them.
      assertFalse(browser.driver().findElement(By.id("menuForm")).isDisplayed(), role);
      WebElement toggle = browser.waitFor(By.id("menuToggle"));
      assertEquals("false", toggle.getDomAttribute("aria-expanded"));
      toggle.click();
      assertEquals("true", toggle.getDomAttribute("aria-expanded"));
      assertTrue(browser.waitFor(By.id("menuForm:logout")).isDisplayed(), role);
      sweep(
          role,
          page -> {
            checked.add(role + " " + page);
            String overflow = (String) js().executeScript(OVERFLOW, PHONE_WIDTH);
            if (overflow != null) {
              wide.add(role + " " + page + ": " + overflow);
            }
            String shift = browser.layoutShift();
            System.out.println("layout shift, phone, " + role + " " + page + ": " + shift);
            if (Browser.shiftOf(shift) >= 0.1) {
              shifting.add(role + " " + page + ": " + shift);
            }
          });
      if (role.equals("trainee")) {
        load("logbook/my-logbook.xhtml");
        // The form to log hours is the first thing under the title, not 1,500 px down.
        Number formTop =
            (Number)
                js().executeScript(
                        "return document.getElementById('entry').getBoundingClientRect().top"
                            + " + window.scrollY;");
        assertTrue(formTop.intValue() < PHONE_HEIGHT / 2, "the log form starts at " + formTop);
        screenshot("phone-my-logbook.png");
      } else {
        load("logbook/review.xhtml");
        screenshot("phone-review-queue.png");
        List<WebElement> buttons =
            browser.driver().findElements(By.cssSelector("[id='review:table'] tbody tr button"));
        assertFalse(buttons.isEmpty(), "the demo mentor has entries waiting");
        for (WebElement button : buttons) {
          String outside =
              (String)
                  js().executeScript(
                          "var b = arguments[0]; b.scrollIntoView({block: 'center'});"
                              + " var r = b.getBoundingClientRect();"
                              + " return r.left >= 0 && r.right <= Math.min(window.innerWidth, arguments[1]) && r.width > 0"
                              + " ? null : b.id + ' at ' + r.left + '..' + r.right;",
                          button,
                          PHONE_WIDTH);
          assertEquals(null, outside, "every button of the queue is on the screen");
        }
        // The mentor approves the first entry on the phone; the focus moves to the next one.
        WebElement approve =
            browser
                .driver()
                .findElement(By.cssSelector("[id='review:table'] tbody tr button[id$=':approve']"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", approve);
        approve.click();
        browser.waitForAjax();
        assertTrue(browser.waitForText(By.id("globalMessages"), "Approved").length() > 0);
        assertFocusInQueue();
      }
      browser.logOut();
    }
    System.out.println("phone sweep checked " + checked.size() + " pages: " + checked);
    assertTrue(checked.size() > 8, "the menus led to too few pages: " + checked);
    assertEquals(List.of(), wide, "pages wider than a phone (" + PHONE_WIDTH + " px)");
    assertEquals(List.of(), shifting, "pages whose layout shifts (CLS 0.1 or more) on a phone");
  }

  @Test
  void aTraineeLogsHoursAndTheMentorApprovesThemWithTheKeyboardOnly() {
    String text =
        "Shelved the returns, keyboard only " + UUID.randomUUID().toString().substring(0, 8);
    // A day of its own for each run, so reruns on one database stay under the daily cap.
    LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 60));

    logInWithKeys("trainee");
    load("logbook/my-logbook.xhtml");
    tabTo("entry:date_input");
    keys(day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear());
    // Typing a date leaves the calendar closed; Tab leaves the field (via the calendar's button).
    assertTrue(
        browser.driver().findElements(By.cssSelector(".p-datepicker-panel")).stream()
            .noneMatch(WebElement::isDisplayed),
        "the calendar opens from its button only");
    tabUntil(
        "return !!document.activeElement && !!document.activeElement.closest('[id=\"' + arguments[0] + '\"]');",
        "entry:mode");
    keys(" ");
    WebElement panel = browser.waitFor(By.id("entry:mode_panel"));
    for (int i = 0; i < 10 && !highlighted(panel).equals("Work-based learning"); i++) {
      keys(Keys.ARROW_DOWN);
    }
    assertEquals("Work-based learning", highlighted(panel), "Space opened the mode list");
    keys(Keys.ENTER);
    browser.waitForAjax();
    assertEquals("Work-based learning", browser.text(By.id("entry:mode_label")));
    tabTo("entry:duration");
    keys("1.5");
    tabTo("entry:description");
    keys(text);
    tabTo("entry:save");
    keys(Keys.ENTER);
    browser.waitForAjax();
    assertTrue(browser.waitForText(By.id("globalMessages"), "Logged").length() > 0);
    browser.logOut();

    logInWithKeys("mentor");
    load("logbook/review.xhtml");
    String typedDay = day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear();
    tabTo("review:participant");
    keys("Jānis Bērziņš");
    tabTo("review:from_input");
    keys(typedDay);
    tabTo("review:to_input");
    keys(typedDay);
    tabTo("review:search");
    keys(Keys.ENTER);
    browser.waitForAjax();
    tabUntil(
        "var a = document.activeElement, row = a && a.closest('tr');"
            + " return !!row && /:approve$/.test(a.id) && row.textContent.indexOf(arguments[0]) >= 0;",
        text);
    keys(Keys.ENTER);
    browser.waitForAjax();
    assertTrue(browser.waitForText(By.id("globalMessages"), "Approved").length() > 0);
    assertFocusInQueue();
    assertFalse(
        browser.driver().findElement(By.id("review:table")).getText().contains(text),
        "the approved entry left the queue");
    browser.logOut();
  }

  /** After a decision the focus is on the next entry of the queue (or on its "empty" line). */
  private void assertFocusInQueue() {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js().executeScript(
                            "var a = document.activeElement;"
                                + " return !!a && a !== document.body"
                                + " && !!a.closest('[id=\"review:table\"]');")));
  }

  /** Logs in by typing: the user name, Tab, the password, Enter. */
  private void logInWithKeys(String username) {
    load("login.xhtml");
    browser.waitFor(By.id("login:username")).click();
    keys(username, Keys.TAB, PASSWORD, Keys.ENTER);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> browser.path().startsWith("home"));
  }

  /** Presses Tab until the element with this id has the focus (at most 120 times). */
  private void tabTo(String id) {
    tabUntil("return !!document.activeElement && document.activeElement.id === arguments[0];", id);
  }

  private void tabUntil(String condition, String argument) {
    for (int i = 0; i < 120; i++) {
      if (Boolean.TRUE.equals(js().executeScript(condition, argument))) {
        return;
      }
      keys(Keys.TAB);
    }
    throw new AssertionError(
        "120 presses of Tab did not reach "
            + argument
            + "; focus on "
            + js().executeScript(
                    "var a = document.activeElement; return a && (a.tagName + '#' + a.id);"));
  }

  private void keys(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private static String highlighted(WebElement panel) {
    List<WebElement> items = panel.findElements(By.cssSelector("li.ui-state-highlight"));
    return items.isEmpty() ? "" : items.get(0).getDomAttribute("data-label");
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name), png);
  }

  /**
   * Opens the signed-in role's home, the pages of its menu, then one level deeper: the first link
   * of each menu page's content to a page with parameters not seen yet (an edition, a programme, an
   * idea, a participant); hands each page, once loaded, to the check.
   */
  private void sweep(String role, Consumer<String> check) {
    List<String> pages = new ArrayList<>();
    pages.add(browser.path());
    pages.addAll(menuPages());
    Set<String> seen = new LinkedHashSet<>();
    List<String> details = new ArrayList<>();
    for (String page : new LinkedHashSet<>(pages)) {
      seen.add(page);
      load(page);
      check.accept(page);
      for (String link : contentLinks()) {
        String target = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        if (seen.add(target)) {
          details.add(link);
          break;
        }
      }
    }
    for (String page : details) {
      load(page);
      check.accept(page);
    }
  }

  /** Waits until an element of these is displayed: pop-ups fade in. */
  private void waitUntilShown(By elements) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> d.findElements(elements).stream().anyMatch(WebElement::isDisplayed));
  }

  private void load(String page) {
    browser.open(page);
    browser.waitForAjax();
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
