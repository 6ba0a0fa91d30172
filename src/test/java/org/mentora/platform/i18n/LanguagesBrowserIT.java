package org.mentora.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Choosing a language: the switcher on every page, the browser's language, the preference; and the
 * demo world's Latvian, Bulgarian, Greek and Italian accounts working in their languages (a Latvian
 * trainee typing a Latvian date and a decimal comma, a Greek mentor approving in Greek).
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class LanguagesBrowserIT {

  private static final String PASSWORD = "mentora-demo";
  private static final Locale LATVIAN = Locale.forLanguageTag("lv");
  private static final Locale BULGARIAN = Locale.forLanguageTag("bg");
  private static final Locale GREEK = Locale.forLanguageTag("el");
  private static final Locale ITALIAN = Locale.forLanguageTag("it");

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

  private String text(Locale language, String key, Object... arguments) {
    return Bundles.format(language, key, arguments);
  }

  private String htmlLang() {
    return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
  }

  @Test
  void theSwitcherChangesTheLanguageAndTheChoiceSurvivesLogout() {
    browser.open("login.xhtml");
    assertEquals("en", htmlLang());
    assertEquals("Log in", browser.title());

    browser.waitFor(By.id("lang-lv")).click();
    browser.waitForText(By.id("pageTitle"), text(LATVIAN, "login.title"));
    assertEquals("lv", htmlLang());
    assertEquals("login.xhtml", browser.path(), "the switcher returns to the same page");

    // The demo tutor prefers English: signing in speaks the person's language...
    browser.logIn("tutor", PASSWORD);
    assertEquals("en", htmlLang());
    // ...until they choose another in the header, which becomes their preference.
    browser.waitFor(By.id("lang-lv")).click();
    browser.waitFor(By.cssSelector("html[lang='lv']"));
    assertEquals(text(LATVIAN, "layout.logout"), browser.text(By.id("menuForm:logout")));

    browser.logOut();
    assertEquals("lv", htmlLang(), "the choice survives logout");
    browser.logIn("tutor", PASSWORD);
    assertEquals("lv", htmlLang(), "and is the person's preference at the next login");

    browser.waitFor(By.id("lang-en")).click();
    browser.waitFor(By.cssSelector("html[lang='en']"));
    assertEquals(
        browser.driver().findElements(By.cssSelector(".language-choice.current")).size(), 1);
  }

  @Test
  void anAnonymousVisitorGetsTheCatalogueInTheirBrowsersLanguage() {
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        Map.of("headers", Map.of("Accept-Language", "bg-BG,bg;q=0.9,en;q=0.5")));

    browser.open("good-practices/");

    assertEquals("bg", htmlLang());
    assertEquals(text(BULGARIAN, "goodPractices.title"), browser.title());
    assertTrue(
        browser.driver().manage().getCookieNamed(CurrentLocale.COOKIE) == null,
        "nothing is remembered until the visitor chooses");
  }

  @Test
  void anAnonymousVisitorWhoseBrowserSpeaksItalianGetsTheCatalogueInItalian() {
    browser.close();
    browser = new Browser(base, "it");

    browser.open("good-practices/");

    assertEquals("it", htmlLang());
    assertEquals(text(ITALIAN, "goodPractices.title"), browser.title());
    assertEquals(text(ITALIAN, "layout.login"), browser.text(By.id("loginLink")));
    assertTrue(
        browser.driver().manage().getCookieNamed(CurrentLocale.COOKIE) == null,
        "nothing is remembered until the visitor chooses");
  }

  @Test
  void eachCountrysDemoAccountsWorkInTheirLanguage() {
    Map<String, String> accounts = new java.util.LinkedHashMap<>();
    accounts.put("trainee-lv", "lv");
    accounts.put("mentor-lv", "lv");
    accounts.put("trainee-bg", "bg");
    accounts.put("mentor-bg", "bg");
    accounts.put("trainee-el", "el");
    accounts.put("mentor-el", "el");
    accounts.put("trainee-it", "it");
    accounts.put("mentor-it", "it");
    accounts.forEach(
        (user, language) -> {
          browser.logIn(user, PASSWORD);
          assertEquals(language, htmlLang(), user);
          browser.logOut();
        });
    // The trainees' editions carry titles in their language.
    browser.logIn("trainee-bg", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    assertEquals(
        "Специализиран курс BIBLIO: българско пилотно издание", browser.text(By.id("editionName")));
    assertEquals(List.of(), browser.consoleErrors(), "Bulgarian trainee's logbook");
  }

  @Test
  void aLatvianTraineeLogsHoursWithALatvianDateAndADecimalComma() {
    String description = "Lasītāju konsultācijas e-pakalpojumos " + run();
    LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 60));

    browser.logIn("trainee-lv", PASSWORD);
    assertEquals("lv", htmlLang(), "the trainee prefers Latvian");
    browser.open("logbook/my-logbook.xhtml");
    assertEquals(text(LATVIAN, "logbook.mine.title"), browser.title());

    // The date picker speaks Latvian: this month's name and the days of the week as Latvians
    // write them, Monday first.
    browser.waitFor(By.cssSelector("[id='entry:date'] button")).click();
    By panels = By.cssSelector(".p-datepicker-panel");
    WebElement panel =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
            .until(
                d ->
                    d.findElements(panels).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    String shown = panel.getText();
    String month = LocalDate.now().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, LATVIAN);
    assertTrue(shown.toLowerCase(LATVIAN).contains(month.toLowerCase(LATVIAN)), shown);
    List<String> words = List.of(shown.split("\\s+"));
    assertTrue(words.containsAll(List.of("Pi", "Ot", "Tr", "Ce", "Pk", "Se", "Sv")), shown);
    assertFalse(words.contains("Mo") || words.contains("We"), shown);
    // Escape closes it and gives the focus back to the field. (Not a click outside: PrimeFaces
    // ignores clicks for 200 ms after the calendar opens, and a fast browser clicks sooner.)
    // Pressed again while the calendar stays open: a key that arrives while it is still opening
    // is not seen by it (this failed once in CI).
    new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            d -> {
              if (d.findElements(panels).stream().noneMatch(WebElement::isDisplayed)) {
                return true;
              }
              new org.openqa.selenium.interactions.Actions(d).sendKeys(Keys.ESCAPE).perform();
              return false;
            });
    assertEquals(
        "entry:date_input", browser.driver().switchTo().activeElement().getAttribute("id"));

    browser.choose("entry:mode", "Darba vidē balstītas mācības");
    browser.waitForAjax();
    String typedDay =
        String.format("%02d.%02d.%d.", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    typeDate("entry:date", typedDay);
    // A slip first: the message beside the field is Latvian, and the typed text stays.
    browser.type(By.id("entry:duration"), "1,1");
    browser.type(By.id("entry:description"), description);
    browser.clickAndWait(By.id("entry:save"));
    assertEquals(
        text(LATVIAN, "logbook.duration.step", 15), browser.text(By.id("entry:durationMessage")));
    assertEquals("1,1", value("entry:duration"));
    assertEquals(typedDay, value("entry:date_input"));

    browser.type(By.id("entry:duration"), "1,5");
    browser.clickAndWait(By.id("entry:save"));
    browser.waitForText(By.id("globalMessages"), text(LATVIAN, "logbook.logged"));
    String row = entryRow(description).getText();
    assertTrue(row.contains(text(LATVIAN, "hours.value", new BigDecimal("1.5"))), row);
    assertTrue(row.contains("1,5"), "a decimal comma in Latvian: " + row);
    assertTrue(row.contains(Formats.date(LATVIAN, day)), row);
    assertEquals(text(LATVIAN, "EntryStatus.SUBMITTED"), status(description));
    assertEquals(List.of(), browser.consoleErrors(), "Latvian trainee's logbook");
  }

  @Test
  void aGreekMentorApprovesAGreekTraineesHoursInGreek() {
    String description = "Βοήθεια σε αναγνώστες με τις ηλεκτρονικές υπηρεσίες " + run();
    LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 60));

    browser.logIn("trainee-el", PASSWORD);
    assertEquals("el", htmlLang());
    browser.open("logbook/my-logbook.xhtml");
    browser.choose("entry:mode", "Μάθηση στον χώρο εργασίας");
    browser.waitForAjax();
    typeDate("entry:date", day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
    browser.type(By.id("entry:duration"), "1,5");
    browser.type(By.id("entry:description"), description);
    browser.clickAndWait(By.id("entry:save"));
    browser.waitForText(By.id("globalMessages"), text(GREEK, "logbook.logged"));
    assertEquals(text(GREEK, "EntryStatus.SUBMITTED"), status(description));
    browser.logOut();

    browser.logIn("mentor-el", PASSWORD);
    assertEquals("el", htmlLang(), "the mentor prefers Greek");
    browser.open("logbook/review.xhtml");
    assertEquals(text(GREEK, "logbook.review.title"), browser.title());
    browser.type(By.id("review:participant"), "Σοφία Καραγιάννη");
    browser.clickAndWait(By.id("review:search"));
    WebElement row = queueRow(description);
    assertTrue(
        row.getText().contains(text(GREEK, "hours.value", new BigDecimal("1.5"))), row.getText());
    assertTrue(row.getText().contains(Formats.date(GREEK, day)), row.getText());
    row.findElement(By.xpath(".//button[contains(@id,':approve')]")).click();
    browser.waitForAjax();
    browser.waitForText(By.id("globalMessages"), text(GREEK, "logbook.approved"));
    assertEquals(List.of(), browser.consoleErrors(), "Greek mentor's review queue");
    browser.logOut();

    browser.logIn("trainee-el", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    assertEquals(text(GREEK, "EntryStatus.APPROVED"), status(description));
  }

  private static String run() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Types a day as a person does: into the field, replacing its text, then leaves the field. */
  private void typeDate(String id, String typed) {
    WebElement input = browser.waitFor(By.id(id + "_input"));
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(typed, Keys.TAB);
  }

  private String value(String id) {
    return browser.waitFor(By.id(id)).getDomProperty("value");
  }

  private WebElement entryRow(String description) {
    return browser.waitForInPages(
        "entries:table",
        By.xpath(
            "//tbody[@id='entries:table_data']/tr[.//span[contains(@class,'entry-description')"
                + " and normalize-space(.)=\""
                + description
                + "\"]]"));
  }

  private String status(String description) {
    return entryRow(description).findElement(By.cssSelector(".entry-status")).getText();
  }

  private WebElement queueRow(String description) {
    return browser.waitFor(
        By.xpath(
            "//tbody[@id='review:table_data']/tr[.//span[contains(@class,'queue-description')"
                + " and normalize-space(.)=\""
                + description
                + "\"]]"));
  }
}
