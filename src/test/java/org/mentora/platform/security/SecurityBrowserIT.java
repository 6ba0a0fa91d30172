package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * Script and expression payloads typed into the main forms of a real browser: saved, shown back
 * exactly as typed, never run (no alert, nothing blocked by the Content-Security-Policy, which
 * would show as a console error) and never evaluated ({@code #{1+1}} stays, it does not become 2).
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class SecurityBrowserIT {

  private static final String PASSWORD = "mentora-demo";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @ArquillianResource URL base;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private static String payload(String field) {
    return field + UUID.randomUUID().toString().substring(0, 6) + SecurityIT.PAYLOAD;
  }

  /** Nothing ran: no alert is open and the page logged no error (a blocked script logs one). */
  private void assertNothingRan(String where) {
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), where);
    assertEquals(List.of(), browser.consoleErrors(), where);
  }

  private boolean shows(By elements, String text) {
    return browser.driver().findElements(elements).stream()
        .map(WebElement::getText)
        .anyMatch(text::equals);
  }

  /** {@link #shows} on any page of a paginated table, turning its pages forward. */
  private boolean showsInPages(String tableId, By elements, String text) {
    By next = By.cssSelector("[id='" + tableId + "'] .ui-paginator-next:not(.ui-state-disabled)");
    for (int page = 0; page < 20; page++) {
      if (shows(elements, text)) {
        return true;
      }
      List<WebElement> forward = browser.driver().findElements(next);
      if (forward.isEmpty()) {
        return false;
      }
      forward.get(0).click();
      browser.waitForAjax();
    }
    return shows(elements, text);
  }

  @Test
  void aTopicNamedWithMarkupAndExpressionsIsListedExactlyAsTyped() {
    String name = payload("topic");
    browser.logIn("admin", PASSWORD);
    browser.open("project/topics.xhtml");
    browser.type(By.id("topics:topicName"), name);
    browser.clickAndWait(By.id("topics:add"));

    assertTrue(shows(By.cssSelector("#topics\\:table_data td span"), name), "the topic is listed");
    assertNothingRan("topics after adding");
    browser.open("project/topics.xhtml");
    assertTrue(shows(By.cssSelector("#topics\\:table_data td span"), name), "after a reload");
    assertNothingRan("topics after a reload");
  }

  @Test
  void aProgrammeNamedWithMarkupAndExpressionsIsListedExactlyAsTyped() {
    String name = payload("programme");
    browser.logIn("admin", PASSWORD);
    browser.open("course/programmes.xhtml");
    browser.type(By.id("newProgramme:name"), name);
    browser.type(By.id("newProgramme:eqfLevel_input"), "5");
    browser.clickAndWait(By.id("newProgramme:create"));
    assertNothingRan("after creating the programme");

    browser.open("course/programmes.xhtml");
    assertTrue(shows(By.cssSelector("#programmes_data a"), name), "the programme is listed");
    assertNothingRan("programmes");
  }

  @Test
  void aLogbookDescriptionWithMarkupAndExpressionsIsShownExactlyAsTyped() {
    String description = payload("entry");
    // A day of its own for each run, so reruns on one database stay under the daily cap.
    LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 60));
    browser.logIn("trainee", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "PF('entryDate').setDate(new Date(arguments[0], arguments[1], arguments[2]));",
            day.getYear(),
            day.getMonthValue() - 1,
            day.getDayOfMonth());
    browser.choose("entry:mode", "Work-based learning");
    browser.waitForAjax();
    browser.typeNumber("entry:duration", "0.5");
    browser.type(By.id("entry:description"), description);
    browser.clickAndWait(By.id("entry:save"));
    browser.waitForText(By.id("globalMessages"), "Logged");

    assertTrue(shows(By.cssSelector(".entry-description"), description), "the entry is listed");
    assertNothingRan("logbook after saving");
    browser.open("logbook/my-logbook.xhtml");
    // The logbook pages its entries 25 at a time, newest first: a day weeks back may be on a
    // later page once the page is opened afresh.
    assertTrue(
        showsInPages("entries:table", By.cssSelector(".entry-description"), description),
        "after a reload");
    assertNothingRan("logbook after a reload");
  }

  @Test
  void aSearchTextInThePublicCatalogueAddressIsShownBackAsText() {
    String text = payload("search");
    browser.open("good-practices/index.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    assertEquals(text, browser.waitFor(By.id("q")).getAttribute("value"));
    assertNothingRan("the catalogue with a search text");
  }
}
