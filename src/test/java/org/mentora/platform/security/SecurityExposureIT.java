package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.course.BiblioModes;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Person;
import org.mentora.logbook.EntryForm;
import org.mentora.logbook.EntryService;
import org.mentora.logbook.LogbookExport;
import org.mentora.project.Funding;
import org.mentora.project.GoodPractice;
import org.mentora.project.GoodPracticeService;
import org.mentora.project.InitiativeScope;
import org.mentora.project.ProjectEvent;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectService;
import org.mentora.project.ProjectStatus;
import org.mentora.project.Sector;
import org.mentora.project.SkillLevel;
import org.mentora.project.TargetAudience;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * What a hostile review of a fresh instance found exposed, over real HTTP where the hole was in
 * HTTP: formulas in exports, a practice outliving its consent, throttling keyed on the proxy,
 * /metrics and /health saying too much, responses without security headers, a forged Host in
 * redirects, and wildcards in searches. (Guessing and PDF checks on /verify: CertificateIT.)
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class SecurityExposureIT {

  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Click\")";

  /**
   * At the root context, as in production: MicroProfile Metrics and Health are then served inside
   * the application, behind its web.xml (at /mentora they would be Payara's own, at the root).
   */
  @Deployment
  static WebArchive deployment() {
    WebArchive archive = Deployments.mentora();
    archive.delete("WEB-INF/glassfish-web.xml");
    archive.addAsWebInfResource(
        new StringAsset(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <glassfish-web-app>
              <context-root>/</context-root>
              <session-config>
                <cookie-properties>
                  <property name="cookieSameSite" value="Lax"/>
                </cookie-properties>
              </session-config>
            </glassfish-web-app>
            """),
        "glassfish-web.xml");
    return archive;
  }

  @Inject CourseFixtures fixtures;
  @Inject EntryService entryService;
  @Inject LogbookExport exports;
  @Inject ProjectService projects;
  @Inject GoodPracticeService practices;
  @Inject DirectoryService directory;
  @ArquillianResource URL base;

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  private static void as(String user) {
    TestLogin.logout();
    TestLogin.as(user, TestData.PASSWORD);
  }

  // ---- exports

  @Test
  void exportsWriteWhatParticipantsTypedAsTextNeverAsAFormula() throws Exception {
    World world = fixtures.world(10);
    String trainee = TestData.unique("trainee");
    long enrolment =
        fixtures.enrol(
            world.editionId(), fixtures.person(trainee, "Jānis", "Bērziņš", Role.PARTICIPANT));
    as(trainee);
    entryService.log(
        enrolment,
        new EntryForm(LocalDate.now().minusDays(1), BiblioModes.WORK_BASED, null, 90, FORMULA));
    String csv =
        new String(
            exports.participantCsv(enrolment, Locale.ENGLISH).content(), StandardCharsets.UTF_8);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    assertTrue(
        rows.stream().anyMatch(r -> r.toList().contains("'" + FORMULA)), "description as text");
    assertTrue(rows.stream().noneMatch(r -> r.toList().contains(FORMULA)), csv);
    assertEquals(
        1,
        rows.stream().flatMap(r -> r.toList().stream()).filter(c -> c.startsWith("'")).count(),
        "only the formula gets an apostrophe; numbers and dates stay as they are: " + csv);

    // A PrimeFaces table export (people, for administrators) goes through the same rule.
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ada", "Admin", Role.ADMIN);
    String family = "=HYPERLINK(\"http://evil.example\",\"" + TestData.unique("x") + "\")";
    fixtures.person(TestData.unique("victim"), "Eva", family, Role.PARTICIPANT);
    HttpClient client = signedIn(admin);
    HttpResponse<String> page = get(client, "directory/people.xhtml");
    assertEquals(200, page.statusCode());
    HttpResponse<String> export =
        post(client, "directory/people.xhtml", page.body(), "people", "people:exportCsv");
    assertEquals(200, export.statusCode(), export.body());
    assertTrue(export.body().contains("\"'" + family.replace("\"", "\"\"") + "\""), export.body());
    assertFalse(export.body().contains("\"" + family.replace("\"", "\"\"")), "no raw formula");
  }

  // ---- consent

  @Test
  void withdrawingConsentTakesThePracticeDownAtOnceAndItsAddressAnswersGone() throws Exception {
    World world = fixtures.world(25);
    String participant = TestData.unique("p");
    String mentor = TestData.unique("m");
    long enrolment =
        fixtures.enrol(
            world.editionId(), fixtures.person(participant, "Jānis", "Bērziņš", Role.PARTICIPANT));
    fixtures.mentor(enrolment, fixtures.person(mentor, "Inese", "Liepiņa", Role.MENTOR));
    as(participant);
    ProjectIdea draft = new ProjectIdea();
    String word = "zz" + TestData.unique("w").replace("-", "");
    draft.setTitle("Reading club " + word);
    draft.setProblem("Teenagers do not come to the library.");
    long id = projects.create(enrolment, draft, null).getId();
    move(id, ProjectStatus.SUBMITTED);
    projects.consent(id, true);
    as(mentor);
    move(id, ProjectStatus.APPROVED);
    move(id, ProjectStatus.IN_IMPLEMENTATION);
    move(id, ProjectStatus.COMPLETED);
    GoodPractice published = practices.publish(id, form("Reading club " + word));
    TestLogin.logout();

    HttpClient anonymous = HttpClient.newHttpClient();
    String address = "good-practices/" + published.getSlug();
    assertEquals(200, get(anonymous, address).statusCode());
    assertEquals(1, practices.search(search(word)).size());

    as(participant);
    projects.consent(id, false);
    TestLogin.logout();
    assertEquals(0, practices.search(search(word)).size(), "gone from the catalogue");
    HttpResponse<String> gone = get(anonymous, address);
    assertEquals(410, gone.statusCode());
    assertTrue(gone.body().contains("This good practice is no longer published."), gone.body());
    assertFalse(gone.body().contains("Reading club"), "nothing of it is shown");
    assertEquals(404, get(anonymous, "good-practices/never-" + word).statusCode());

    as(participant);
    List<ProjectEvent> history = projects.history(id);
    ProjectEvent last = history.get(history.size() - 1);
    assertEquals("project.history.consentWithdrawn", last.getNoteKey());
    assertEquals("Bērziņš", last.getActor().getFamilyName());
  }

  private void move(long id, ProjectStatus to) {
    projects.move(id, to, null, projects.view(id).idea().getVersion());
  }

  private static GoodPractice form(String title) {
    GoodPractice form = new GoodPractice();
    form.setTitle(title);
    form.setSummary("A club that meets on Fridays.");
    form.setTargetAudience(TargetAudience.EDUCATION);
    form.setSkillLevel(SkillLevel.INTERMEDIATE);
    form.setCountries("LV");
    form.setSector(Sector.LIBRARIES);
    form.setScope(InitiativeScope.INTERNATIONAL);
    form.setFunding(Funding.PUBLIC);
    return form;
  }

  private static GoodPracticeService.Search search(String word) {
    return new GoodPracticeService.Search(word, null, null, null, null, null, null);
  }

  // ---- what the server tells whom

  @Test
  void metricsAreForAdministratorsAndHealthNamesNoDatabaseToStrangers() throws Exception {
    String trainee = TestData.unique("trainee");
    fixtures.person(trainee, "Jānis", "Bērziņš", Role.PARTICIPANT);
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ada", "Admin", Role.ADMIN);

    HttpResponse<String> refused = get(signedIn(trainee), "metrics");
    assertNotEquals(200, refused.statusCode());
    assertFalse(refused.body().contains("# TYPE"), refused.body());
    HttpClient administrator = signedIn(admin);
    HttpResponse<String> metrics = get(administrator, "metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("# TYPE"), metrics.body());

    HttpResponse<String> health = get(HttpClient.newHttpClient(), "health");
    assertTrue(health.body().contains("\"name\":\"database\""), health.body());
    assertFalse(health.body().contains("H2"), health.body());
    assertFalse(health.body().toLowerCase(Locale.ROOT).contains("jdbc"), health.body());
    HttpResponse<String> detailed = get(administrator, "health");
    assertTrue(detailed.body().contains("\"product\""), detailed.body());
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
    World world = fixtures.world(10);
    String trainee = TestData.unique("trainee");
    long enrolment =
        fixtures.enrol(
            world.editionId(), fixtures.person(trainee, "Jānis", "Bērziņš", Role.PARTICIPANT));
    HttpClient participant = signedIn(trainee);
    HttpClient anonymous = HttpClient.newHttpClient();

    HttpResponse<String> download =
        get(participant, "logbook/export?enrolment=" + enrolment + "&format=csv");
    assertEquals(200, download.statusCode());
    assertSecurityHeaders("download", download);

    HttpResponse<String> folder = get(anonymous, "resources");
    assertEquals(301, folder.statusCode());
    assertSecurityHeaders("301", folder);
    assertTrue(folder.headers().firstValue("Location").orElseThrow().startsWith("/"));

    HttpResponse<String> notAllowed =
        anonymous.send(
            HttpRequest.newBuilder(uri("health"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, notAllowed.statusCode());
    assertSecurityHeaders("405", notAllowed);

    for (String method : List.of("TRACE", "DELETE", "PROPFIND")) {
      HttpResponse<String> refused =
          anonymous.send(
              HttpRequest.newBuilder(uri("login.xhtml"))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .header("X-Echo-Me", "secret-cookie-value")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(405, refused.statusCode(), method);
      assertSecurityHeaders("405 " + method, refused);
      assertFalse(refused.body().contains("secret-cookie-value"), method + " echoes nothing");
    }

    HttpResponse<String> missing = get(participant, "no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertSecurityHeaders("404", missing);

    HttpResponse<String> tooMany = guessUntilRefused(anonymous);
    assertEquals(429, tooMany.statusCode());
    assertSecurityHeaders("429", tooMany);
  }

  private HttpResponse<String> guessUntilRefused(HttpClient client) throws Exception {
    String guesser =
        "198.18." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    HttpResponse<String> answer = null;
    for (int i = 0; i < 11; i++) {
      answer =
          client.send(
              HttpRequest.newBuilder(local("verify/?code=ZZZZ-ZZZZ-ZZZZ-ZZZ" + i))
                  .header("X-Forwarded-For", guesser)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    }
    return answer;
  }

  private static void assertSecurityHeaders(String what, HttpResponse<String> response) {
    String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
    assertEquals(
        "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), what);
    assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), what);
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), what);
  }

  @Test
  void aForgedHostNeverReachesALocation() throws Exception {
    for (String path : List.of("/resources", "/logbook", "/home/admin.xhtml")) {
      String head = rawGet(path, "evil.example");
      assertTrue(head.startsWith("HTTP/1.1 30"), path + ": " + head);
      assertFalse(head.toLowerCase(Locale.ROOT).contains("evil.example"), path + ": " + head);
    }
  }

  /** A request with a Host header of our choosing, which java.net.http does not allow. */
  private String rawGet(String path, String host) throws Exception {
    URI target = local("");
    try (Socket socket = new Socket("127.0.0.1", target.getPort())) {
      OutputStream out = socket.getOutputStream();
      String context = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
      String request =
          "GET "
              + context.substring(0, context.length() - 1)
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nConnection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder head = new StringBuilder();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        head.append(line).append('\n');
      }
      return head.toString();
    }
  }

  // ---- transfer

  /** Issue 17: pages, style sheets and scripts travel gzip-compressed to a client that asks. */
  @Test
  void pagesStyleSheetsAndScriptsTravelCompressed() throws Exception {
    // HTTP/1.1 as browsers speak it without TLS: Java's client otherwise asks to upgrade to
    // cleartext HTTP/2 (h2c), which no browser uses and where Grizzly does not compress.
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (String path :
        List.of(
            "login.xhtml",
            "jakarta.faces.resource/css/mentora.css.xhtml",
            "jakarta.faces.resource/components.js.xhtml?ln=primefaces")) {
      HttpResponse<byte[]> response =
          client.send(
              HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), path);
      assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse("none"), path);
      byte[] plain =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
              .readAllBytes();
      assertTrue(
          plain.length > 2 * response.body().length,
          path + ": " + response.body().length + " bytes for " + plain.length);
    }
  }

  /**
   * Issue 17: every style sheet, script and image a page links carries a version ({@code v=}) and
   * comes back cacheable for a year; the same address without a version or with another one (the
   * theme under PrimeFaces' release, which does not name our theme's content), or an unknown file,
   * does not.
   */
  @Test
  void versionedResourcesAreCachedForAYear() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String page =
        client
            .send(
                HttpRequest.newBuilder(uri("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher link =
        Pattern.compile("(?:href|src)=\"[^\"]*/(jakarta\\.faces\\.resource/[^\"]+)\"")
            .matcher(page);
    List<String> resources = new ArrayList<>();
    while (link.find()) {
      resources.add(link.group(1).replace("&amp;", "&"));
    }
    assertTrue(resources.size() >= 4, "resources linked from the login page: " + resources);
    assertTrue(
        resources.stream().anyMatch(r -> r.startsWith("jakarta.faces.resource/css/mentora.css")),
        resources.toString());
    for (String resource : resources) {
      assertTrue(resource.matches(".*[?&]v=[^&]+.*"), "no version: " + resource);
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(uri(resource)).build(),
              HttpResponse.BodyHandlers.discarding());
      assertEquals(200, response.statusCode(), resource);
      assertEquals(
          "public, max-age=31536000, immutable",
          response.headers().firstValue("Cache-Control").orElse("none"),
          resource);
    }
    String version =
        resources.stream()
            .filter(r -> r.startsWith("jakarta.faces.resource/css/mentora.css"))
            .map(r -> r.replaceAll(".*[?&]v=([^&]+).*", "$1"))
            .findFirst()
            .orElseThrow();
    for (String uncached :
        List.of(
            "jakarta.faces.resource/css/mentora.css.xhtml",
            "jakarta.faces.resource/css/mentora.css.xhtml?v=0",
            "jakarta.faces.resource/theme.css.xhtml?ln=primefaces-mentora&v=15.0.0")) {
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(uri(uncached)).build(),
              HttpResponse.BodyHandlers.discarding());
      assertEquals(200, response.statusCode(), uncached);
      assertFalse(
          response.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
          uncached);
    }
    HttpResponse<Void> missing =
        client.send(
            HttpRequest.newBuilder(uri("jakarta.faces.resource/css/no-such.css.xhtml?v=" + version))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertEquals(404, missing.statusCode());
    assertFalse(missing.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
  }

  // ---- searches

  @Test
  void percentAndUnderscoreInASearchMatchThemselves() {
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ada", "Admin", Role.ADMIN);
    String mark = TestData.unique("pct").replace("-", "");
    fixtures.person(TestData.unique("a"), "Ann", mark + "100%", Role.PARTICIPANT);
    fixtures.person(TestData.unique("b"), "Bob", mark + "1000", Role.PARTICIPANT);
    fixtures.person(TestData.unique("c"), "Cid", mark + "x_y", Role.PARTICIPANT);
    fixtures.person(TestData.unique("d"), "Dan", mark + "xzy", Role.PARTICIPANT);
    as(admin);
    assertEquals(List.of("Ann"), givenNames(directory.findPeople(mark + "100%", 10)));
    assertEquals(List.of("Cid"), givenNames(directory.findPeople(mark + "x_y", 10)));
    assertEquals(4, directory.findPeople(mark, 10).size());
  }

  private static List<String> givenNames(List<Person> people) {
    return people.stream().map(Person::getGivenName).toList();
  }

  // ---- HTTP helpers

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  /** The same address on 127.0.0.1, which the test server trusts as a proxy (see the pom). */
  private URI local(String path) throws Exception {
    URI uri = uri(path);
    return new URI(
        uri.getScheme(), null, "127.0.0.1", uri.getPort(), uri.getPath(), uri.getQuery(), null);
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(
      HttpClient client, String path, String page, String form, String button) throws Exception {
    Matcher state = VIEW_STATE.matcher(page);
    assertTrue(state.find(), page);
    List<String> fields = new ArrayList<>();
    fields.add(URLEncoder.encode(form, StandardCharsets.UTF_8) + "=" + form);
    fields.add(URLEncoder.encode(button, StandardCharsets.UTF_8) + "=");
    fields.add(
        "jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

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
    String origin = base.getProtocol() + "://" + base.getAuthority();
    HttpResponse<String> after =
        client.send(
            HttpRequest.newBuilder(uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertFalse(after.uri().getPath().endsWith("login.xhtml"), after.body());
    return client;
  }
}
