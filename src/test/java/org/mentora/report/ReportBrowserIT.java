package org.mentora.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's journey on the demo world: the edition dashboard of the Latvian pilot,
 * narrowed to one region, its participants' table exported as Excel; the file, read back with POI,
 * holds the same rows as the page.
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class ReportBrowserIT {

  private static final String PASSWORD = "mentora-demo";
  private static final String REGION = "Vidzeme";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @ArquillianResource URL base;

  private Browser browser;
  private Path downloads;

  @BeforeEach
  void openBrowser() throws IOException {
    browser = new Browser(base);
    downloads = Files.createTempDirectory(new File("target").toPath(), "downloads-");
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theAdministratorFiltersByRegionAndExportsTheSameRowsAsExcel() throws IOException {
    browser.logIn("admin", PASSWORD);
    browser.open("report/edition-dashboard.xhtml");
    assertEquals("Edition dashboard", browser.title());

    // Only the Latvian pilot: tick its hidden checkbox of the edition choice, untick the rest.
    Object ticked =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var found = 0;"
                    + " document.querySelectorAll(\"input[type=checkbox][name='dashboard:editions']\")"
                    + ".forEach(function (box) {"
                    + "  var label = document.querySelector(\"label[for='\" + box.id + \"']\");"
                    + "  box.checked = !!label && label.textContent.indexOf('LV-PILOT') === 0;"
                    + "  if (box.checked) { found++; } });"
                    + " return found;");
    assertEquals(1L, ticked);
    browser.clickAndWait(By.id("dashboard:apply"));
    assertTrue(browser.text(By.id("dashboard:editionTable_data")).startsWith("LV-PILOT"));
    browser.choose("dashboard:region", REGION);
    browser.clickAndWait(By.id("dashboard:apply"));
    List<List<String>> page = pageRows();
    assertFalse(page.isEmpty(), "the pilot has participants in " + REGION);
    assertTrue(page.size() < 25, "all the region's rows fit one page of the table");
    page.forEach(row -> assertEquals(REGION, row.get(3)));
    String enrolled =
        browser.text(By.cssSelector("[id='dashboard:editionTable_data'] > tr > td:nth-child(3)"));
    assertEquals(String.valueOf(page.size()), enrolled, "the edition's row counts the same people");

    // The completion figures arrive after the page, for the same people.
    String completionParticipants =
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
            .until(
                d ->
                    d
                        .findElements(
                            By.cssSelector(
                                "[id='dashboard:completionTable_data'] > tr > td:nth-child(2)"))
                        .stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .findFirst()
                        .orElse(null));
    assertEquals(String.valueOf(page.size()), completionParticipants);

    browser.waitFor(By.id("dashboard:participantsXlsx")).click();
    List<List<String>> file = xlsxRows(waitForDownload("participants.xlsx"));
    assertEquals("Participant", file.get(0).get(0));
    assertEquals(page, file.subList(1, file.size()));
  }

  @Test
  void theTraineeSeesWhereTheyStandForTheirCertificate() {
    browser.logIn("trainee", PASSWORD);
    browser.open("report/my-dashboard.xhtml");
    assertEquals("My dashboard", browser.title());
    String status =
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
            .until(
                d ->
                    d.findElements(By.id("myCertificateStatus")).stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .filter(t -> !t.isBlank())
                        .findFirst()
                        .orElse(null));
    assertTrue(
        status.startsWith("To complete the course") || status.startsWith("You have completed"),
        status);
    assertTrue(
        browser.driver().findElements(By.linkText("Completion rules and my certificates")).size()
            == 1);
  }

  /**
   * The participants' table as shown: name, edition, library, region, hours, waiting, last, risk.
   */
  private List<List<String>> pageRows() {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement tr :
        browser
            .driver()
            .findElements(By.cssSelector("[id='dashboard:participantTable_data'] > tr"))) {
      List<String> cells = new ArrayList<>();
      tr.findElements(By.tagName("td")).forEach(td -> cells.add(td.getText().strip()));
      if (cells.size() > 1) {
        rows.add(cells);
      }
    }
    int width = rows.isEmpty() ? 0 : rows.get(0).size();
    rows.forEach(
        cells -> {
          while (cells.size() < width) {
            cells.add("");
          }
        });
    return rows;
  }

  private Path waitForDownload(String name) {
    Path file = downloads.resolve(name);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            d ->
                Files.isRegularFile(file)
                    && !Files.exists(downloads.resolve(name + ".crdownload")));
    return file;
  }

  private static List<List<String>> xlsxRows(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
          cells.add(
              row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)).strip());
        }
        rows.add(cells);
      }
    }
    int width = rows.isEmpty() ? 0 : rows.get(0).size();
    rows.forEach(
        cells -> {
          while (cells.size() < width) {
            cells.add("");
          }
        });
    return rows;
  }
}
