package org.mentora.support;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own ChromeDriver, with the flags this machine's closed
 * network needs, plus the few steps every journey repeats (open a page, log in, read the title).
 */
public final class Browser implements AutoCloseable {

  public static final String CHROMIUM = System.getProperty("mentora.chromium", "/usr/bin/chromium");
  public static final String CHROMEDRIVER =
      System.getProperty("mentora.chromedriver", "/usr/bin/chromedriver");

  private final WebDriver driver;
  private final URL base;
  private final File profile;

  public Browser(URL base) {
    this(base, "en");
  }

  /**
   * A browser whose user speaks this language: Chromium's interface language and the
   * Accept-Language header it sends ({@code it}, {@code bg-BG}).
   */
  public Browser(URL base, String language) {
    this.base = applicationRoot(base);
    try {
      this.profile = Files.createTempDirectory(new File("target").toPath(), "chromium-").toFile();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=" + language,
        "--user-data-dir=" + profile.getAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * The application's address with its trailing slash. Under heavy load the Arquillian adapter
   * sometimes reports the server's root (no path) for a deployment that is at {@code /mentora}
   * (seen with several test servers starting at once); every browser journey deploys the WAR by
   * that name, so the root is read as {@code /mentora/}.
   */
  static URL applicationRoot(URL reported) {
    try {
      String path = reported.getPath();
      if (path == null || path.isEmpty() || path.equals("/")) {
        return new URL(reported, "/mentora/");
      }
      return path.endsWith("/") ? reported : new URL(reported.toString() + "/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean available() {
    return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Shows every following page as a phone of this size does: the viewport's width and height in CSS
   * pixels, touch-screen rules (the page's viewport meta applies), kept across navigations.
   */
  public void phone(int width, int height) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /**
   * Waits for an element inside a paged data table, turning its pages as a person would: back to
   * the first page when the element is not on the one shown (an earlier search may have left the
   * table further on), then forward until it shows up (at most 20 pages each way).
   */
  public WebElement waitForInPages(String tableId, By locator) {
    if (driver.findElements(locator).isEmpty()) {
      for (int page = 0; page < 20 && turnPage(tableId, "prev"); page++) {
        // back to the first page
      }
    }
    for (int page = 0; page < 20 && driver.findElements(locator).isEmpty(); page++) {
      if (!turnPage(tableId, "next")) {
        break;
      }
    }
    return waitFor(locator);
  }

  /**
   * Clicks the table's previous or next page button, if enabled, and waits for the new page: it is
   * there when the rows of this one are gone (the paging request may start after the click returns,
   * so an empty request queue alone does not say it has run).
   */
  private boolean turnPage(String tableId, String direction) {
    java.util.List<WebElement> button =
        driver.findElements(
            By.cssSelector(
                "[id='" + tableId + "'] .ui-paginator-" + direction + ":not(.ui-state-disabled)"));
    if (button.isEmpty()) {
      return false;
    }
    java.util.List<WebElement> rows =
        driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr"));
    button.get(0).click();
    if (!rows.isEmpty()) {
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.stalenessOf(rows.get(0)));
    }
    waitForAjax();
    return true;
  }

  /** Opens a page by its path inside the application, e.g. {@code home.xhtml}. */
  public Browser open(String path) {
    driver.get(base.toString() + path);
    return this;
  }

  public String path() {
    String url = driver.getCurrentUrl();
    String root = base.toString();
    String path = url.startsWith(root) ? url.substring(root.length()) : url;
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  public String title() {
    return text(By.id("pageTitle"));
  }

  public String text(By locator) {
    return waitFor(locator).getText();
  }

  /** Waits until the element's text contains the given text, and returns it. */
  public String waitForText(By locator, String expected) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
    return driver.findElement(locator).getText();
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public boolean isPresent(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  public void type(By locator, String text) {
    WebElement field = waitFor(locator);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Types into an autocomplete and clicks its first suggestion. Typing again when none shows: the
   * widget shows suggestions only while its field has the focus, and a menu chosen just before may
   * take the focus back after its closing animation.
   */
  public void pickSuggestion(String autoCompleteId, String text) {
    By input = By.id(autoCompleteId + "_input");
    By item = By.cssSelector("[id='" + autoCompleteId + "_panel'] .ui-autocomplete-item");
    for (int attempt = 1; ; attempt++) {
      WebElement field = waitFor(input);
      field.click();
      field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
      field.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
      field.sendKeys(text);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(attempt < 3 ? 8 : 20))
            .until(ExpectedConditions.visibilityOfElementLocated(item))
            .click();
        return;
      } catch (org.openqa.selenium.TimeoutException
          | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Fills the login form and submits it; the browser ends wherever the application sends it. */
  public void logIn(String username, String password) {
    if (!path().equals("login.xhtml")) {
      open("login.xhtml");
    }
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    String before = driver.getCurrentUrl();
    driver.findElement(By.id("login:submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                !d.getCurrentUrl().equals(before)
                    || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
  }

  public void logOut() {
    String before = driver.getCurrentUrl();
    // On a phone, Log out is behind the menu button.
    java.util.List<WebElement> toggle = driver.findElements(By.id("menuToggle"));
    if (!toggle.isEmpty()
        && toggle.get(0).isDisplayed()
        && !"true".equals(toggle.get(0).getDomAttribute("aria-expanded"))) {
      toggle.get(0).click();
    }
    waitFor(By.id("menuForm:logout")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().equals(before));
  }

  /**
   * Chooses an option of a PrimeFaces selectOneMenu by its visible label. The panel slides open and
   * scrolls to the current choice, and PrimeFaces closes it when the window scrolls: so the item is
   * brought into view by scrolling the panel's own list once the panel stands still, and the click
   * is retried if something else was under it.
   */
  public void choose(String menuId, String label) {
    By panel = By.id(menuId + "_panel");
    By itemLocator =
        By.cssSelector(
            "[id='" + menuId + "_items'] li[data-label='" + label.replace("'", "\\'") + "']");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    for (int attempt = 1; ; attempt++) {
      if (driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
        waitFor(By.id(menuId)).click();
      }
      WebElement item = waitFor(itemLocator);
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(
              d ->
                  Boolean.TRUE.equals(
                      js.executeScript(
                          "return !window.jQuery || jQuery(':animated').length === 0;")));
      js.executeScript(
          "var item = arguments[0], list = item.closest('.ui-selectonemenu-items-wrapper');"
              + " if (list) { list.scrollTop = item.offsetTop - list.clientHeight / 2; }",
          item);
      try {
        item.click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.invisibilityOfElementLocated(panel));
        return;
      } catch (ElementClickInterceptedException | org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Types into a number field, replacing what is there: a PrimeFaces inputNumber (its inner input)
   * or a plain text input such as the hours fields ({@code m:hours}).
   */
  public void typeNumber(String id, String value) {
    WebElement outer = waitFor(By.id(id));
    java.util.List<WebElement> inner = driver.findElements(By.id(id + "_input"));
    WebElement input = inner.isEmpty() ? outer : inner.get(0);
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
    input.sendKeys(value);
    input.sendKeys(org.openqa.selenium.Keys.TAB);
  }

  /** Waits until no PrimeFaces ajax request is running. */
  public void waitForAjax() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /** Clicks and waits for the ajax request it starts to finish. */
  public void clickAndWait(By locator) {
    WebElement element = waitFor(locator);
    // Into the middle of the window first: at its edge a button of a long dialog is covered by
    // the dialog's own frame, and Chrome refuses the click.
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    element.click();
    waitForAjax();
  }

  public String sessionId() {
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  /**
   * The page's cumulative layout shift so far, as Chrome reports it (every shift not caused by
   * input, summed: at least the Core Web Vitals figure, which takes the worst window of shifts),
   * after a second for late shifts (fonts, widgets laid out by script). With the elements that
   * moved, for a message.
   */
  public String layoutShift() {
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1], total = 0, moved = [];"
                    + "function name(n) { return !n ? '?' : n.nodeType !== 1 ? name(n.parentElement)"
                    + " : n.tagName.toLowerCase() + (n.id ? '#' + n.id : '')"
                    + " + (n.className && n.className.baseVal === undefined"
                    + " ? '.' + n.className.trim().split(/\\s+/).slice(0, 2).join('.') : ''); }"
                    + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                    + " if (!e.hadRecentInput) { total += e.value;"
                    + " (e.sources || []).forEach(function (s) { moved.push(name(s.node)); }); } });"
                    + "}).observe({type: 'layout-shift', buffered: true});"
                    + "setTimeout(function () { done(total.toFixed(3) + ' '"
                    + " + Array.from(new Set(moved)).slice(0, 6).join(', ')); }, 1000);");
    return (String) result;
  }

  /** The numeric part of {@link #layoutShift()}. */
  public static double shiftOf(String layoutShift) {
    return Double.parseDouble(layoutShift.substring(0, layoutShift.indexOf(' ')));
  }

  /** Console errors the page logged, such as scripts blocked by the Content-Security-Policy. */
  public java.util.List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> !message.contains("favicon.ico"))
        .filter(message -> !isPrimeFacesMenuLabelRace(message))
        .toList();
  }

  /**
   * PrimeFaces 15.0.13's selectOneMenu now and then throws while re-labelling a menu that an ajax
   * update is replacing (components.js line 450, {@code setLabel} looking up the chosen item); the
   * new menu is then labelled correctly and the journeys check the values chosen. Seen in 2 of 3
   * runs of CompetenceBrowserIT on 2026-12-03, with every value saved as chosen. Every other
   * console error still fails the journeys.
   */
  private static boolean isPrimeFacesMenuLabelRace(String message) {
    return message.contains("/components.js")
        && message.contains(" 450:250 ")
        && message.contains("Cannot read properties of undefined (reading 'index')");
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteRecursively(profile);
    }
  }

  private static void deleteRecursively(File file) {
    File[] children = file.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteRecursively(child);
      }
    }
    file.delete();
  }
}
