package org.mentora.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
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
import org.openqa.selenium.Cookie;

/** The login journeys of the foundation, in headless Chromium against the deployed WAR. */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class LoginBrowserIT {

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

  private String contextPath() {
    String path = base.getPath();
    return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
  }

  @Test
  void traineeLogsInAndSeesTheTraineeHome() {
    browser.open("home.xhtml");
    assertEquals("login.xhtml", browser.path(), "a protected page asks for a login first");
    String before = browser.sessionId();

    browser.logIn("trainee", PASSWORD);

    assertEquals("home/participant.xhtml", browser.path());
    assertEquals("My learning", browser.title());
    assertEquals("Welcome, Jānis Bērziņš.", browser.text(By.id("welcome")));
    String menu = browser.waitFor(By.id("menuForm:mainMenu")).getAttribute("textContent");
    assertTrue(menu.contains("Change password"), menu);
    assertFalse(menu.contains("Administration"), menu);
    assertNotNull(browser.sessionId());
    assertNotEquals(before, browser.sessionId(), "the session id changes at login");
    assertEquals(java.util.List.of(), browser.consoleErrors(), "no script is blocked by the CSP");
    // The trainee's home only shows: it keeps no view state, so visiting it adds nothing to the
    // session (replicated with all it holds); its next steps are still there.
    assertEquals(
        "stateless",
        browser.driver().findElement(By.name("jakarta.faces.ViewState")).getAttribute("value"));
    assertTrue(browser.isPresent(By.id("nextSteps")));
  }

  @Test
  void eachDemoUserLogsInAndSeesTheirOwnHome() {
    Map<String, String> homes =
        Map.of(
            "admin", "Administration",
            "trainer", "Trainer's home",
            "tutor", "Tutor's home",
            "mentor", "Mentor's home",
            "trainee", "My learning");
    homes.forEach(
        (user, title) -> {
          browser.logIn(user, PASSWORD);
          assertEquals(title, browser.title(), user);
          browser.logOut();
        });
  }

  @Test
  void aWrongPasswordShowsTheErrorAndKeepsTheUserName() {
    browser.logIn("trainee", "not-my-password");

    assertEquals("login.xhtml", browser.path());
    assertEquals(
        "The user name or password is not right. Please try again.",
        browser.text(By.cssSelector("#globalMessages .ui-messages-error-summary")));
    assertEquals("trainee", browser.waitFor(By.id("login:username")).getAttribute("value"));
    // Said once: the page had a second list of messages that repeated it to screen readers.
    assertEquals(
        1, browser.driver().findElements(By.cssSelector(".ui-messages-error-summary")).size());
    // The login page keeps no state: nothing is kept for a visitor who has not signed in.
    assertEquals(
        "stateless",
        browser.driver().findElement(By.name("jakarta.faces.ViewState")).getAttribute("value"));
  }

  @Test
  void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
    browser.logIn("nobody-of-that-name", "whatever-password");

    assertEquals(
        "The user name or password is not right. Please try again.",
        browser.text(By.cssSelector("#globalMessages .ui-messages-error-summary")));
  }

  @Test
  void emptyFieldsAreNamedNextToTheField() {
    browser.open("login.xhtml");
    browser.driver().findElement(By.id("login:submit")).click();

    assertEquals("Please enter your user name.", browser.text(By.id("login:usernameMessage")));
    assertEquals("Please enter your password.", browser.text(By.id("login:passwordMessage")));
  }

  @Test
  void aTraineeAskingForAnAdminPageGetsTheNotFoundPage() {
    browser.logIn("trainee", PASSWORD);
    browser.open("home/admin.xhtml");

    assertEquals("Page not found", browser.title());
    assertFalse(browser.driver().getPageSource().contains("Exception"));
  }

  @Test
  void aPageThatDoesNotExistShowsTheNotFoundPage() {
    browser.logIn("mentor", PASSWORD);
    browser.open("no/such/page.xhtml");

    assertEquals("Page not found", browser.title());
    browser.driver().findElement(By.id("homeLink")).click();
    assertEquals("Mentor's home", browser.title());
  }

  @Test
  void logoutReturnsToLoginAndEndsTheSession() {
    browser.logIn("tutor", PASSWORD);
    browser.logOut();

    assertEquals("login.xhtml", browser.path());
    assertEquals("You have logged out. See you soon.", browser.text(By.id("loggedOut")));
    browser.open("home/tutor.xhtml");
    assertEquals("login.xhtml", browser.path(), "the old session no longer lets anyone in");
  }

  @Test
  void anExpiredSessionAsksToLogInAgainAndThenContinues() {
    browser.logIn("mentor", PASSWORD);
    browser.driver().manage().deleteCookieNamed("JSESSIONID");
    browser
        .driver()
        .manage()
        .addCookie(new Cookie("JSESSIONID", "expired0000000000", contextPath()));

    browser.open("account/password.xhtml");

    assertEquals("login.xhtml", browser.path());
    assertTrue(browser.text(By.id("sessionExpired")).startsWith("Your session has ended"));
    browser.logIn("mentor", PASSWORD);
    assertEquals("account/password.xhtml", browser.path(), "back where the user was going");
  }
}
