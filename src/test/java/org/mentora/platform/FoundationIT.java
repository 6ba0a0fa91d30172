package org.mentora.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.directory.AccountService;
import org.mentora.platform.demo.DemoMode;
import org.mentora.platform.persistence.DataSourceConfig;
import org.mentora.platform.persistence.DatabaseMigrator;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.Role;
import org.mentora.platform.security.StoredHash;
import org.mentora.report.EditionDashboard;
import org.mentora.report.EditionDashboard.GroupBy;
import org.mentora.report.EditionDashboards;
import org.mentora.report.EditionFilter;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * The foundation in the real container: the schema is migrated, the identity store knows the demo
 * users and their roles, passwords are hashed as configured, services refuse anonymous callers, and
 * every response carries the security headers.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class FoundationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @Inject IdentityStoreHandler identityStores;
  @Inject AccountService accounts;
  @Inject PasswordHasher hasher;
  @Inject DatabaseMigrator migrator;
  @Inject DemoMode demoMode;
  @Inject TestData testData;
  @Inject EditionDashboards editionDashboards;

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Inject BeanManager beans;
  @Inject ServletContext servletContext;

  @ArquillianResource URL base;

  @Test
  void flywayHasAppliedEveryShippedMigration() throws Exception {
    File[] scripts =
        new File(getClass().getClassLoader().getResource("db/migration").toURI())
            .listFiles((dir, name) -> name.matches("V\\d+__.*\\.sql"));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select count(*), min(case when success then 1 else 0 end)"
                    + " from flyway_schema_history where version is not null")) {
      assertTrue(rows.next());
      assertEquals(scripts.length, rows.getInt(1), "applied migrations");
      assertEquals(1, rows.getInt(2), "every migration succeeded");
    }
    int newest =
        java.util.Arrays.stream(scripts)
            .mapToInt(f -> Integer.parseInt(f.getName().replaceAll("^V(\\d+)__.*", "$1")))
            .max()
            .orElseThrow();
    assertEquals(Integer.toString(newest), migrator.schemaVersion());
  }

  @Test
  void identityStoreAcceptsEachDemoUserWithTheirRole() {
    assertTrue(demoMode.isOn(), "the test server runs in demo mode");
    assertRoles("admin", "ADMIN");
    assertRoles("trainer", "TRAINER");
    assertRoles("tutor", "TUTOR");
    assertRoles("mentor", "MENTOR");
    assertRoles("trainee", "PARTICIPANT");
  }

  @Test
  void theDemoWorldsCountryAccountsSpeakTheirLanguageAndTheFiveFirstEnglish() {
    for (String user : List.of("admin", "trainer", "tutor", "mentor", "trainee")) {
      assertEquals("en", language(user), user);
    }
    Map<String, String> countries =
        Map.of("lv", "LV-PILOT", "bg", "BG-PILOT", "el", "EL-PILOT", "it", "IT-PILOT");
    countries.forEach(
        (language, edition) -> {
          assertEquals(language, language("trainee-" + language));
          assertEquals(language, language("mentor-" + language));
          assertRoles("trainee-" + language, "PARTICIPANT");
          assertRoles("mentor-" + language, "MENTOR");
        });
  }

  @Test
  void theDemoWorldHasFivePilotEditionsWithAFewParticipantsAtRisk() throws Exception {
    List<Long> editions = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select id from edition where code in"
                    + " ('LV-PILOT', 'BG-PILOT', 'EL-PILOT', 'IT-PILOT', 'EU-BRIDGE')")) {
      while (rows.next()) {
        editions.add(rows.getLong(1));
      }
    }
    assertEquals(5, editions.size(), "the Latvian, Bulgarian, Greek, Italian and cross-border");
    TestLogin.as("admin", DemoMode.DEMO_PASSWORD);
    try {
      EditionDashboard dashboard =
          editionDashboards.editionDashboard(new EditionFilter(editions, null, null, null));
      long enrolled = 0;
      long atRisk = 0;
      for (EditionDashboard.EditionRow row : dashboard.editions()) {
        assertTrue(row.enrolled() >= 4, row.code() + ": " + row.enrolled());
        assertTrue(row.approvedMinutes() > 0, row.code());
        assertTrue(3 * row.atRisk() < row.enrolled(), row.code() + " at risk: " + row.atRisk());
        enrolled += row.enrolled();
        atRisk += row.atRisk();
      }
      assertTrue(atRisk >= 4, "a few at risk, for staff to see: " + atRisk + " of " + enrolled);
      Set<String> countries =
          dashboard.groups(GroupBy.COUNTRY).stream()
              .map(EditionDashboard.GroupRow::country)
              .collect(Collectors.toSet());
      assertTrue(countries.containsAll(Set.of("LV", "BG", "GR", "IT")), countries.toString());
    } finally {
      TestLogin.logout();
    }
  }

  private String language(String user) {
    return accounts.findByUsername(user).orElseThrow().getPerson().getPreferredLanguage();
  }

  @Test
  void identityStoreRefusesWrongPasswordAndUnknownUser() {
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        validate("trainee", "not-the-password").getStatus());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        validate("nobody-here", "mentora-demo").getStatus());
    assertEquals(CredentialValidationResult.Status.INVALID, validate("", "").getStatus());
  }

  @Test
  void userNamesAreNotCaseSensitive() {
    CredentialValidationResult result = validate("  Trainee ", "mentora-demo");
    assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
    assertEquals("trainee", result.getCallerPrincipal().getName());
  }

  @Test
  void storedHashesUsePbkdf2Sha256WithTheConfiguredIterationsAndTheirOwnSalt() {
    StoredHash admin =
        StoredHash.parse(accounts.findByUsername("admin").orElseThrow().getPasswordHash())
            .orElseThrow();
    StoredHash trainee =
        StoredHash.parse(accounts.findByUsername("trainee").orElseThrow().getPasswordHash())
            .orElseThrow();
    assertEquals("PBKDF2WithHmacSHA256", admin.algorithm());
    assertTrue(admin.iterations() >= 600_000, "iterations " + admin.iterations());
    assertEquals(hasher.iterations(), admin.iterations());
    assertFalse(admin.salt().equals(trainee.salt()), "each hash has its own salt");
  }

  @Test
  void servicesRefuseAnonymousCallers() {
    TestLogin.logout();
    assertThrows(EJBAccessException.class, () -> accounts.changeOwnPassword("a", "b"));
  }

  @Test
  void aLoggedInUserChangesTheirOwnPasswordAndLogsInWithTheNewOne() {
    String user = testData.account("tutor", Role.TUTOR, Role.MENTOR);
    TestLogin.as(user, TestData.PASSWORD);
    String fresh = "fresh-" + UUID.randomUUID();
    BusinessException wrongCurrent =
        assertThrows(BusinessException.class, () -> accounts.changeOwnPassword("wrong", fresh));
    assertEquals("password.currentWrong", wrongCurrent.messageKey());
    BusinessException weak =
        assertThrows(
            BusinessException.class, () -> accounts.changeOwnPassword(TestData.PASSWORD, "short"));
    assertEquals("password.tooShort", weak.messageKey());
    BusinessException withName =
        assertThrows(
            BusinessException.class,
            () -> accounts.changeOwnPassword(TestData.PASSWORD, "my " + user + " password"));
    assertEquals("password.containsUsername", withName.messageKey());

    accounts.changeOwnPassword(TestData.PASSWORD, fresh);
    assertEquals(CredentialValidationResult.Status.VALID, validate(user, fresh).getStatus());
    assertEquals(Set.of("TUTOR", "MENTOR"), validate(user, fresh).getCallerGroups());
    assertEquals(
        CredentialValidationResult.Status.INVALID, validate(user, TestData.PASSWORD).getStatus());
    TestLogin.logout();
  }

  @Test
  void aDisabledAccountCannotLogIn() {
    String user = testData.account("disabled", Role.PARTICIPANT);
    assertEquals(
        CredentialValidationResult.Status.VALID, validate(user, TestData.PASSWORD).getStatus());
    testData.disable(user);
    assertEquals(
        CredentialValidationResult.Status.INVALID, validate(user, TestData.PASSWORD).getStatus());
  }

  @Test
  @RunAsClient
  void everyPageCarriesTheSecurityHeadersAndASafeSessionCookie() throws Exception {
    HttpResponse<String> login = get("login.xhtml");
    assertEquals(200, login.statusCode());
    String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), csp);
    assertFalse(csp.contains("unsafe-inline';") && scriptSrc(csp).contains("unsafe-inline"), csp);
    assertEquals(1, login.headers().allValues("Content-Security-Policy").size());
    assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(login.headers().firstValue("Referrer-Policy").isPresent());
    // The login page keeps no state, so showing it creates no session; signing in does.
    assertEquals(List.of(), login.headers().allValues("Set-Cookie"));
    Matcher state = VIEW_STATE.matcher(login.body());
    assertTrue(state.find());
    assertEquals("stateless", state.group(1));
    HttpResponse<String> signIn =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "login=login&login%3Ausername=tutor&login%3Apassword=mentora-demo"
                                + "&login%3Asubmit=&jakarta.faces.ViewState=stateless"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(302, signIn.statusCode(), signIn.body());
    String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);

    HttpResponse<String> css = get("resources/css/mentora.css");
    assertEquals("nosniff", css.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(
        css.headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow()
            .contains("frame-ancestors 'none'"));
  }

  /**
   * Public pages that keep nothing (login, accessibility statement, good practices) create no
   * session for an anonymous visitor: each would otherwise be written to the data grid. A page that
   * keeps state (the verification page's upload) still does.
   */
  @Test
  @RunAsClient
  void publicPagesWithoutStateCreateNoSession() throws Exception {
    for (String page :
        List.of("login.xhtml", "accessibility.xhtml", "good-practices/index.xhtml")) {
      HttpResponse<String> response = get(page);
      assertEquals(200, response.statusCode(), page);
      assertEquals(List.of(), response.headers().allValues("Set-Cookie"), page);
    }
    assertTrue(
        get("verify/index.xhtml").headers().allValues("Set-Cookie").stream()
            .anyMatch(cookie -> cookie.startsWith("JSESSIONID=")));
  }

  @Test
  @RunAsClient
  void protectedPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
    HttpResponse<String> home = get("home/admin.xhtml");
    assertEquals(302, home.statusCode());
    assertTrue(
        home.headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/login.xhtml?continue=%2Fhome%2Fadmin.xhtml"),
        home.headers().firstValue("Location").orElseThrow());
    assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }

  @Test
  @RunAsClient
  void healthReportsUpWithTheDatabaseCheck() throws Exception {
    HttpResponse<String> health = get("health/ready");
    if (health.statusCode() == 404) {
      // Outside the root context Payara serves health at the port's root.
      health = send(URI.create(base.getProtocol() + "://" + base.getAuthority() + "/health/ready"));
    }
    assertEquals(200, health.statusCode(), health.body());
    assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    assertTrue(health.body().contains("\"name\":\"database\""), health.body());
  }

  // ---- addresses and uploads that are wrong, over HTTP as a browser sends them

  private static final Pattern VIEW_PARAM =
      Pattern.compile("<f:viewParam\\s+name=\"(\\w+)\"\\s+value=\"#\\{(\\w+)\\.(\\w+)\\}\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @Test
  void everyPageAnswersNotFoundToARecordParameterThatIsNoNumber() throws Exception {
    HttpClient client =
        signedIn(
            testData.account(
                "everyone", Role.ADMIN, Role.TRAINER, Role.TUTOR, Role.MENTOR, Role.PARTICIPANT));
    List<String> addresses = numericViewParameters("/");
    assertTrue(addresses.size() >= 15, "the pages that take a record id: " + addresses);
    List<String> wrong = new ArrayList<>();
    for (String address : addresses) {
      for (String value : List.of("abc", "1e3", "99999999999999999999")) {
        HttpResponse<String> page = get(client, address + value);
        if (page.statusCode() != 404) {
          wrong.add(address + value + " answered " + page.statusCode());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** "page.xhtml?param=" for every f:viewParam of every page bound to a numeric property. */
  private List<String> numericViewParameters(String folder) throws Exception {
    List<String> addresses = new ArrayList<>();
    for (String path : servletContext.getResourcePaths(folder)) {
      if (path.startsWith("/WEB-INF") || path.startsWith("/resources")) {
        continue;
      }
      if (path.endsWith("/")) {
        addresses.addAll(numericViewParameters(path));
      } else if (path.endsWith(".xhtml")) {
        String page;
        try (var in = servletContext.getResourceAsStream(path)) {
          page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher parameter = VIEW_PARAM.matcher(page);
        while (parameter.find()) {
          if (isNumber(parameter.group(2), parameter.group(3))) {
            addresses.add(path.substring(1) + "?" + parameter.group(1) + "=");
          }
        }
      }
    }
    return addresses;
  }

  private boolean isNumber(String beanName, String property) {
    Class<?> type = beans.getBeans(beanName).iterator().next().getBeanClass();
    String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (var method : type.getMethods()) {
      if (method.getName().equals(getter) && method.getParameterCount() == 0) {
        Class<?> result = method.getReturnType();
        return Number.class.isAssignableFrom(result) || result == long.class || result == int.class;
      }
    }
    return false;
  }

  private HttpClient signedIn(String user) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    Matcher state = VIEW_STATE.matcher(get(client, "login.xhtml").body());
    assertTrue(state.find());
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

  private static String scriptSrc(String csp) {
    for (String directive : csp.split(";")) {
      if (directive.trim().startsWith("script-src")) {
        return directive;
      }
    }
    return "";
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(base.toURI().resolve(path));
  }

  private static HttpResponse<String> send(URI uri) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    return client.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private CredentialValidationResult validate(String user, String password) {
    return identityStores.validate(new UsernamePasswordCredential(user, new Password(password)));
  }

  private void assertRoles(String user, String role) {
    CredentialValidationResult result = validate(user, "mentora-demo");
    assertEquals(CredentialValidationResult.Status.VALID, result.getStatus(), user);
    assertEquals(Set.of(role), result.getCallerGroups(), user);
  }
}
