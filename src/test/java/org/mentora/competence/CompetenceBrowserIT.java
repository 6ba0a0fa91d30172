package org.mentora.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo trainee self-assesses three competences of the DIGY profile with logbook entries as
 * evidence, the demo mentor rates them, and the chart shows both levels while the gaps list what is
 * still short of the targets.
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class CompetenceBrowserIT {

  private static final String PASSWORD = "mentora-demo";
  private static final By ROWS =
      By.cssSelector("[id='competences:table_data'] > tr.competence-row");
  private static final List<String> SELF_LABELS =
      List.of("Foundation 2", "Intermediate 3", "Intermediate 4");
  private static final List<Integer> SELF_LEVELS = List.of(2, 3, 4);
  private static final int MENTOR_LEVEL = 3;

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

  @Test
  void theTraineeAssessesTheMentorRatesAndTheChartShowsBothWithTheGaps() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    browser.logIn("trainee", PASSWORD);
    browser.open("competence/profile.xhtml");
    assertTrue(browser.isPresent(By.id("profileChart")), "the chart is shown");

    // Bad input: no level chosen is named next to the field, and the comment typed stays.
    browser.type(By.id("assess:comment"), "Kept " + run);
    browser.driver().findElement(By.id("assess:save")).click();
    assertEquals("Choose a level.", browser.text(By.id("assess:levelMessage")));
    assertEquals(
        "Kept " + run, browser.driver().findElement(By.id("assess:comment")).getAttribute("value"));

    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      WebElement row = browser.driver().findElements(ROWS).get(i);
      codes.add(row.findElement(By.cssSelector(".competence-name")).getText().split(" ")[0]);
      row.findElement(By.cssSelector(".choose-competence")).click();
      browser.waitForAjax();
      browser.choose("assess:level", SELF_LABELS.get(i));
      browser.type(By.id("assess:comment"), "Self-assessment " + run);
      pickFirstEvidence();
      browser.driver().findElement(By.id("assess:save")).click();
      browser.waitForText(By.id("globalMessages"), "Your self-assessment is saved.");
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(String.valueOf(SELF_LEVELS.get(i)), cell(i, ".level-self"));
    }
    assertEquals(List.of(), browser.consoleErrors(), "trainee's competence profile");
    browser.logOut();

    browser.logIn("mentor", PASSWORD);
    browser.open("competence/participants.xhtml");
    browser.waitFor(By.linkText("Jānis Bērziņš")).click();
    browser.waitFor(By.id("assess:save"));
    for (int i = 0; i < 3; i++) {
      browser
          .driver()
          .findElements(ROWS)
          .get(i)
          .findElement(By.cssSelector(".choose-competence"))
          .click();
      browser.waitForAjax();
      browser.choose("assess:level", "Intermediate " + MENTOR_LEVEL);
      browser.type(By.id("assess:comment"), "Seen at the desk " + run);
      browser.driver().findElement(By.id("assess:save")).click();
      browser.waitForText(By.id("globalMessages"), "Your rating is saved.");
    }

    List<String> gapCodes =
        browser.driver().findElements(By.cssSelector("#gaps li.gap")).stream()
            .map(li -> li.getAttribute("data-code"))
            .toList();
    for (int i = 0; i < 3; i++) {
      assertEquals(codes.get(i), cell(i, ".competence-name").split(" ")[0]);
      assertEquals(String.valueOf(MENTOR_LEVEL), cell(i, ".level-counted"));
      assertEquals(String.valueOf(SELF_LEVELS.get(i)), cell(i, ".level-self"));
      int target = Integer.parseInt(cell(i, ".level-target"));
      assertEquals(
          target > MENTOR_LEVEL,
          gapCodes.contains(codes.get(i)),
          codes.get(i) + " with target " + target + " in the gaps " + gapCodes);
      assertEquals(SELF_LEVELS.get(i).longValue(), chartValue(1, i), "self in the chart");
      assertEquals(MENTOR_LEVEL, chartValue(2, i), "mentor's level in the chart");
      assertEquals(target, chartValue(0, i), "target in the chart");
    }
    assertEquals(List.of(), browser.consoleErrors(), "mentor's view of the profile");
  }

  @Test
  void theAdministratorNamesAFrameworkInItalianAndItalianReadersSeeThatName() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    browser.logIn("admin", PASSWORD);
    browser.open("competence/frameworks.xhtml");
    browser.waitFor(By.cssSelector("a[href*='competence/framework.xhtml']")).click();
    browser.waitFor(By.id("frameworkNames:editFrameworkNames")).click();
    browser.waitForAjax();
    By italian = By.cssSelector("#namesForm input[lang='it']");
    browser.waitFor(italian);
    browser.type(italian, "Quadro " + run);
    WebElement save = browser.waitFor(By.id("namesForm:saveNames"));
    save.click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.stalenessOf(save));

    browser.waitFor(By.id("lang-it")).click();
    try {
      browser.waitForText(By.id("pageTitle"), "Quadro " + run);
      browser.open("competence/frameworks.xhtml");
      assertTrue(
          browser.isPresent(By.partialLinkText("Quadro " + run)),
          "the list shows the Italian name");
    } finally {
      browser.waitFor(By.id("lang-en")).click();
    }
    browser.waitFor(By.cssSelector("#lang-en.current"));
    assertTrue(
        !browser.isPresent(By.partialLinkText("Quadro " + run)),
        "English readers keep the main name");
  }

  private String cell(int row, String css) {
    return browser.driver().findElements(ROWS).get(row).findElement(By.cssSelector(css)).getText();
  }

  private long chartValue(int dataset, int index) {
    Object value =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return PrimeFaces.widgets['widget_profileChart'].chart.data.datasets[arguments[0]]"
                    + ".data[arguments[1]];",
                dataset,
                index);
    return ((Number) value).longValue();
  }

  /** Ticks the first logbook entry offered as evidence and closes the list. */
  private void pickFirstEvidence() {
    browser.driver().findElement(By.id("assess:evidence")).click();
    browser
        .waitFor(
            By.cssSelector(
                "[id='assess:evidence_panel'] li.ui-selectcheckboxmenu-item .ui-chkbox-box"))
        .click();
    browser
        .driver()
        .findElement(By.cssSelector("[id='assess:evidence_panel'] .ui-selectcheckboxmenu-close"))
        .click();
  }
}
