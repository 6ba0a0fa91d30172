package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The weekly journey of the demo world's trainee and mentor: three entries logged, two approved at
 * once, one rejected with a comment that the trainee reads, fixes and resubmits, and the work-based
 * progress bar moves by the approved hours.
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class LogbookBrowserIT {

  private static final String PASSWORD = "mentora-demo";
  private static final By WORK_BASED_APPROVED =
      By.cssSelector("[data-mode='WORK_BASED'] .progress-approved");

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
  void theTraineeLogsTheMentorDecidesAndTheTraineeFixesARejectedEntry() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String first = "Helped readers at the e-services desk " + run;
    String second = "Prepared the digital safety leaflet " + run;
    String third = "Social media post for the library " + run;
    // A day of its own for each run, so reruns on one database stay under the daily cap.
    LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 60));

    browser.logIn("trainee", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    BigDecimal before = hours(browser.text(WORK_BASED_APPROVED));

    // Bad input: named next to the field, and what was typed stays.
    browser.choose("entry:mode", "Work-based learning");
    browser.waitForAjax();
    browser.type(By.id("entry:duration"), "1.1");
    browser.clickAndWait(By.id("entry:save"));
    assertEquals("Please say what you did.", browser.text(By.id("entry:descriptionMessage")));
    assertEquals("Log time in steps of 15 minutes.", browser.text(By.id("entry:durationMessage")));
    assertEquals("1.1", value("entry:duration"), "what was typed stays");

    logEntry(day, "1", first);
    logEntry(day, "0.5", second);
    logEntry(day, "0.25", third);
    assertEquals("Waiting for review", status(third));
    assertEquals(List.of(), browser.consoleErrors(), "trainee's logbook");
    browser.logOut();

    browser.logIn("mentor", PASSWORD);
    browser.open("home/mentor.xhtml");
    assertTrue(browser.text(By.id("homeReviewWaiting")).contains("wait"));
    assertEquals(List.of(), browser.consoleErrors(), "mentor's home");
    browser.open("logbook/review.xhtml");
    browser.type(By.id("review:participant"), "Jānis Bērziņš");
    browser.clickAndWait(By.id("review:search"));
    queueRow(first).findElement(By.cssSelector(".ui-chkbox-box")).click();
    queueRow(second).findElement(By.cssSelector(".ui-chkbox-box")).click();
    browser.clickAndWait(By.id("review:approveSelected"));
    assertTrue(browser.waitForText(By.id("globalMessages"), "Approved 2").length() > 0);

    queueRow(third).findElement(By.xpath(".//button[contains(@id,':reject')]")).click();
    browser.waitForAjax();
    browser.waitFor(By.id("decisionForm:comment"));
    browser.clickAndWait(By.id("decisionForm:confirm"));
    assertEquals(
        "Please say why, so the participant knows what to change.",
        browser.text(By.id("decisionForm:commentMessage")));
    browser.type(By.id("decisionForm:comment"), "Please name the post and add its link " + run);
    browser.clickAndWait(By.id("decisionForm:confirm"));
    assertTrue(browser.waitForText(By.id("globalMessages"), "Rejected").length() > 0);
    assertEquals(List.of(), browser.consoleErrors(), "review queue");
    // The mentor sees the same progress on the participant's page, and may download the logbook.
    browser.open("course/my-participants.xhtml");
    browser.waitFor(By.linkText("Jānis Bērziņš")).click();
    assertTrue(browser.text(By.id("participantProgress")).contains("Work-based learning"));
    assertTrue(browser.isPresent(By.id("exportPdf")));
    assertEquals(List.of(), browser.consoleErrors(), "participant's page with progress");
    browser.logOut();

    browser.logIn("trainee", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    BigDecimal after = hours(browser.text(WORK_BASED_APPROVED));
    assertEquals(0, before.add(new BigDecimal("1.5")).compareTo(after), before + " then " + after);
    assertEquals("Approved", status(first));
    assertEquals("Rejected", status(third));
    assertTrue(
        entryRow(third).getText().contains("Please name the post and add its link " + run),
        entryRow(third).getText());

    entryRow(third).findElement(By.xpath(".//button[contains(@id,':edit')]")).click();
    browser.waitForAjax();
    // Fix brings the form, high above the list, into view with the cursor in its first field.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var r = document.getElementById('entry').getBoundingClientRect();"
                                + " return r.top >= -1 && r.top < window.innerHeight / 2"
                                + " && document.activeElement.id === 'entry:date_input';")));
    assertFalse(calendarOpen(), "focus alone does not open the calendar");
    browser.type(By.id("entry:evidenceLink"), "https://biblioteka.example.lv/posts/" + run);
    browser.type(By.id("entry:description"), third + ", 'Safe passwords' post");
    browser.clickAndWait(By.id("entry:save"));
    assertTrue(browser.waitForText(By.id("globalMessages"), "Sent for review again").length() > 0);
    assertEquals("Waiting for review", status(third + ", 'Safe passwords' post"));
    assertTrue(
        browser
            .text(By.cssSelector("[data-mode='WORK_BASED'] .progress-pending"))
            .contains("waiting"));
    assertEquals(List.of(), browser.consoleErrors(), "trainee's logbook after the review");
    browser.open("home/participant.xhtml");
    assertTrue(browser.text(By.id("homeLogbookHours")).contains("approved in the blended course"));
    assertEquals(List.of(), browser.consoleErrors(), "no script is blocked by the CSP");
  }

  /**
   * Issue 18: a rejection reaches the trainee through the bell and the notification centre (read,
   * opened, cleared), and its mail waits in the administrator's outbox (no mail server in the test
   * server: kept), where it reads as the trainee would get it; its stop link works without a login.
   */
  @Test
  void aRejectionReachesTheTraineesCentreAndItsMailTheOutbox() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String description = "Story hour for seniors " + run;
    String comment = "Please say how many came " + run;
    LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 60));

    browser.logIn("trainee", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    logEntry(day, "0.75", description);
    browser.logOut();

    browser.logIn("mentor", PASSWORD);
    assertTrue(browser.isPresent(By.id("menuForm:bell")), "the mentor has a bell too");
    browser.open("logbook/review.xhtml");
    browser.type(By.id("review:participant"), "Jānis Bērziņš");
    browser.clickAndWait(By.id("review:search"));
    queueRow(description).findElement(By.xpath(".//button[contains(@id,':reject')]")).click();
    browser.waitForAjax();
    browser.waitFor(By.id("decisionForm:comment"));
    browser.type(By.id("decisionForm:comment"), comment);
    browser.clickAndWait(By.id("decisionForm:confirm"));
    assertTrue(browser.waitForText(By.id("globalMessages"), "Rejected").length() > 0);
    browser.logOut();

    browser.logIn("trainee", PASSWORD);
    int unread = Integer.parseInt(browser.text(By.id("menuForm:bellCount")).strip());
    assertTrue(unread >= 1, "the bell counts the decision");
    assertTrue(
        browser.driver().findElement(By.id("menuForm:bell")).getText().contains("unread"),
        "the link's name says how many are unread, for screen readers");
    browser.clickAndWait(By.id("menuForm:bell"));
    assertEquals("notification/centre.xhtml", browser.path());
    WebElement item =
        browser.waitFor(
            By.xpath("//li[contains(@class,'notification')][contains(.,'" + comment + "')]"));
    assertTrue(item.getText().contains("rejected your entry"), item.getText());
    assertTrue(item.getDomAttribute("class").contains("notification-unread"));
    assertEquals(List.of(), browser.consoleErrors(), "notification centre");
    browser.clickAndWait(
        By.xpath("//li[contains(.,'" + comment + "')]//a[contains(@class,'notification-open')]"));
    assertEquals("logbook/my-logbook.xhtml", browser.path(), "Open goes to the entry's page");
    assertEquals("Rejected", status(description));
    browser.open("notification/centre.xhtml");
    if (browser.isPresent(By.id("centre:markAllRead"))) {
      browser.clickAndWait(By.id("centre:markAllRead"));
      assertTrue(browser.waitForText(By.id("globalMessages"), "marked as read").length() > 0);
    }
    assertFalse(browser.isPresent(By.id("menuForm:bellCount")), "nothing unread any more");
    browser.logOut();

    // No mail server in the test server: the mail is kept for the administrator to read.
    browser.logIn("admin", PASSWORD);
    String text = "";
    long until = System.currentTimeMillis() + 60_000;
    while (!text.contains(comment) && System.currentTimeMillis() < until) {
      browser.open("notification/outbox.xhtml?status=KEPT");
      By newest = By.xpath("(//tr[contains(.,'Jānis Bērziņš')])[1]//a");
      if (browser.isPresent(newest)) {
        assertTrue(browser.isPresent(By.id("noServer")), "the page says why mail is kept");
        assertEquals(List.of(), browser.consoleErrors(), "outbox");
        browser.clickAndWait(newest);
        text = browser.text(By.id("mailText"));
      }
      if (!text.contains(comment)) {
        sleep(2000);
      }
    }
    assertTrue(text.contains(comment), "the dispatch composed the trainee's mail: " + text);
    assertTrue(browser.isPresent(By.id("mailHtml")));
    assertEquals(List.of(), browser.consoleErrors(), "a kept mail");
    String fromStop = text.substring(text.indexOf("notification/stop.xhtml?t="));
    String stop =
        (fromStop.contains("\n") ? fromStop.substring(0, fromStop.indexOf('\n')) : fromStop)
            .strip();
    browser.logOut();

    // The mail's stop link, without a login, and its undo.
    browser.open(stop);
    assertTrue(
        browser.isPresent(By.id("stopped")),
        () -> stop + " showed: " + browser.driver().findElement(By.id("main")).getText());
    assertTrue(browser.text(By.id("stopped")).contains("Decisions on my logbook entries"));
    browser.clickAndWait(By.id("undo:undoButton"));
    assertTrue(browser.text(By.id("restored")).contains("again"));
    browser.open("notification/stop.xhtml?t=1.ENTRY_REVIEWED.forged");
    assertTrue(browser.isPresent(By.id("invalid")), "a made-up link changes nothing");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void typedHoursAndDaysAreTakenOrRefusedBesideTheFieldWithTheTextKept() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String description = "Read the e-services handbook " + run;
    LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 60));

    browser.logIn("trainee", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    browser.choose("entry:mode", "Work-based learning");
    browser.waitForAjax();

    // What cannot be read is refused beside its field, and the text typed stays to be corrected.
    typeDate("entry:date", "32.01.2026");
    assertFalse(calendarOpen(), "clicking into the day does not open the calendar");
    browser.type(By.id("entry:duration"), "1e3");
    browser.type(By.id("entry:description"), description);
    browser.clickAndWait(By.id("entry:save"));
    assertTrue(
        browser.text(By.id("entry:dateMessage")).startsWith("There is no such day"),
        browser.text(By.id("entry:dateMessage")));
    assertEquals(
        "Please type the time in hours, such as 1.5, 1,5, 1:30 or 1 h 30 min.",
        browser.text(By.id("entry:durationMessage")));
    assertEquals("32.01.2026", value("entry:date_input"));
    assertEquals("1e3", value("entry:duration"));

    // A day that exists but is far too early is the edition's rule to refuse, never today.
    typeDate("entry:date", "1/1/1900");
    browser.type(By.id("entry:duration"), "0,5");
    browser.clickAndWait(By.id("entry:save"));
    assertTrue(
        browser.text(By.id("entry:dateMessage")).startsWith("The course starts on"),
        browser.text(By.id("entry:dateMessage")));
    assertEquals("1/1/1900", value("entry:date_input"), "the refused day stays as typed");
    assertEquals("0.5", value("entry:duration"), "the time was taken: shown as the page writes it");

    // A decimal comma is half an hour, on the day typed.
    typeDate(
        "entry:date",
        String.format("%02d.%02d.%d.", day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
    browser.clickAndWait(By.id("entry:save"));
    browser.waitForText(By.id("globalMessages"), "Logged");
    String row = entryRow(description).getText();
    assertTrue(row.contains("0.5 h"), row);
    assertTrue(
        row.contains(
            // As the English bundle writes a date (format.date).
            org.mentora.platform.i18n.Formats.date(Locale.ENGLISH, day)),
        row);
    assertEquals(List.of(), browser.consoleErrors(), "trainee's logbook");
    browser.logOut();

    // The review queue's From and To take typed days too, in any of the accepted forms.
    browser.logIn("mentor", PASSWORD);
    browser.open("logbook/review.xhtml");
    typeDate("review:from", day.plusDays(1).toString());
    browser.clickAndWait(By.id("review:search"));
    assertFalse(browser.isPresent(queueRowLocator(description)), "from the day after: not listed");
    typeDate("review:from", day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
    typeDate("review:to", "31.02.2026");
    browser.clickAndWait(By.id("review:search"));
    assertTrue(
        browser.text(By.id("review:toMessage")).startsWith("There is no such day"),
        browser.text(By.id("review:toMessage")));
    assertEquals("31.02.2026", value("review:to_input"));
    typeDate("review:to", day.toString());
    browser.clickAndWait(By.id("review:search"));
    assertTrue(queueRow(description).getText().contains("0.5 h"));
    assertEquals(List.of(), browser.consoleErrors(), "review queue");
  }

  @Test
  void faceToFaceHoursReachTheTrainerOfTheModuleWhoApprovesThem() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String description = "Project clinic in Riga: our reading room plan " + run;
    LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 60));

    browser.logIn("trainee", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    logFaceToFace(day, "F02 Project clinic: from idea to plan", "2", description);
    assertFalse(browser.text(By.id("globalMessages")).contains("No trainer"));
    assertEquals("Waiting for review", status(description));
    browser.logOut();

    browser.logIn("trainer", PASSWORD);
    browser.open("logbook/review.xhtml");
    browser.type(By.id("review:participant"), "Jānis Bērziņš");
    browser.clickAndWait(By.id("review:search"));
    queueRow(description).findElement(By.xpath(".//button[contains(@id,':approve')]")).click();
    browser.waitForAjax();
    assertTrue(browser.waitForText(By.id("globalMessages"), "Approved").length() > 0);
    assertEquals(List.of(), browser.consoleErrors(), "trainer's review queue");
    browser.logOut();

    browser.logIn("trainee", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    assertEquals("Approved", status(description));
  }

  @Test
  void aFaceToFaceModuleWithoutATrainerIsNamedToTheParticipantAndShownToTheAdministrator() {
    String code = "FX" + ThreadLocalRandom.current().nextInt(1000, 10000);
    String title = "Reading room workshop";
    String description = "Reading room workshop in Cēsis " + code;
    LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 60));

    browser.logIn("admin", PASSWORD);
    browser.open("course/programmes.xhtml");
    browser.waitFor(By.linkText("BIBLIO specialisation course")).click();
    browser.waitFor(By.id("lists:addModule")).click();
    browser.waitForAjax();
    browser.waitFor(By.id("moduleForm:moduleCode"));
    browser.type(By.id("moduleForm:moduleCode"), code);
    browser.type(By.id("moduleForm:moduleTitle"), title);
    browser.choose("moduleForm:moduleMode", "Face-to-face");
    browser
        .driver()
        .findElement(By.cssSelector("[id='moduleForm:moduleKind'] .ui-radiobutton-box"))
        .click();
    browser.typeNumber("moduleForm:moduleHours", "4");
    browser.clickAndWait(By.id("moduleForm:saveModule"));
    browser.waitForText(By.id("lists:modules"), code);
    browser.logOut();

    browser.logIn("trainee", PASSWORD);
    browser.open("logbook/my-logbook.xhtml");
    logFaceToFace(day, code + " " + title, "1", description);
    assertTrue(
        browser
            .text(By.id("globalMessages"))
            .contains(
                "No trainer is assigned to module "
                    + code
                    + " yet; the course administrator will review it."),
        browser.text(By.id("globalMessages")));
    browser.logOut();

    browser.logIn("admin", PASSWORD);
    browser.open("home/admin.xhtml");
    String gaps = browser.text(By.id("trainerGaps"));
    assertTrue(gaps.contains("Modules with face-to-face hours but no trainer"), gaps);
    assertTrue(gaps.contains(code + " " + title), gaps);
    assertEquals(List.of(), browser.consoleErrors(), "administrator's home with the gap");
  }

  /** Logs face-to-face hours for the module shown by that label; waits until they are listed. */
  private void logFaceToFace(LocalDate day, String moduleLabel, String duration, String text) {
    typeDate("entry:date", day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear());
    browser.choose("entry:mode", "Face-to-face");
    browser.waitForAjax();
    browser.choose("entry:module", moduleLabel);
    browser.type(By.id("entry:duration"), duration);
    browser.type(By.id("entry:description"), text);
    browser.clickAndWait(By.id("entry:save"));
    browser.waitForText(By.id("globalMessages"), "Logged");
    browser.waitFor(entryRowLocator(text));
  }

  private void logEntry(LocalDate day, String duration, String description) {
    typeDate("entry:date", day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear());
    browser.choose("entry:mode", "Work-based learning");
    browser.waitForAjax();
    browser.type(By.id("entry:duration"), duration);
    browser.type(By.id("entry:description"), description);
    browser.clickAndWait(By.id("entry:save"));
    browser.waitForText(By.id("globalMessages"), "Logged");
    browser.waitFor(entryRowLocator(description));
  }

  /**
   * Types a date as a person does: clicks into the field (which once opened the calendar and
   * swallowed what was typed next), replaces its text, and leaves the field.
   */
  private void typeDate(String id, String text) {
    WebElement input = browser.waitFor(By.id(id + "_input"));
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text, Keys.TAB);
  }

  private String value(String id) {
    return browser.waitFor(By.id(id)).getDomProperty("value");
  }

  private boolean calendarOpen() {
    return browser.driver().findElements(By.cssSelector(".p-datepicker-panel")).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  private static By entryRowLocator(String description) {
    return By.xpath(
        "//tbody[@id='entries:table_data']/tr[.//span[contains(@class,'entry-description')"
            + " and normalize-space(.)=\""
            + description
            + "\"]]");
  }

  /** The entry's row: the list shows 25 a page, and each run logs on a day weeks back. */
  private WebElement entryRow(String description) {
    return browser.waitForInPages("entries:table", entryRowLocator(description));
  }

  private String status(String description) {
    return entryRow(description).findElement(By.cssSelector(".entry-status")).getText();
  }

  private WebElement queueRow(String description) {
    return browser.waitFor(queueRowLocator(description));
  }

  private static By queueRowLocator(String description) {
    return By.xpath(
        "//tbody[@id='review:table_data']/tr[.//span[contains(@class,'queue-description')"
            + " and normalize-space(.)=\""
            + description
            + "\"]]");
  }

  /** The approved hours at the start of "12.5 h approved of 165 h". */
  private static BigDecimal hours(String figures) {
    List<String> parts = List.of(figures.strip().split("\\s+"));
    return new BigDecimal(parts.get(0).replace(",", ""));
  }
}
