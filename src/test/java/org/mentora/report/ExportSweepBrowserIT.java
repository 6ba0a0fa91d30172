package org.mentora.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.support.Browser;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Every export of every page, pressed once in a real browser: the pages are found by a sweep, not a
 * list (each demo account's navigation menu, then the application's pages linked from those, a few
 * links deep), and on each page every export button (PrimeFaces' {@code p:dataExporter} posts the
 * form, so only a real press proves it) and every export or PDF download link is pressed. Each file
 * must open (CSV with Commons CSV, Excel with POI, PDF with PDFBox). A table's export must agree
 * with the table it exports (the table holding the button, else the first one after it): while the
 * table shows its empty message the file holds just the header row, which the demo world rightly
 * gives for some tables (a dashboard's "missing" lists); while it shows rows the file holds data
 * rows too, since headers only is then as broken for its reader as no file. Other exports (the
 * download links) serve no table to compare with: they must open with their header row (a
 * participant without entries rightly downloads an empty logbook). An error page, HTML served as
 * CSV or a corrupt workbook fails.
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class ExportSweepBrowserIT {

  private static final String PASSWORD = "mentora-demo";
  private static final List<String> USERS =
      List.of("admin", "trainer", "tutor", "mentor", "trainee");

  /** How many links away from the menu the sweep follows. */
  private static final int DEPTH = 3;

  private static final Pattern EXPORT_TEXT =
      Pattern.compile("(?i)\\b(export|csv|excel|xlsx|pdf)\\b");

  /** Buttons that name a file kind but take one in rather than give one out. */
  private static final Pattern NOT_EXPORT_TEXT =
      Pattern.compile("(?i)\\b(check|choose|upload|import|attach)\\b");

  /** The application's download servlets for exports (as opposed to pages). */
  private static final Pattern EXPORT_PATH = Pattern.compile("/(logbook/export|certificates/pdf)$");

  /** Where files come back that people uploaded (evidence, attachments): not exports. */
  private static final Pattern UPLOADED =
      Pattern.compile(
          "/(logbook/evidence|competence/evidence|project/file|course/waiver-evidence)$");

  /** Links that are no page to sweep: leaving, downloads, set-up. */
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          "/(logout|login\\.xhtml|setup\\.xhtml|logbook/export|certificates/(pdf|zip)"
              + "|logbook/evidence|competence/evidence|project/file|course/waiver-evidence"
              + "|jakarta\\.faces\\.resource/.*)$");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @ArquillianResource URL base;

  @Test
  void everyExportOfEveryPageOpensAndHoldsWhatItsTableShows() throws IOException {
    List<String> failures = new ArrayList<>();
    Set<String> pressed = new LinkedHashSet<>();
    for (String user : USERS) {
      Path downloads = Files.createTempDirectory(Path.of("target"), "downloads-");
      try (Browser browser = new Browser(base)) {
        ((ChromiumDriver) browser.driver())
            .executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.<String, Object>of(
                    "behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.logIn(user, PASSWORD);
        sweep(user, browser, downloads, pressed, failures);
      }
    }
    assertTrue(pressed.size() >= 10, "the sweep found too few exports: " + pressed);
    assertEquals(List.of(), failures, "exports pressed: " + pressed);
  }

  /** Visits the user's menu pages and what they link to, pressing each export not pressed yet. */
  private void sweep(
      String user, Browser browser, Path downloads, Set<String> pressed, List<String> failures) {
    WebDriver driver = browser.driver();
    Set<String> seen = new HashSet<>();
    Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
    browser.open("home.xhtml");
    for (String href : links(driver, "#menuForm a[href]")) {
      if (seen.add(pathOf(href))) {
        queue.add(Map.entry(href, 1));
      }
    }
    while (!queue.isEmpty()) {
      Map.Entry<String, Integer> next = queue.poll();
      driver.get(next.getKey());
      if (!driver.getCurrentUrl().startsWith(base.toString())) {
        continue;
      }
      // Deferred panels (the edition dashboard's completion table) load after the page.
      browser.waitForAjax();
      if (next.getValue() < DEPTH) {
        for (String href : links(driver, "#main a[href]")) {
          if (seen.add(pathOf(href))) {
            queue.add(Map.entry(href, next.getValue() + 1));
          }
        }
      }
      pressExports(
          user + " " + pathOf(driver.getCurrentUrl()), browser, downloads, pressed, failures);
    }
  }

  /** The application's pages the links of that selector lead to (not downloads, not logout). */
  @SuppressWarnings("unchecked")
  private List<String> links(WebDriver driver, String selector) {
    List<String> hrefs =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".map(function (a) { return a.href; });",
                    selector);
    return hrefs.stream()
        .filter(h -> h.startsWith(base.toString()))
        .filter(h -> !NOT_A_PAGE.matcher(pathOf(h)).find())
        .distinct()
        .toList();
  }

  private void pressExports(
      String page, Browser browser, Path downloads, Set<String> pressed, List<String> failures) {
    WebDriver driver = browser.driver();
    String path = pathOf(driver.getCurrentUrl());
    List<WebElement> controls = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (WebElement button : driver.findElements(By.cssSelector("#main button[id]"))) {
      String key = path + " button " + button.getAttribute("id").replaceAll(":\\d+:", ":#:");
      if (button.isDisplayed()
          && EXPORT_TEXT.matcher(button.getText()).find()
          && !NOT_EXPORT_TEXT.matcher(button.getText()).find()
          && !pressed.contains(key)
          && !keys.contains(key)) {
        controls.add(button);
        keys.add(key);
      }
    }
    for (WebElement link : driver.findElements(By.cssSelector("#main a[href]"))) {
      String href = link.getAttribute("href");
      if (href == null || !href.startsWith(base.toString())) {
        continue;
      }
      String target = pathOf(href);
      boolean export =
          EXPORT_PATH.matcher(target).find()
              || (EXPORT_TEXT.matcher(link.getText()).find()
                  && !UPLOADED.matcher(target).find()
                  && !target.endsWith(".xhtml"));
      String key = path + " link " + target + format(href);
      if (export && link.isDisplayed() && !pressed.contains(key) && !keys.contains(key)) {
        controls.add(link);
        keys.add(key);
      }
    }
    String url = driver.getCurrentUrl();
    for (int i = 0; i < controls.size(); i++) {
      String key = keys.get(i);
      pressed.add(key);
      String problem;
      try {
        String id = controls.get(i).getAttribute("id");
        problem = press(driver, controls.get(i), downloads);
        if (problem != null && id != null && !id.isEmpty() && answerRefusal(browser)) {
          // Refused beside a choice it needs (e.g. which edition): the first choice, then again.
          problem = press(driver, driver.findElement(By.id(id)), downloads);
        }

      } catch (WebDriverException | IOException e) {
        problem = "could not press: " + e.getClass().getSimpleName() + " " + firstLine(e);
      }
      if (problem != null) {
        failures.add(page + " [" + key + "]: " + problem);
        // A failed export may have replaced the page: open it again for the controls left.
        driver.get(url);
        browser.waitForAjax();
        if (pathOf(driver.getCurrentUrl()).equals(path)) {
          pressExports(page, browser, downloads, pressed, failures);
        }
        return;
      }
    }
  }

  /**
   * Answers a refusal shown beside a menu (the export needs a choice, such as an edition) by
   * choosing the menu's first real option; true if there was such a refusal to answer.
   */
  private static boolean answerRefusal(Browser browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    Object answered =
        js.executeScript(
            "var messages = document.querySelectorAll('#main .ui-message-error[id$=\"Message\"]');"
                + " for (var i = 0; i < messages.length; i++) {"
                + "   var field = messages[i].id.replace(/Message$/, '');"
                + "   var select = document.getElementById(field + '_input');"
                + "   if (!select || select.tagName !== 'SELECT') { continue; }"
                + "   for (var j = 0; j < select.options.length; j++) {"
                + "     if (select.options[j].value) {"
                + "       var widget = PrimeFaces.getWidgetById(field);"
                + "       if (widget && widget.selectValue) { widget.selectValue(select.options[j].value); }"
                + "       else { select.selectedIndex = j;"
                + "         select.dispatchEvent(new Event('change', {bubbles: true})); }"
                + "       return true;"
                + "     }"
                + "   }"
                + " }"
                + " return false;");
    if (!Boolean.TRUE.equals(answered)) {
      return false;
    }
    browser.waitForAjax();
    return true;
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** Presses one control and checks the file it downloads; null when all is well. */
  private static String press(WebDriver driver, WebElement control, Path downloads)
      throws IOException {
    try (Stream<Path> old = Files.list(downloads)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    Table table = Table.of(driver, control);
    String window = driver.getWindowHandle();
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", control);
    Path file = awaitDownload(downloads);
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(window)) {
        driver.switchTo().window(handle).close();
      }
    }
    driver.switchTo().window(window);
    if (file == null) {
      List<String> messages =
          driver.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
              .map(WebElement::getText)
              .filter(t -> !t.isBlank())
              .toList();
      return "no file was downloaded (page now: "
          + driver.getTitle()
          + ", messages "
          + messages
          + ")";
    }
    String problem = check(file, table);
    // What each export held beside its table, for whoever reads the run.
    System.out.println(
        "export "
            + file.getFileName()
            + (table == null ? "" : " (" + table + ")")
            + ": "
            + (problem == null ? "ok" : problem));
    return problem;
  }

  /**
   * What the table an export button serves shows at the press: its empty message, or how many rows
   * on its page. {@code null} for a control that serves no table (a download link).
   */
  record Table(boolean empty, long rows) {

    @SuppressWarnings("unchecked")
    static Table of(WebDriver driver, WebElement control) {
      if (!"button".equalsIgnoreCase(control.getTagName())) {
        return null;
      }
      Map<String, Object> shown =
          (Map<String, Object>)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "var control = arguments[0];"
                          + " var table = control.closest('.ui-datatable');"
                          + " if (!table) {"
                          + "   var all = document.querySelectorAll('#main .ui-datatable');"
                          + "   for (var i = 0; i < all.length && !table; i++) {"
                          + "     if (control.compareDocumentPosition(all[i])"
                          + "         & Node.DOCUMENT_POSITION_FOLLOWING) { table = all[i]; }"
                          + "   }"
                          + " }"
                          + " if (!table) { return null; }"
                          + " var body = table.querySelector('tbody.ui-datatable-data');"
                          + " return {empty: !!(body && body.querySelector("
                          + "     ':scope > tr.ui-datatable-empty-message')),"
                          + "   rows: body ? body.querySelectorAll(':scope > tr[data-ri]').length : 0};",
                      control);
      if (shown == null) {
        return null;
      }
      return new Table(
          Boolean.TRUE.equals(shown.get("empty")), ((Number) shown.get("rows")).longValue());
    }

    @Override
    public String toString() {
      return empty ? "its table shows its empty message" : "its table shows " + rows + " rows";
    }
  }

  private static Path awaitDownload(Path downloads) throws IOException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    long lastSize = -1;
    while (Instant.now().isBefore(deadline)) {
      try (Stream<Path> files = Files.list(downloads)) {
        List<Path> done =
            files
                .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                .filter(f -> !f.getFileName().toString().startsWith("."))
                .toList();
        if (!done.isEmpty()) {
          long size = Files.size(done.get(0));
          if (size > 0 && size == lastSize) {
            return done.get(0);
          }
          lastSize = size;
        }
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  /**
   * Opens the file by its kind and holds it against the table it exports ({@code null}: no table,
   * so data is due); says what is wrong, or null.
   */
  static String check(Path file, Table table) throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    byte[] bytes = Files.readAllBytes(file);
    try {
      if (name.endsWith(".csv")) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (HTML.matcher(text).find()) {
          return name + " is an HTML page, not CSV";
        }
        return rows(csvRows(text), name, table);
      }
      if (name.endsWith(".xlsx")) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
          return rows(xlsxRows(workbook.getSheetAt(0)), name, table);
        }
      }
      if (name.endsWith(".pdf")) {
        return pdf(bytes, name);
      }
      if (name.endsWith(".zip")) {
        return zip(bytes, name);
      }
    } catch (IOException | RuntimeException e) {
      return name + " does not open: " + e;
    }
    return "unexpected kind of file: " + name;
  }

  /** Where a page came back instead of a CSV file (an error page saved under the export's name). */
  private static final Pattern HTML =
      Pattern.compile("(?i)\\A\\s*(\uFEFF)?\\s*<(!doctype|html|\\?xml)|<html[\\s>]|</body>");

  /** The file's rows (header included) against what its table showed. */
  static String rows(int rows, String name, Table table) {
    if (rows == 0) {
      return name + " is empty: not even a header row";
    }
    if (table == null) {
      // A download link serves no table to compare with: a participant without entries rightly
      // gets an empty logbook, so the header row is enough (it opened, and is no error page).
      return null;
    }
    if (table.empty()) {
      return rows == 1 ? null : name + " holds " + (rows - 1) + " data rows while " + table;
    }
    if (rows >= 2) {
      return null;
    }
    return name + " holds only its header row, no data, while " + table;
  }

  static int csvRows(String text) throws IOException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String firstLine = body.lines().findFirst().orElse("");
    char delimiter =
        firstLine.chars().filter(c -> c == ';').count()
                > firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    int rows = 0;
    try (Reader reader = new StringReader(body);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
      for (CSVRecord record : parser) {
        if (record.stream().anyMatch(v -> v != null && !v.isBlank())) {
          rows++;
        }
      }
    }
    return rows;
  }

  private static int xlsxRows(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    int rows = 0;
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (!formatter.formatCellValue(cell).isBlank()) {
          rows++;
          break;
        }
      }
    }
    return rows;
  }

  private static String pdf(byte[] bytes, String name) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.getNumberOfPages() < 1) {
        return name + " has no page";
      }
      long lines =
          new PDFTextStripper().getText(document).lines().filter(l -> !l.isBlank()).count();
      return lines >= 2 ? null : name + " holds " + lines + " lines of text";
    }
  }

  private static String zip(byte[] bytes, String name) throws IOException {
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries++;
        String problem = pdf(in.readAllBytes(), name + "!" + entry.getName());
        if (problem != null) {
          return problem;
        }
      }
    }
    return entries > 0 ? null : name + " is empty";
  }

  private static String pathOf(String url) {
    String path = URI.create(url).getPath();
    return path == null ? url : path.replaceFirst(";.*$", "");
  }

  private static String format(String href) {
    String query = URI.create(href).getQuery();
    if (query == null) {
      return "";
    }
    for (String part : query.split("&")) {
      if (part.startsWith("format=")) {
        return "?" + part;
      }
    }
    return "";
  }
}
