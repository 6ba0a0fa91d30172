package org.mentora.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

/**
 * The project journey in the browser, with the demo trainee and their mentor: from a draft to a
 * good practice that an anonymous visitor finds in the public catalogue.
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class ProjectBrowserIT {

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

  private static final byte[] PDF =
      "%PDF-1.4\n%test\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  private static String file(String prefix, String suffix, byte[] content) {
    try {
      java.nio.file.Path file =
          java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), prefix, suffix);
      java.nio.file.Files.write(file, content);
      return file.toAbsolutePath().toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void move(String to) {
    browser.clickAndWait(By.cssSelector(".move-" + to));
  }

  private String status() {
    return browser.text(By.id("status"));
  }

  @Test
  void aTooLongTitleIsRefusedBesideTheFieldNamingTheLimitAndKeptNotCut() {
    String title = "Digital safety for every reader ".repeat(10).substring(0, 300);

    browser.logIn("trainee", PASSWORD);
    browser.open("project/my-project.xhtml");
    browser.type(By.id("newIdea:title"), title);
    browser.clickAndWait(By.id("newIdea:create"));
    assertEquals(
        "This is too long: at most 200 characters.", browser.text(By.id("newIdea:titleMessage")));
    assertEquals(
        title,
        browser.waitFor(By.id("newIdea:title")).getAttribute("value"),
        "all 300 characters typed stay in the field to be shortened");
    assertEquals("project/my-project.xhtml", browser.path(), "nothing was created");
  }

  @Test
  void anIdeaTravelsFromDraftToAGoodPracticeThatAnyoneFinds() {
    String word = "Lumen" + UUID.randomUUID().toString().substring(0, 6);
    String title = "Reading room " + word + " for families";

    browser.logIn("trainee", PASSWORD);
    browser.open("project/my-project.xhtml");
    browser.type(By.id("newIdea:title"), title);
    browser.waitFor(By.id("newIdea:create")).click();
    browser.waitForText(By.id("pageTitle"), word);
    browser.type(By.id("idea:problem"), "<script>alert('x')</script> Families have no quiet room.");
    browser.clickAndWait(By.id("idea:save"));
    move("SUBMITTED");
    assertEquals("Submitted", status());
    String ideaUrl = browser.driver().getCurrentUrl();
    browser.logOut();

    browser.logIn("mentor", PASSWORD);
    browser.driver().get(ideaUrl);
    browser.type(By.id("moves:comment"), "Please add a timeline.");
    move("CHANGES_REQUESTED");
    assertEquals("Changes requested", status());
    browser.logOut();

    browser.logIn("trainee", PASSWORD);
    browser.driver().get(ideaUrl);
    assertTrue(browser.text(By.id("history")).contains("Please add a timeline."));
    browser.type(By.id("idea:timeline"), "Autumn term");
    browser.clickAndWait(By.id("idea:save"));
    move("SUBMITTED");
    browser.logOut();

    browser.logIn("mentor", PASSWORD);
    browser.driver().get(ideaUrl);
    move("APPROVED");
    assertEquals("Approved", status());
    browser.type(By.id("milestones:milestoneTitle"), "Room furnished");
    browser.clickAndWait(By.id("milestones:addMilestone"));
    assertTrue(browser.text(By.id("milestones:table")).contains("Room furnished"));
    browser.logOut();

    browser.logIn("trainee", PASSWORD);
    browser.driver().get(ideaUrl);
    move("IN_IMPLEMENTATION");
    browser.clickAndWait(By.cssSelector(".milestone-done"));
    assertTrue(browser.text(By.id("milestones:table")).contains("100%"));
    browser.clickAndWait(By.id("consentForm:giveConsent"));
    browser.type(By.id("journal:updateText"), "Shelves ordered.");
    browser
        .driver()
        .findElement(By.cssSelector("[id='journal:updateFile'] input[type='file']"))
        .sendKeys(file("renamed-", ".pdf", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}));
    browser.waitFor(By.id("journal:addUpdate")).click();
    assertTrue(
        browser
            .text(By.id("journal:updateFileMessage"))
            .startsWith("Only PDF, PNG and JPEG files are accepted"));
    assertEquals(
        "Shelves ordered.",
        browser.waitFor(By.id("journal:updateText")).getAttribute("value"),
        "what was typed stays");
    browser
        .driver()
        .findElement(By.cssSelector("[id='journal:updateFile'] input[type='file']"))
        .sendKeys(file("offer-", ".pdf", PDF));
    browser.waitFor(By.id("journal:addUpdate")).click();
    assertTrue(browser.waitForText(By.id("journalList"), "Shelves ordered.").contains("offer-"));
    browser
        .driver()
        .findElement(By.cssSelector("[id='report:reportFile'] input[type='file']"))
        .sendKeys(file("final-report-", ".pdf", PDF));
    browser.waitFor(By.id("report:uploadReport")).click();
    assertTrue(browser.text(By.id("reportLink")).contains("final-report-"));
    browser.logOut();

    browser.logIn("mentor", PASSWORD);
    browser.driver().get(ideaUrl);
    move("COMPLETED");
    assertEquals("Completed", status());
    browser.logOut();

    browser.logIn("admin", PASSWORD);
    browser.driver().get(ideaUrl);
    browser.choose("publish:audience", "Digital skills for all");
    browser.choose("publish:level", "Foundation");
    browser.choose("publish:sector", "Libraries");
    browser.choose("publish:scope", "National initiative");
    browser.choose("publish:funding", "Public funding");
    browser.clickAndWait(By.id("publish:publishButton"));
    assertTrue(browser.waitForText(By.id("publish:practiceLink"), word).contains(word));
    browser.logOut();

    try (Browser visitor = new Browser(base)) {
      visitor.open("good-practices");
      visitor.type(By.id("q"), word.toLowerCase());
      visitor.waitFor(By.id("searchButton")).click();
      assertEquals("One good practice.", visitor.waitForText(By.id("resultCount"), "One"));
      visitor.waitFor(By.linkText(title)).click();
      assertEquals(title, visitor.waitForText(By.id("pageTitle"), word));
      assertTrue(visitor.path().startsWith("good-practices/"), visitor.path());
      assertTrue(
          visitor.text(By.id("summaryText")).contains("<script>alert('x')</script>"),
          "typed markup is shown as text, never run");
      assertEquals("Latvia", visitor.text(By.id("countries")));
      assertFalse(visitor.isPresent(By.id("topic")), "no empty Topic row for an idea without one");
      assertFalse(visitor.text(By.id("practice")).contains("Topic"));
    }
  }
}
