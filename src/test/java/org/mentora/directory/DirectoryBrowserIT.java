package org.mentora.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator's organisation and people pages in the browser. */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class DirectoryBrowserIT {

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

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Chooses an option of a selectOneMenu like {@link Browser#choose}, but waits until the panel's
   * opening transition (CSS, not a jQuery animation) is over and clicks the item again when the
   * first click landed while it still moved; two menus in a row on a short form hit that.
   */
  private void choose(String menuId, String label) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    By panel = By.id(menuId + "_panel");
    By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
    browser.waitFor(By.id(menuId)).click();
    for (int attempt = 1; ; attempt++) {
      WebElement option = browser.waitFor(item);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(
              driver ->
                  Boolean.TRUE.equals(
                      js.executeScript(
                          "var p = document.getElementById(arguments[0]);"
                              + " var s = getComputedStyle(p);"
                              + " return s.opacity === '1' && (s.transform === 'none' || !s.transform)"
                              + " && !/overlay-(enter|exit)-active/.test(p.className)"
                              + " && (!window.jQuery || jQuery(':animated').length === 0);",
                          menuId + "_panel")));
      try {
        option.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
            .until(ExpectedConditions.invisibilityOfElementLocated(panel));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
            .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
        return;
      } catch (TimeoutException | ElementClickInterceptedException e) {
        if (attempt == 3) {
          throw e;
        }
        if (!browser.driver().findElement(panel).isDisplayed()) {
          browser.waitFor(By.id(menuId)).click();
        }
      }
    }
  }

  /**
   * Types into a table's column filter and waits until the table shows only rows with the expected
   * text, then returns the table's text.
   */
  private String filterTable(String tableId, String column, String text, String expected) {
    browser.type(By.id(tableId + ":" + column + ":filter"), text);
    By rows = By.cssSelector("[id='" + tableId + "_data'] > tr");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              List<WebElement> shown = driver.findElements(rows);
              return !shown.isEmpty()
                  && shown.stream().allMatch(row -> row.getText().contains(expected));
            });
    return browser.text(By.id(tableId + "_data"));
  }

  @Test
  void aMissingNameIsNamedBesideTheFieldAndTheSavedOrganisationIsFoundByTheFilter() {
    browser.logIn("admin", PASSWORD);
    browser.open("directory/organisation.xhtml");
    browser.type(By.id("organisation:city"), "Cēsis");
    choose("organisation:kind", "Public library");
    choose("organisation:country", "Latvia");
    browser.clickAndWait(By.id("organisation:save"));

    assertEquals(
        "Please enter the organisation's name.",
        browser.waitForText(
            By.id("organisation:nameMessage"), "Please enter the organisation's name."));
    assertEquals("Cēsis", browser.waitFor(By.id("organisation:city")).getAttribute("value"));

    String name = "Bibliotēka " + unique();
    browser.type(By.id("organisation:name"), name);
    browser.clickAndWait(By.id("organisation:save"));
    browser.waitFor(By.id("organisation:reload"));
    assertTrue(browser.text(By.id("globalMessages")).contains("Saved."));
    assertEquals(name, browser.title());

    browser.open("directory/organisations.xhtml");
    String row = filterTable("organisations:table", "name", name, name);
    assertTrue(
        row.contains("Public library") && row.contains("Latvia") && row.contains("Cēsis"), row);
    assertEquals(
        1,
        browser.driver().findElements(By.cssSelector("[id='organisations:table_data'] tr")).size());
  }

  @Test
  void theKindAndCountryFiltersAreChoices() {
    browser.logIn("admin", PASSWORD);
    browser.open("directory/organisations.xhtml");
    choose("organisations:table:kindFilter", "Regional library");
    By rows = By.cssSelector("[id='organisations:table_data'] > tr");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver ->
                driver.findElements(rows).stream()
                    .allMatch(row -> row.getText().contains("Regional library")));
    String row = filterTable("organisations:table", "name", "Valmieras", "Valmieras bibliotēka");
    assertTrue(row.contains("Regional library"), row);

    choose("organisations:table:countryFilter", "Estonia");
    browser.waitForText(By.id("organisations:table_data"), "Nothing to show yet.");
  }

  @Test
  void aDuplicateOrganisationNameInTheSameCountryIsNamedBesideTheName() {
    browser.logIn("admin", PASSWORD);
    browser.open("directory/organisation.xhtml");
    browser.type(By.id("organisation:name"), "Valmieras bibliotēka");
    choose("organisation:kind", "Regional library");
    choose("organisation:country", "Latvia");
    browser.clickAndWait(By.id("organisation:save"));

    assertEquals(
        "An organisation of this name already exists in this country.",
        browser.waitForText(
            By.id("organisation:nameMessage"),
            "An organisation of this name already exists in this country."));
  }

  @Test
  void aPersonWithAUnicodeNameIsSavedAfterTheEmailIsFixedAndShowsInTheList() {
    browser.logIn("admin", PASSWORD);
    String family = "Παπαδοπούλου-" + unique();
    browser.open("directory/person.xhtml");
    browser.type(By.id("person:givenName"), "Σοφία");
    browser.type(By.id("person:familyName"), family);
    browser.type(By.id("person:email"), "not-an-email");
    browser.clickAndWait(By.id("person:save"));
    assertEquals(
        "This is not a valid e-mail address.",
        browser.waitForText(By.id("person:emailMessage"), "This is not a valid e-mail address."));

    browser.type(By.id("person:email"), "ADMIN@demo.mentora.example");
    browser.clickAndWait(By.id("person:save"));
    assertEquals(
        "Another person already uses this e-mail address.",
        browser.waitForText(
            By.id("person:emailMessage"), "Another person already uses this e-mail address."));
    assertEquals(family, browser.waitFor(By.id("person:familyName")).getAttribute("value"));

    String email = "sofia." + unique() + "@example.org";
    browser.type(By.id("person:email"), email);
    browser.type(By.id("person:organisation_input"), "Valmier");
    browser
        .waitFor(
            By.cssSelector(
                "[id='person:organisation_panel'] li[data-item-label='Valmieras bibliotēka']"))
        .click();
    browser.waitForAjax();
    browser.clickAndWait(By.id("person:save"));
    browser.waitFor(By.id("person:reload"));
    assertEquals("Σοφία " + family, browser.title());
    assertEquals("Σοφία", browser.waitFor(By.id("person:givenName")).getAttribute("value"));

    browser.open("directory/people.xhtml");
    String row = filterTable("people:table", "familyName", family, email);
    assertTrue(
        row.contains("Σοφία") && row.contains(family) && row.contains("Valmieras bibliotēka"), row);
  }

  /**
   * Issue 18: an administrator gives a new person an account without ever typing a password; the
   * person chooses it from the welcome mail, and later sets a new one through "Forgot your
   * password?". No mail server in the test server: the administrator reads the mails in the outbox,
   * where they are kept, and the test follows their links.
   */
  @Test
  void aNewPersonChoosesTheirPasswordAndLaterResetsAForgottenOne() {
    String run = unique();
    String email = "rasa." + run + "@example.org";
    browser.logIn("admin", PASSWORD);
    browser.open("directory/person.xhtml");
    browser.type(By.id("person:givenName"), "Rasa");
    browser.type(By.id("person:familyName"), "Kalniņa-" + run);
    browser.type(By.id("person:email"), email);
    browser.clickAndWait(By.id("person:save"));
    browser.waitFor(By.id("person:reload"));
    assertEquals(email, browser.waitFor(By.id("account:username")).getAttribute("value"));
    browser.clickAndWait(By.id("account:createAccount"));
    assertTrue(
        browser.waitForText(By.id("globalMessages"), "The account is created").contains(email));
    assertTrue(browser.isPresent(By.id("person:sendPasswordLink")), "the account exists now");
    assertFalse(browser.isPresent(By.id("account:createAccount")));
    String welcome = mailLink(email, "choose your password");
    browser.logOut();

    browser.open(welcome);
    browser.type(By.id("choose:newPassword"), "short");
    browser.type(By.id("choose:newPasswordRepeat"), "short");
    browser.clickAndWait(By.id("choose:save"));
    assertTrue(browser.isPresent(By.id("choose:newPasswordMessage")), "the rule beside the field");
    // Not the run's mark: it is in the person's name and address, which a password may not hold.
    String first = "Lasītava pie Daugavas " + unique().replaceAll("[0-9]", "x");
    browser.type(By.id("choose:newPassword"), first);
    browser.type(By.id("choose:newPasswordRepeat"), first);
    browser.clickAndWait(By.id("choose:save"));
    assertEquals(
        "login.xhtml", browser.path(), () -> browser.driver().findElement(By.id("main")).getText());
    assertTrue(browser.text(By.id("globalMessages")).contains("Your password is set"));
    browser.logIn(email, first);
    assertTrue(browser.isPresent(By.id("menuForm:logout")), "logged in with the chosen password");
    browser.logOut();

    // Forgotten: the same answer for an account and for no account, and a link that works once.
    browser.open("login.xhtml");
    browser.clickAndWait(By.id("forgotPassword"));
    browser.type(By.id("ask:who"), "nobody-" + run);
    browser.clickAndWait(By.id("ask:send"));
    String answer = browser.text(By.id("sent"));
    browser.type(By.id("ask:who"), email.toUpperCase(java.util.Locale.ROOT));
    browser.clickAndWait(By.id("ask:send"));
    assertEquals(answer, browser.text(By.id("sent")), "no account enumeration");
    assertEquals(List.of(), browser.consoleErrors(), "password reset page");

    browser.logIn("admin", PASSWORD);
    String reset = mailLink(email, "new password");
    browser.logOut();
    browser.open(reset);
    String second = "Grāmatu plaukts pie loga " + unique().replaceAll("[0-9]", "y");
    browser.type(By.id("choose:newPassword"), second);
    browser.type(By.id("choose:newPasswordRepeat"), second + "!");
    browser.clickAndWait(By.id("choose:save"));
    assertTrue(browser.isPresent(By.id("choose:newPasswordRepeatMessage")), "repeat mismatch");
    browser.type(By.id("choose:newPassword"), second);
    browser.type(By.id("choose:newPasswordRepeat"), second);
    browser.clickAndWait(By.id("choose:save"));
    browser.logIn(email, second);
    assertTrue(browser.isPresent(By.id("menuForm:logout")), "logged in with the new password");
    browser.logOut();
    browser.open(reset);
    assertTrue(browser.text(By.id("linkProblem")).contains("used already"), "a link works once");
    assertTrue(browser.isPresent(By.id("ask:who")), "and offers to ask for a new one");
  }

  /**
   * The link in the newest kept mail to {@code address} whose subject contains {@code subject}, as
   * an administrator reads it in the outbox (waits for the dispatch, every 15 s).
   */
  private String mailLink(String address, String subject) {
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      browser.open("notification/outbox.xhtml");
      By mail =
          By.xpath("(//tr[contains(.,'" + address + "')][contains(.,'" + subject + "')])[1]//a");
      if (browser.isPresent(mail)) {
        browser.clickAndWait(mail);
        String text = browser.text(By.id("mailText"));
        int at = text.indexOf("password-reset.xhtml?token=");
        assertTrue(at >= 0, text);
        String link = text.substring(at);
        int end = link.indexOf('\n');
        return (end < 0 ? link : link.substring(0, end)).strip();
      }
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("No mail to " + address + " about '" + subject + "' in the outbox");
  }

  @Test
  void latvianAndCyrillicNamesRoundTripAndTheRolesOfAnAccountAreShown() {
    browser.logIn("admin", PASSWORD);
    String family = "Bērziņš-" + unique();
    browser.open("directory/person.xhtml");
    browser.type(By.id("person:givenName"), "Jānis Мария");
    browser.type(By.id("person:familyName"), family);
    browser.type(
        By.id("person:email"),
        family.toLowerCase().replace("ē", "e").replace("ņ", "n").replace("š", "s")
            + "@example.org");
    browser.clickAndWait(By.id("person:save"));
    browser.waitFor(By.id("person:reload"));
    assertEquals("Jānis Мария", browser.waitFor(By.id("person:givenName")).getAttribute("value"));
    assertEquals(family, browser.waitFor(By.id("person:familyName")).getAttribute("value"));
    assertEquals("No account yet", browser.text(By.id("person:noAccount")));

    browser.open("directory/people.xhtml");
    filterTable("people:table", "email", "admin@demo", "Kalniņa");
    browser.driver().findElement(By.linkText("Kalniņa")).click();
    assertEquals(
        "Course administrator",
        browser
            .waitForText(By.id("person"), "Course administrator")
            .lines()
            .filter(l -> l.equals("Course administrator"))
            .findFirst()
            .orElse(""));
  }

  /**
   * Submits the list's form as its export button does and answers the download: the CSV's text, or
   * for Excel the first two bytes of the file (a zip: "PK").
   */
  private String export(String formId, String buttonId, boolean text) {
    Object answer =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " var form = document.getElementById(arguments[0]);"
                    + " var data = new FormData(form); data.append(arguments[1], arguments[1]);"
                    + " fetch(form.action, {method: 'POST', body: new URLSearchParams(data)})"
                    + ".then(r => arguments[2] ? r.text()"
                    + " : r.arrayBuffer().then(b => String.fromCharCode.apply(null,"
                    + " new Uint8Array(b.slice(0, 2)))))"
                    + ".then(done, e => done('failed: ' + e));",
                formId,
                formId + ":" + buttonId,
                text);
    return String.valueOf(answer);
  }

  @Test
  void bothListsExportToCsvAndExcelWithUnicodeIntact() {
    browser.logIn("admin", PASSWORD);
    browser.open("directory/organisations.xhtml");
    assertEquals("Export to CSV", browser.text(By.id("organisations:exportCsv")));
    assertEquals("Export to Excel", browser.text(By.id("organisations:exportXlsx")));
    String csv = export("organisations", "exportCsv", true);
    assertTrue(csv.contains("Valmieras bibliotēka") && csv.contains("Regional library"), csv);
    assertEquals("PK", export("organisations", "exportXlsx", false));

    browser.open("directory/people.xhtml");
    assertEquals("Export to CSV", browser.text(By.id("people:exportCsv")));
    assertEquals("Export to Excel", browser.text(By.id("people:exportXlsx")));
    String people = export("people", "exportCsv", true);
    assertTrue(people.contains("Kalniņa") && people.contains("admin@demo.mentora.example"), people);
    assertEquals("PK", export("people", "exportXlsx", false));
  }

  @Test
  void theSecondOfTwoAdministratorsIsToldTheOrganisationChangedAndKeepsWhatTheyTyped() {
    browser.logIn("admin", PASSWORD);
    String name = "Bibliotēka " + unique();
    browser.open("directory/organisation.xhtml");
    browser.type(By.id("organisation:name"), name);
    choose("organisation:kind", "Public library");
    choose("organisation:country", "Latvia");
    browser.clickAndWait(By.id("organisation:save"));
    browser.waitFor(By.id("organisation:reload"));
    String url = browser.driver().getCurrentUrl();
    try (Browser other = new Browser(base)) {
      other.logIn("admin", PASSWORD);
      other.driver().get(url);
      other.type(By.id("organisation:city"), "Valmiera");
      other.clickAndWait(By.id("organisation:save"));
      other.waitForText(By.id("globalMessages"), "Saved");
    }
    browser.type(By.id("organisation:city"), "Cēsis");
    browser.clickAndWait(By.id("organisation:save"));

    assertTrue(
        browser.waitForText(By.id("globalMessages"), "Someone else changed this").length() > 0);
    assertEquals("Cēsis", browser.waitFor(By.id("organisation:city")).getAttribute("value"));
    browser.clickAndWait(By.id("organisation:reload"));
    assertEquals("Valmiera", browser.waitFor(By.id("organisation:city")).getAttribute("value"));
    browser.type(By.id("organisation:city"), "Cēsis");
    browser.clickAndWait(By.id("organisation:save"));
    browser.waitForText(By.id("globalMessages"), "Saved.");
  }

  @Test
  void onlyAdministratorsMayOpenTheDirectoryPagesOrSeeThemInTheMenu() {
    browser.logIn("admin", PASSWORD);
    assertTrue(browser.driver().getPageSource().contains("/directory/organisations.xhtml"));
    assertTrue(browser.driver().getPageSource().contains("/directory/people.xhtml"));
    browser.logOut();

    browser.logIn("mentor", PASSWORD);
    assertTrue(!browser.driver().getPageSource().contains("/directory/people.xhtml"));
    browser.open("directory/people.xhtml");
    assertEquals("Page not found", browser.title());
    browser.open("directory/organisation.xhtml");
    assertEquals("Page not found", browser.title());
  }
}
