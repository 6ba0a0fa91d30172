package org.mentora.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The salon programme of issue 16 in the browser, from setting it up to completion: the
 * administrator shapes a new programme's learning modes (BIBLIO's five become a kickoff session and
 * online salons reviewed by the trainer), switches its project off, sets targets that add up, adds
 * a module per mode and starts an edition whose hours are those two modes; the trainer, assigned on
 * the staff page, records a kickoff and a salon on the attendance page; the administrator sees on
 * the eligibility page the directors who attended both eligible with no project asked, and the one
 * who missed the salon short of the salon's hours, by its name. Enrolling the three directors is
 * arranged by a test-only servlet (admission has its own journey).
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class SalonProgrammeBrowserIT {

  private static final String PASSWORD = "mentora-demo";

  @Deployment(testable = false)
  static WebArchive deployment() throws IOException {
    WebArchive archive = Deployments.mentora().addClass(SalonParticipantsServlet.class);
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

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theAdministratorShapesASalonSeriesTheTrainerTakesAttendanceAndCompletionFollowsTheModes()
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String programmeName = "Leadership salons " + run;

    // ---- 1. Set up: a new programme starts with BIBLIO's five modes, which are shaped here.
    browser.logIn("admin", PASSWORD);
    browser.open("course/programmes.xhtml");
    browser.type(By.id("newProgramme:name"), programmeName);
    browser.clickAndWait(By.id("newProgramme:create"));
    browser.waitFor(By.id("modes:modeTable"));
    assertTrue(browser.path().startsWith("course/programme.xhtml"), browser.path());
    String programmeUrl = browser.driver().getCurrentUrl();
    assertEquals(
        List.of("FACE_TO_FACE", "VIRTUAL", "PROJECT_BASED", "ASSESSMENT", "WORK_BASED"),
        modeCodes());

    for (String code : List.of("VIRTUAL", "PROJECT_BASED", "ASSESSMENT", "WORK_BASED")) {
      modeRow(code).findElement(By.xpath(".//button[contains(@id,':removeMode')]")).click();
      WebElement yes = browser.waitFor(By.cssSelector(".ui-confirmdialog-yes"));
      yes.click();
      browser.waitForAjax();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.numberOfElementsToBe(modeRowLocator(code), 0));
      browser.waitForText(By.id("globalMessages"), "Learning mode removed");
    }
    assertEquals(List.of("FACE_TO_FACE"), modeCodes());

    modeRow("FACE_TO_FACE").findElement(By.xpath(".//button[contains(@id,':editMode')]")).click();
    browser.waitForAjax();
    assertFalse(
        browser.waitFor(By.id("modeForm:modeCode")).isEnabled(), "a saved mode's code is fixed");
    browser.type(By.id("modeForm:modeName"), "Kickoff session");
    browser.clickAndWait(By.id("modeForm:saveMode"));
    browser.waitForText(modeRowLocator("FACE_TO_FACE"), "Kickoff session");

    browser.clickAndWait(By.id("modes:addMode"));
    browser.type(By.id("modeForm:modeCode"), "ONLINE_SALON");
    browser.type(By.id("modeForm:modeName"), "Online salon");
    pick("modeForm:modeReviewer", "Trainer");
    browser.typeNumber("modeForm:modeTarget", "3");
    browser.clickAndWait(By.id("modeForm:saveMode"));
    WebElement salonRow =
        browser.waitFor(modeRowLocator("ONLINE_SALON")); // reviewed by the trainer, blended
    assertTrue(salonRow.getText().contains("Online salon"), salonRow.getText());
    assertTrue(salonRow.getText().contains("Trainer"), salonRow.getText());
    assertEquals(List.of("FACE_TO_FACE", "ONLINE_SALON"), modeCodes());
    assertEquals(List.of(), browser.consoleErrors(), "programme page with the modes dialog");

    // The programme's settings and default targets: one field per mode, nothing work-based.
    assertEquals("Kickoff session", label("programme:blended:0:target"));
    assertEquals("Online salon", label("programme:blended:1:target"));
    assertFalse(browser.isPresent(By.id("programme:blended:2:target")));
    assertFalse(browser.isPresent(By.id("programme:apart:0:target")), "no work-based field");
    assertTrue(switchedOn("programme:hasProjects"), "a new programme has projects");
    toggle("programme:hasProjects");
    browser.typeNumber("programme:blended:0:target", "6");
    browser.typeNumber("programme:blended:1:target", "3");
    browser.typeNumber("programme:blendedTotal", "9");
    browser.clickAndWait(By.id("programme:save"));
    browser.waitForText(By.id("globalMessages"), "Saved");
    browser.driver().get(programmeUrl);
    assertFalse(switchedOn("programme:hasProjects"), "the series has no project");
    assertEquals("6", value("programme:blended:0:target"));
    assertEquals("3", value("programme:blended:1:target"));
    assertEquals("9", value("programme:blendedTotal"));

    addModule("K1", "Kickoff day " + run, "Kickoff session", "6");
    addModule("S1", "Salon: leading change " + run, "Online salon", "3");
    assertEquals(List.of(), browser.consoleErrors(), "programme page with the module dialog");

    // An edition of the series: its hours are exactly the two modes, adding up to 9 h.
    String code = "SAL-" + run;
    String title = "Leadership salons Latvia " + run;
    browser.open("course/edition.xhtml");
    browser.choose("edition:programme", programmeName);
    browser.waitForAjax();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> "Kickoff session".equals(label("edition:blended:0:target")));
    assertEquals("Online salon", label("edition:blended:1:target"));
    assertFalse(browser.isPresent(By.id("edition:blended:2:target")));
    assertFalse(browser.isPresent(By.id("edition:apart:0:target")), "no work-based field");
    assertEquals("6", value("edition:blended:0:target"));
    assertEquals("3", value("edition:blended:1:target"));
    assertTrue(browser.text(By.id("edition:hoursMatch")).contains("9 h"));
    browser.type(By.id("edition:code"), code);
    browser.type(By.id("edition:title"), title);
    browser.choose("edition:country", "Latvia");
    typeDate("edition:startDate", LocalDate.now().minusDays(14).toString());
    browser.clickAndWait(By.id("edition:save"));
    browser.waitFor(By.id("edition:reload"));
    assertEquals(title, browser.title());
    String editionId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    assertEquals(List.of(), browser.consoleErrors(), "edition page");

    // ---- 2. Attendance: three directors enrolled; the trainer takes both modules.
    List<String[]> directors = enrolDirectors(editionId);
    browser.open("course/edition-staff.xhtml?id=" + editionId);
    assignTrainer("K1 Kickoff day " + run);
    assignTrainer("S1 Salon: leading change " + run);
    assertEquals(List.of(), browser.consoleErrors(), "staff page");
    browser.logOut();

    browser.logIn("trainer", PASSWORD);
    browser.open("logbook/attendance.xhtml");
    browser.choose("session:edition", code + " " + title);
    browser.waitForAjax();
    String day = LocalDate.now().minusDays(1).toString();
    recordSession(day, "K1 Kickoff day " + run, "6", directors, 3);
    browser.waitForText(By.id("globalMessages"), "3 participants got the session's hours");
    recordSession(day, "S1 Salon: leading change " + run, "3", directors, 2);
    browser.waitForText(By.id("globalMessages"), "2 participants got the session's hours");
    String sessions = browser.text(By.id("sessions:table"));
    assertTrue(sessions.contains("Kickoff day " + run), sessions);
    assertTrue(sessions.contains("Salon: leading change " + run), sessions);
    assertEquals(List.of(), browser.consoleErrors(), "attendance page");

    // The staff-facing progress of a director: a bar for each of the two modes and the total.
    browser.open("course/participant.xhtml?id=" + directors.get(0)[0]);
    browser.waitFor(By.id("participantProgress"));
    assertEquals(
        List.of("FACE_TO_FACE", "ONLINE_SALON", "TOTAL"),
        browser
            .driver()
            .findElements(By.cssSelector("#participantProgress .progress-line[data-mode]"))
            .stream()
            .map(e -> e.getAttribute("data-mode"))
            .toList());
    String progress = browser.text(By.id("participantProgress"));
    assertTrue(progress.contains("Kickoff session"), progress);
    assertTrue(progress.contains("Online salon"), progress);
    assertFalse(progress.contains("Work-based"), progress);
    assertEquals(List.of(), browser.consoleErrors(), "participant page");
    browser.logOut();

    // ---- 3. Completion: no project asked; the director who missed the salon lacks its hours.
    browser.logIn("admin", PASSWORD);
    browser.open("certificate/eligibility.xhtml?edition=" + editionId);
    for (String[] attended : directors.subList(0, 2)) {
      WebElement row = eligibilityRow(attended[1]);
      assertEquals(
          "Eligible",
          row.findElement(By.cssSelector(".eligibility-status")).getText(),
          row.getText());
    }
    WebElement missed = eligibilityRow(directors.get(2)[1]);
    String missing = missed.findElement(By.cssSelector(".eligibility-missing")).getText();
    assertTrue(missing.contains("3 h of Online salon still missing"), missing);
    assertFalse(missing.toLowerCase(java.util.Locale.ROOT).contains("project"), missing);
    assertFalse(missing.contains("Kickoff session"), missing);
    assertEquals(List.of(), browser.consoleErrors(), "eligibility page");
  }

  // ---- the programme page

  private static By modeRowLocator(String code) {
    return By.xpath(
        "//tbody[@id='modes:modeTable_data']/tr[.//small[contains(., '(" + code + ")')]]");
  }

  private WebElement modeRow(String code) {
    return browser.waitFor(modeRowLocator(code));
  }

  /** The codes of the modes in the table, in the programme's order. */
  private List<String> modeCodes() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='modes:modeTable_data'] tr small"))
        .stream()
        .map(e -> e.getText().strip().replaceAll("[()]", ""))
        .toList();
  }

  private void addModule(String code, String title, String mode, String hours) {
    browser.clickAndWait(By.id("lists:addModule"));
    browser.type(By.id("moduleForm:moduleCode"), code);
    browser.type(By.id("moduleForm:moduleTitle"), title);
    browser.choose("moduleForm:moduleMode", mode);
    browser.typeNumber("moduleForm:moduleHours", hours);
    // The salons complete by attendance: no module result is recorded for them.
    toggle("moduleForm:moduleMandatory");
    browser.clickAndWait(By.id("moduleForm:saveModule"));
    WebElement row =
        browser.waitFor(By.xpath("//tbody[@id='lists:modules_data']/tr[" + cellOf(code) + "]"));
    assertTrue(row.getText().contains(mode), row.getText());
  }

  /**
   * An XPath step for a cell showing exactly this text. Tables reflow on phones, so each cell also
   * holds its column's title (hidden on a wide screen): the text after it counts.
   */
  private static String cellOf(String text) {
    return "td[normalize-space(.)='"
        + text
        + "' or normalize-space(substring-after(., span[contains(@class,'ui-column-title')]))='"
        + text
        + "']";
  }

  // ---- the staff and attendance pages

  private void assignTrainer(String moduleLabel) {
    browser.choose("trainerForm:module", moduleLabel);
    browser.pickSuggestion("trainerForm:trainer", "trainer@demo.mentora");
    browser.clickAndWait(By.id("trainerForm:assignTrainer"));
    String code = moduleLabel.substring(0, moduleLabel.indexOf(' '));
    browser.waitForText(
        By.xpath("//tbody[@id='trainers:modules_data']/tr[" + cellOf(code) + "]"), "Andris Ozols");
  }

  /** Records one session, ticking the first {@code present} directors. */
  private void recordSession(
      String day, String moduleLabel, String hours, List<String[]> directors, int present) {
    typeDate("session:date", day);
    browser.choose("session:module", moduleLabel);
    browser.waitForAjax();
    browser.typeNumber("session:minutes", hours);
    for (String[] director : directors.subList(0, present)) {
      pick("session:present", director[1]);
    }
    browser.clickAndWait(By.id("session:save"));
  }

  private List<String[]> enrolDirectors(String editionId) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base + "test-fixtures/salon-participants?edition=" + editionId))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response.body());
    return response.body().lines().map(line -> line.split(";")).toList();
  }

  private WebElement eligibilityRow(String name) {
    return browser.waitFor(
        By.xpath(
            "//tbody[@id='eligibility:table_data']/tr[.//*[normalize-space(.)=\"" + name + "\"]]"));
  }

  // ---- PrimeFaces widgets

  /** Clicks the box of a radio button or checkbox of a PrimeFaces choice, found by its label. */
  private void pick(String componentId, String label) {
    WebElement labelElement =
        browser.waitFor(
            By.xpath(
                "//*[@id='" + componentId + "']//label[normalize-space(.)=\"" + label + "\"]"));
    WebElement input = browser.driver().findElement(By.id(labelElement.getAttribute("for")));
    input
        .findElement(
            By.xpath(
                "./ancestor::div[contains(@class,'ui-chkbox') or contains(@class,'ui-radiobutton')][1]"
                    + "//div[contains(@class,'ui-chkbox-box') or contains(@class,'ui-radiobutton-box')]"))
        .click();
  }

  private void toggle(String id) {
    boolean before = switchedOn(id);
    browser.waitFor(By.cssSelector("[id='" + id + "'] .ui-toggleswitch-slider")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> switchedOn(id) != before);
  }

  private boolean switchedOn(String id) {
    return browser.waitFor(By.id(id)).getAttribute("class").contains("ui-toggleswitch-checked");
  }

  private void typeDate(String id, String text) {
    WebElement input = browser.waitFor(By.id(id + "_input"));
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text, Keys.TAB);
  }

  /** What a text or number field shows; an inputNumber's visible input when there is one. */
  private String value(String id) {
    List<WebElement> inner = browser.driver().findElements(By.id(id + "_input"));
    WebElement field = inner.isEmpty() ? browser.waitFor(By.id(id)) : inner.get(0);
    return field.getDomProperty("value");
  }

  /** The text of the label of a form field. */
  private String label(String id) {
    return browser
        .driver()
        .findElement(By.cssSelector("label[for='" + id + "']"))
        .getText()
        .strip();
  }
}
