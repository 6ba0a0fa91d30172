package org.mentora.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Locale;
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
import org.openqa.selenium.chrome.ChromeDriver;

/** Choosing a language: the switcher on every page, the browser's language, the preference. */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class LanguagesBrowserIT {

  private static final String PASSWORD = "mentora-demo";
  private static final Locale LATVIAN = Locale.forLanguageTag("lv");
  private static final Locale BULGARIAN = Locale.forLanguageTag("bg");

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

  private String text(Locale language, String key) {
    return Bundles.format(language, key);
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
}
