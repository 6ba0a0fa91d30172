package org.mentora.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebElement;

/** The administrator's edition pages in the browser: the hours check and concurrent editing. */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class EditionBrowserIT {

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

  /** Creates an edition through the page and returns its code. */
  static String createEdition(Browser browser, String virtualHours) {
    String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
    browser.open("course/edition.xhtml");
    browser.type(By.id("edition:code"), code);
    browser.type(By.id("edition:title"), "Summer school " + code);
    browser.choose("edition:country", "Latvia");
    browser.typeNumber("edition:targetVirtual", virtualHours);
    browser.waitForAjax();
    browser.clickAndWait(By.id("edition:save"));
    browser.waitFor(By.id("edition:reload"));
    return code;
  }

  @Test
  void theEditionPageWarnsAsYouTypeWhenThePartsDoNotAddUpAndSavesAnyway() {
    browser.logIn("admin", "mentora-demo");
    browser.open("course/edition.xhtml");
    assertTrue(
        browser.text(By.id("edition:hoursMismatch")).contains("245 h"),
        "the BIBLIO defaults disagree");

    browser.typeNumber("edition:targetVirtual", "155");
    browser.waitForAjax();
    assertTrue(browser.text(By.id("edition:hoursMatch")).contains("240 h"));

    browser.typeNumber("edition:targetVirtual", "160");
    browser.waitForAjax();
    assertTrue(browser.waitForText(By.id("edition:hoursMismatch"), "5 h more").contains("245 h"));

    String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
    browser.type(By.id("edition:code"), code);
    browser.type(By.id("edition:title"), "Edition " + code);
    browser.choose("edition:country", "Latvia");
    browser.clickAndWait(By.id("edition:save"));

    assertTrue(
        browser.waitForText(By.id("globalMessages"), "Saved with a difference").contains("245"));
    assertTrue(browser.path().startsWith("course/edition.xhtml"));
    assertEquals("Edition " + code, browser.title());
  }

  @Test
  void badInputIsNamedNextToTheFieldAndWhatWasTypedStays() {
    browser.logIn("admin", "mentora-demo");
    browser.open("course/edition.xhtml");
    browser.type(By.id("edition:code"), "has spaces!");
    browser.type(By.id("edition:title"), "Kept title");
    browser.clickAndWait(By.id("edition:save"));

    assertEquals(
        "Use letters, digits, dots, dashes and underscores only.",
        browser.text(By.id("edition:codeMessage")));
    assertEquals("Please choose a country.", browser.text(By.id("edition:countryMessage")));
    assertEquals("Kept title", browser.waitFor(By.id("edition:title")).getAttribute("value"));
  }

  @Test
  void theSecondOfTwoAdministratorsIsToldTheEditionChangedAndKeepsWhatTheyTyped() {
    browser.logIn("admin", "mentora-demo");
    createEdition(browser, "160");
    String url = browser.driver().getCurrentUrl();
    try (Browser other = new Browser(base)) {
      other.logIn("admin", "mentora-demo");
      other.driver().get(url);
      other.type(By.id("edition:title"), "Changed by the other administrator");
      other.clickAndWait(By.id("edition:save"));
      other.waitForText(By.id("globalMessages"), "Saved");
    }
    browser.type(By.id("edition:title"), "My own title");
    browser.clickAndWait(By.id("edition:save"));

    assertTrue(
        browser.waitForText(By.id("globalMessages"), "Someone else changed this").length() > 0);
    assertEquals("My own title", browser.waitFor(By.id("edition:title")).getAttribute("value"));
    browser.clickAndWait(By.id("edition:reload"));
    assertEquals(
        "Changed by the other administrator",
        browser.waitFor(By.id("edition:title")).getAttribute("value"));
  }

  @Test
  void theAdministratorImportsARosterFixesABadRowAndTheAssignedMentorSeesTheParticipant()
      throws Exception {
    browser.logIn("admin", "mentora-demo");
    createEdition(browser, "160");
    String editionId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    browser.open("course/edition-participants.xhtml?id=" + editionId);
    browser.waitFor(By.id("participants:importRoster")).click();
    browser.waitFor(By.id("roster:check"));
    assertTrue(browser.path().startsWith("course/roster.xhtml"));

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String family = "Kalniņa-" + suffix;
    String header = "E-mail;First name;Surname;Library\n";
    String anna = "anna." + suffix + "@example.lv;Anna;" + family + ";Cēsu Centrālā bibliotēka\n";
    Path badFile = Files.createTempFile(Path.of("target"), "roster-bad-", ".csv");
    Files.writeString(
        badFile, header + anna + "ivo." + suffix + "@example.lv;Ivo;Ozols;No Such Library\n");
    browser
        .driver()
        .findElement(By.cssSelector("input[type='file']"))
        .sendKeys(badFile.toAbsolutePath().toString());
    browser.waitFor(By.id("roster:check")).click();

    String problems = browser.text(By.id("roster:problems"));
    assertTrue(problems.contains("3"), problems);
    assertTrue(problems.contains("No organisation is called \"No Such Library\""), problems);
    assertEquals("Nothing from this file has been saved.", browser.text(By.id("nothingSaved")));
    assertFalse(
        browser.waitFor(By.id("roster:import")).isEnabled(),
        "a file with problems cannot be imported");

    Path goodFile = Files.createTempFile(Path.of("target"), "roster-good-", ".csv");
    Files.writeString(
        goodFile, header + anna + "ivo." + suffix + "@example.lv;Ivo;Ozols;Valmieras bibliotēka\n");
    browser
        .driver()
        .findElement(By.cssSelector("input[type='file']"))
        .sendKeys(goodFile.toAbsolutePath().toString());
    browser.waitFor(By.id("roster:check")).click();
    assertTrue(browser.text(By.id("summary")).startsWith("2 rows: 2 new"));
    browser.clickAndWait(By.id("roster:import"));
    assertEquals("Imported", browser.text(By.id("reportHeading")));
    assertTrue(browser.waitForText(By.id("globalMessages"), "Imported: 2 new").length() > 0);

    browser.open("course/edition-participants.xhtml?id=" + editionId);
    WebElement row = browser.waitFor(By.xpath("//tr[td[contains(., '" + family + "')]]"));
    row.findElement(By.cssSelector("button[title='Assign a mentor']")).click();
    browser.waitForAjax();
    browser.type(By.id("mentorForm:mentor_input"), "mentor@demo.mentora");
    browser.waitFor(By.cssSelector("[id='mentorForm:mentor_panel'] li")).click();
    browser.waitFor(By.cssSelector("[id='mentorForm:relation'] .ui-radiobutton-box")).click();
    browser.clickAndWait(By.id("mentorForm:assign"));
    assertTrue(
        browser
                .waitForText(By.xpath("//tr[td[contains(., '" + family + "')]]"), "Inese Liepiņa")
                .length()
            > 0);
    browser.logOut();

    browser.logIn("mentor", "mentora-demo");
    browser.open("course/my-participants.xhtml");
    assertTrue(browser.waitForText(By.id("main"), family).contains("Anna"));
  }
}
