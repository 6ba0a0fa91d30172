package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.course.BiblioModes;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * Logbook exports and in-app news in the container: a participant's files hold their entries only,
 * with Unicode intact; staff see only their own participants; an edition's hours are for
 * administrators; "reviewed since your last visit" lists decisions after the visit, not before.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class LogbookExportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora().addClass(LogbookFixtures.class);
  }

  private static final String UNICODE = "Ремонт щитка · Ηλεκτρική σύνδεση · Rīgā";

  @Inject CourseFixtures fixtures;
  @Inject EntryService entryService;
  @Inject ReviewService reviewService;
  @Inject LogbookExport exports;
  @Inject LogbookNews news;
  @ArquillianResource URL base;

  private World world;
  private String trainee;
  private long enrolment;
  private String other;
  private long otherEnrolment;
  private String mentor;
  private String admin;

  @BeforeEach
  void world() {
    world = fixtures.world(10);
    trainee = TestData.unique("trainee");
    enrolment =
        fixtures.enrol(
            world.editionId(), fixtures.person(trainee, "Jānis", "Bērziņš", Role.PARTICIPANT));
    other = TestData.unique("other");
    otherEnrolment =
        fixtures.enrol(
            world.editionId(), fixtures.person(other, "Olga", "Petrova", Role.PARTICIPANT));
    mentor = TestData.unique("mentor");
    long mentorId = fixtures.person(mentor, "Inese", "Liepiņa", Role.MENTOR);
    fixtures.mentor(enrolment, mentorId);
    admin = TestData.unique("admin");
    fixtures.person(admin, "Ada", "Admin", Role.ADMIN);
  }

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  private static void as(String user) {
    TestLogin.as(user, TestData.PASSWORD);
  }

  private LogEntry log(String user, long enrolmentId, String description, int daysAgo) {
    as(user);
    return entryService.log(
        enrolmentId,
        new EntryForm(
            LocalDate.now().minusDays(daysAgo), BiblioModes.WORK_BASED, null, 90, description));
  }

  private static List<CSVRecord> csv(LogbookExport.Download download) throws Exception {
    String text = new String(download.content(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "byte-order mark for spreadsheets");
    return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
  }

  private static String pdfText(LogbookExport.Download download) throws Exception {
    try (PDDocument document = Loader.loadPDF(download.content())) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aParticipantsCsvHoldsTheirRowsOnlyWithUnicodeIntact() throws Exception {
    log(trainee, enrolment, UNICODE, 1);
    log(other, otherEnrolment, "Someone else's work", 1);

    as(trainee);
    List<CSVRecord> rows = csv(exports.participantCsv(enrolment, Locale.ENGLISH));
    assertEquals(2, rows.size(), "heading and one entry");
    assertEquals(UNICODE, rows.get(1).get(4));
    assertEquals("1.5", rows.get(1).get(3));
    assertFalse(
        new String(
                exports.participantCsv(enrolment, Locale.ENGLISH).content(), StandardCharsets.UTF_8)
            .contains("Someone else"));
    assertThrows(
        NotFoundException.class, () -> exports.participantCsv(otherEnrolment, Locale.ENGLISH));

    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new java.io.ByteArrayInputStream(
                exports.participantXlsx(enrolment, Locale.ENGLISH).content()))) {
      assertEquals(UNICODE, workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue());
      assertEquals(1.5, workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue());
    }
  }

  @Test
  void aLatvianReadersCsvUsesSemicolonsAndDecimalCommasAndLatvianHeadings() throws Exception {
    log(trainee, enrolment, UNICODE, 2);

    as(trainee);
    String text =
        new String(
            exports.participantCsv(enrolment, Locale.forLanguageTag("lv")).content(),
            StandardCharsets.UTF_8);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertEquals("1,5", rows.get(1).get(3), "a Latvian spreadsheet reads 1,5 as a number");
    assertEquals(
        org.mentora.platform.i18n.Bundles.format(
            Locale.forLanguageTag("lv"), ExportLayout.OWN_COLUMNS.get(3)),
        rows.get(0).get(3));
  }

  @Test
  void thePdfParsesBackWithTheParticipantsNameAndEntries() throws Exception {
    log(trainee, enrolment, UNICODE, 1);

    as(trainee);
    LogbookExport.Download own = exports.participantPdf(enrolment, Locale.ENGLISH);
    assertEquals(LogbookExport.PDF, own.contentType());
    String text = pdfText(own);
    assertTrue(text.contains("Jānis Bērziņš"), text);
    assertTrue(text.contains("Ремонт щитка"), text);

    as(mentor);
    assertTrue(pdfText(exports.participantPdf(enrolment, Locale.ENGLISH)).contains("Bērziņš"));
  }

  @Test
  void aMentorCannotExportAParticipantWhoIsNotTheirs() {
    as(mentor);
    assertThrows(
        NotFoundException.class, () -> exports.participantPdf(otherEnrolment, Locale.ENGLISH));
    assertThrows(
        NotFoundException.class, () -> exports.participantCsv(otherEnrolment, Locale.ENGLISH));
  }

  @Test
  void theEditionExportIsForAdministratorsOnly() throws Exception {
    log(trainee, enrolment, UNICODE, 1);
    log(other, otherEnrolment, "Other work", 2);

    as(mentor);
    assertThrows(
        EJBAccessException.class, () -> exports.editionCsv(world.editionId(), Locale.ENGLISH));
    as(trainee);
    assertThrows(
        EJBAccessException.class, () -> exports.editionXlsx(world.editionId(), Locale.ENGLISH));

    as(admin);
    List<CSVRecord> rows = csv(exports.editionCsv(world.editionId(), Locale.ENGLISH));
    assertEquals(3, rows.size(), "heading and one row per entry");
    assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Jānis Bērziņš")));
    assertTrue(
        rows.stream().anyMatch(r -> r.get(0).equals("Olga Petrova") && r.get(5).equals("90")));
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new java.io.ByteArrayInputStream(
                exports.editionXlsx(world.editionId(), Locale.ENGLISH).content()))) {
      assertEquals(2, workbook.getSheetAt(0).getLastRowNum());
    }
  }

  @Test
  void sinceLastVisitListsDecisionsAfterTheVisitAndNotBefore() {
    LogEntry before = log(trainee, enrolment, "Decided before the visit", 2);
    LogEntry after = log(trainee, enrolment, "Decided after the visit", 1);
    as(mentor);
    reviewService.approve(before.getId());

    as(trainee);
    assertEquals(List.of(before.getId()), news.visit().stream().map(LogEntry::getId).toList());
    assertEquals(0, news.countSinceLastVisit());

    as(mentor);
    reviewService.reject(after.getId(), "Добавьте детали");

    as(trainee);
    List<LogEntry> since = news.decidedSinceLastVisit();
    assertEquals(List.of(after.getId()), since.stream().map(LogEntry::getId).toList());
    assertEquals("Добавьте детали", since.get(0).getLastComment());
    assertEquals(1, news.countSinceLastVisit());
    assertEquals(1, news.visit().size());
    assertTrue(news.decidedSinceLastVisit().isEmpty());
  }

  // ---- the pages and the download servlet, over HTTP as a browser would ask

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** A signed-in HTTP session of one user, through the real login form. */
  private HttpClient signedIn(String user) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String login = get(client, "login.xhtml").body();
    Matcher state = VIEW_STATE.matcher(login);
    assertTrue(state.find(), login);
    String form =
        String.join(
            "&",
            "login=login",
            "login%3Ausername=" + URLEncoder.encode(user, StandardCharsets.UTF_8),
            "login%3Apassword=" + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8),
            "login%3Asubmit=",
            "jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    HttpResponse<String> after =
        client.send(
            HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertFalse(after.uri().getPath().endsWith("login.xhtml"), after.body());
    return client;
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> download(HttpClient client, String path) throws Exception {
    URI uri = base.toURI().resolve(path);
    return client.send(
        HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void thePagesShowTheNewsAndServeTheFilesToWhoMayHaveThem() throws Exception {
    LogEntry entry = log(trainee, enrolment, UNICODE, 1);
    log(trainee, enrolment, "Still waiting", 2);
    as(mentor);
    reviewService.reject(entry.getId(), "Добавьте детали");
    TestLogin.logout();

    HttpClient participant = signedIn(trainee);
    HttpResponse<String> home = get(participant, "home.xhtml");
    assertTrue(home.body().contains("One entry was reviewed since your last visit."), home.body());
    HttpResponse<String> page = get(participant, "logbook/my-logbook.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"sinceLastVisit\""), page.body());
    assertTrue(page.body().contains("Добавьте детали"));
    assertTrue(page.body().contains("logbook/export?enrolment=" + enrolment + "&amp;format=pdf"));
    assertTrue(
        get(participant, "home.xhtml")
            .body()
            .contains("Nothing was reviewed since your last visit."));

    HttpResponse<byte[]> pdf =
        download(participant, "logbook/export?enrolment=" + enrolment + "&format=pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        pdf.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
    assertEquals(
        404,
        download(participant, "logbook/export?enrolment=" + otherEnrolment + "&format=csv")
            .statusCode());
    assertEquals(
        404,
        download(participant, "logbook/export?edition=" + world.editionId() + "&format=csv")
            .statusCode());

    HttpClient reviewer = signedIn(mentor);
    HttpResponse<String> review = get(reviewer, "logbook/review.xhtml");
    assertTrue(review.body().contains("One entry waits for your review."), review.body());
    assertEquals(404, get(reviewer, "logbook/edition-hours.xhtml").statusCode());

    HttpClient administrator = signedIn(admin);
    assertEquals(200, get(administrator, "logbook/edition-hours.xhtml").statusCode());
    HttpResponse<byte[]> xlsx =
        download(administrator, "logbook/export?edition=" + world.editionId() + "&format=xlsx");
    assertEquals(200, xlsx.statusCode());
    assertEquals(LogbookExport.XLSX, xlsx.headers().firstValue("Content-Type").orElseThrow());
  }
}
