package org.mentora.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.support.Browser;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresBrowser;
import org.mentora.support.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's edition pages in the browser: the hours check, concurrent editing, admission
 * from a trainee's application to the participants list, and the participants' exports.
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class EditionBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() throws IOException {
    WebArchive archive = Deployments.mentora().addClass(CourseWorldServlet.class);
    String webXml;
    try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // The fixture servlet answers without a login, in this deployment only.
    String open =
        """
          <security-constraint>
            <web-resource-collection>
              <web-resource-name>test-fixtures</web-resource-name>
              <url-pattern>/test-fixtures/*</url-pattern>
            </web-resource-collection>
          </security-constraint>
        </web-app>
        """;
    archive.delete("WEB-INF/web.xml");
    return archive.setWebXML(new StringAsset(webXml.replace("</web-app>", open)));
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

  /** Creates an edition through the page and returns its code. */
  static String createEdition(Browser browser, String virtualHours) {
    String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
    browser.open("course/edition.xhtml");
    browser.type(By.id("edition:code"), code);
    browser.type(By.id("edition:title"), "Summer school " + code);
    browser.choose("edition:country", "Latvia");
    browser.typeNumber("edition:blended:1:target", virtualHours);
    browser.waitForAjax();
    browser.clickAndWait(By.id("edition:save"));
    browser.waitFor(By.id("edition:reload"));
    return code;
  }

  @Test
  void aNewEditionStartsFromTheProgrammesDefaultsWithoutAWarningAndWarnsWhenThePartsDisagree() {
    browser.logIn("admin", "mentora-demo");
    browser.open("course/edition.xhtml");
    assertTrue(
        browser.text(By.id("edition:hoursMatch")).contains("240 h"),
        "the BIBLIO programme's defaults add up");
    assertFalse(browser.isPresent(By.id("edition:hoursMismatch")));
    String virtual = browser.waitFor(By.id("edition:blended:1:target")).getAttribute("value");
    assertTrue(virtual.startsWith("155"), virtual);

    browser.typeNumber("edition:blended:1:target", "160");
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
  void aTraineeAppliesTheAdministratorAdmitsAndTheTraineeIsAParticipant() throws Exception {
    String[] world = courseWorld(false);
    String editionId = world[0];
    String family = world[2];

    browser.logIn(world[1], TestData.PASSWORD);
    browser.open("course/apply.xhtml");
    browser.choose("apply:edition", world[3]);
    browser.type(By.id("apply:projectIdeaTitle"), "Family reading club");
    browser.clickAndWait(By.id("apply:send"));
    browser.waitForText(By.id("globalMessages"), "Your application has been sent");
    assertTrue(browser.waitForText(By.id("mine:table"), "Submitted").contains("Test edition"));
    browser.logOut();

    browser.logIn("admin", "mentora-demo");
    browser.open("course/edition-admission.xhtml?id=" + editionId);
    WebElement row = browser.waitFor(By.xpath("//tr[td[contains(., '" + family + "')]]"));
    assertEquals("1", row.findElement(By.tagName("td")).getText().strip(), "ranked first");
    row.findElement(By.xpath(".//button[contains(., 'Decide')]")).click();
    browser.waitForAjax();
    browser.clickAndWait(By.id("decisionForm:accept"));
    browser.waitForText(By.id("globalMessages"), "is accepted and enrolled");

    browser.open("course/edition-participants.xhtml?id=" + editionId);
    assertTrue(
        browser
            .waitForText(By.xpath("//tr[td[contains(., '" + family + "')]]"), "Active")
            .contains("Līga"));
    browser.logOut();

    browser.logIn(world[1], TestData.PASSWORD);
    browser.open("course/apply.xhtml");
    assertTrue(browser.waitForText(By.id("mine:table"), "Accepted").contains("Test edition"));
  }

  @Test
  void theParticipantsExportHasTheRowsAsCsvAndAsAnExcelFileThatOpens() throws Exception {
    String[] world = courseWorld(true);
    browser.logIn("admin", "mentora-demo");
    browser.open("course/edition-participants.xhtml?id=" + world[0]);
    browser.waitFor(By.xpath("//tr[td[contains(., '" + world[2] + "')]]"));

    browser.waitFor(By.id("participants:exportCsv")).click();
    List<String> csv = Files.readAllLines(waitForDownload("participants.csv"));
    assertEquals(2, csv.size(), csv.toString());
    assertTrue(csv.get(0).contains("Family name") || csv.get(0).contains("Surname"), csv.get(0));
    assertTrue(csv.get(1).contains(world[2]) && csv.get(1).contains("Līga"), csv.get(1));
    assertTrue(csv.get(1).contains("Active"), csv.get(1));

    browser.waitFor(By.id("participants:exportXlsx")).click();
    try (InputStream in = Files.newInputStream(waitForDownload("participants.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      DataFormatter formatter = new DataFormatter();
      Row data = workbook.getSheetAt(0).getRow(1);
      assertEquals(world[2], formatter.formatCellValue(data.getCell(0)));
      assertEquals("Līga", formatter.formatCellValue(data.getCell(1)));
    }
  }

  /** An edition and a trainee of this test's own: editionId, username, family name, label. */
  private String[] courseWorld(boolean enrolled) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base + "test-fixtures/course-world?enrol=" + enrolled))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response.body());
    return response.body().split(";");
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
    browser.pickSuggestion("mentorForm:mentor", "mentor@demo.mentora");
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
