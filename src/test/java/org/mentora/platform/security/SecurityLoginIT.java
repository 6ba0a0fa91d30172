package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.directory.AccountService;
import org.mentora.directory.DirectoryService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.persistence.DataSourceConfig;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * The login and its session against a hostile visitor, through real HTTP requests to the deployed
 * WAR (each visitor its own cookie jar): forged and cross-site logins, password guessing, weak
 * passwords, sessions that outlive a change of the account, and requests that must be refused
 * cleanly. The tests run in the container so they can make their own accounts and act as an
 * administrator; the visitors reach the server over HTTP like a browser.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class SecurityLoginIT {

  private static final String FAILED = "The user name or password is not right";
  private static final java.util.regex.Pattern VIEW_STATE =
      java.util.regex.Pattern.compile(
          "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final java.util.regex.Pattern NONCE =
      java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"");

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora().addClass(AdjustableClock.class);
  }

  @Inject TestData testData;
  @Inject AccountService accounts;
  @Inject DirectoryService directory;
  @Inject HttpServletRequest runnerRequest;

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  private String base;

  @BeforeEach
  void forgetAddressFailures() throws Exception {
    base =
        "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/";
    // Every visitor here is 127.0.0.1: earlier runs must not have used up its allowance.
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("delete from login_throttle where throttle_key like 'address:%'");
    }
  }

  @AfterEach
  void realTime() {
    AdjustableClock.reset();
    TestLogin.logout();
  }

  // ---- hole 1: login CSRF

  @Test
  void aLoginWithAForgedViewStateDoesNotLogInButShowsAFreshLoginPage() throws Exception {
    String user = testData.account("forged", Role.PARTICIPANT);
    Visitor visitor = new Visitor();
    visitor.get("login.xhtml");

    HttpResponse<String> forged = visitor.post("login.xhtml", loginForm("1:2", user), true);

    assertEquals(302, forged.statusCode(), forged.body());
    String location = forged.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("/login.xhtml?expired=true"), location);
    assertFalse(visitor.loggedIn(), "a made-up view state must not log anybody in");
    String fresh = visitor.get(location.substring(location.indexOf("login.xhtml"))).body();
    assertTrue(fresh.contains("was loaded afresh"), "a real user is told why: " + fresh);
  }

  @Test
  void aLoginPostedFromAnotherSiteIsRefusedAndOneFromThisSiteWorks() throws Exception {
    String user = testData.account("crosssite", Role.PARTICIPANT);
    Visitor visitor = new Visitor();
    String viewState = visitor.viewState("login.xhtml");

    HttpResponse<String> fromOrigin =
        visitor.post(
            "login.xhtml", loginForm(viewState, user), false, "Origin", "https://evil.example");
    assertEquals(403, fromOrigin.statusCode());
    HttpResponse<String> fromFetchMetadata =
        visitor.post(
            "login.xhtml", loginForm(viewState, user), false, "Sec-Fetch-Site", "cross-site");
    assertEquals(403, fromFetchMetadata.statusCode());
    HttpResponse<String> fromReferer =
        visitor.post(
            "login.xhtml",
            loginForm(viewState, user),
            false,
            "Referer",
            "https://evil.example/page.html");
    assertEquals(403, fromReferer.statusCode());
    assertFalse(visitor.loggedIn());

    HttpResponse<String> sameSite =
        visitor.post(
            "login.xhtml", loginForm(viewState, user), true, "Sec-Fetch-Site", "same-origin");
    assertEquals(302, sameSite.statusCode(), sameSite.body());
    assertTrue(visitor.loggedIn());
  }

  // ---- hole 2: throttling

  @Test
  void tenWrongPasswordsLockTheAccountEvenForTheRightOneUntilAnAdministratorUnlocksIt()
      throws Exception {
    String user = testData.account("guessed", Role.PARTICIPANT);
    Visitor guesser = new Visitor();
    for (int i = 0; i < 10; i++) {
      assertTrue(guesser.logIn(user, "wrong-guess-" + i).body().contains(FAILED));
    }
    HttpResponse<String> right = guesser.logIn(user, TestData.PASSWORD);
    assertEquals(200, right.statusCode());
    assertTrue(right.body().contains(FAILED), "same answer as a wrong password");
    assertFalse(guesser.loggedIn());

    String unknown = TestData.unique("nobody");
    Visitor prober = new Visitor();
    for (int i = 0; i < 11; i++) {
      HttpResponse<String> answer = prober.logIn(unknown, "wrong-guess-" + i);
      assertEquals(200, answer.statusCode());
      assertTrue(answer.body().contains(FAILED), "an unknown user gets the same answer");
    }

    String admin = testData.account("unlocker", Role.ADMIN);
    TestLogin.as(admin, TestData.PASSWORD);
    long person = accounts.findByUsername(user).orElseThrow().getPerson().getId();
    assertTrue(accounts.loginLocked(person));
    accounts.unlockLogin(person);
    assertFalse(accounts.loginLocked(person));

    assertEquals(302, new Visitor().logIn(user, TestData.PASSWORD).statusCode());
  }

  @Test
  void aSuccessfulLoginClearsTheAccountsFailures() throws Exception {
    String user = testData.account("forgetful", Role.PARTICIPANT);
    Visitor visitor = new Visitor();
    for (int i = 0; i < 9; i++) {
      visitor.logIn(user, "wrong-guess-" + i);
    }
    assertEquals(302, visitor.logIn(user, TestData.PASSWORD).statusCode());
    Visitor later = new Visitor();
    for (int i = 0; i < 9; i++) {
      later.logIn(user, "wrong-again-" + i);
    }
    assertEquals(302, later.logIn(user, TestData.PASSWORD).statusCode(), "nine, not eighteen");
  }

  // ---- hole 3: weak passwords

  @Test
  void guessableAndPersonalPasswordsAreRefusedBesideTheFieldAndAStrongOneIsAccepted() {
    String user = testData.account("zelenka", Role.PARTICIPANT);
    TestLogin.as(user, TestData.PASSWORD);
    for (String weak :
        new String[] {
          "qwerty123456", "123456123456", "passwordpassword1", "Zelenka river piano 42"
        }) {
      BusinessException refusal =
          assertThrows(
              BusinessException.class,
              () -> accounts.changeOwnPassword(TestData.PASSWORD, weak),
              weak);
      assertEquals(java.util.Optional.of("newPassword"), refusal.field(), weak);
    }
    accounts.changeOwnPassword(TestData.PASSWORD, "lantern ocean violin 42");

    String admin = testData.account("creator", Role.ADMIN);
    TestLogin.as(admin, TestData.PASSWORD);
    long person = accounts.findByUsername(user).orElseThrow().getPerson().getId();
    BusinessException byAdmin =
        assertThrows(
            BusinessException.class,
            () ->
                directory.saveAccount(
                    person, user, Set.of(Role.PARTICIPANT), true, "passwordpassword1"));
    assertEquals(java.util.Optional.of("newPassword"), byAdmin.field());
  }

  // ---- hole 4: sessions follow the account

  @Test
  void aDisabledAccountsOpenSessionIsRefusedOnTheNextRequest() throws Exception {
    String user = testData.account("disabled", Role.PARTICIPANT);
    Visitor visitor = new Visitor();
    assertEquals(302, visitor.logIn(user, TestData.PASSWORD).statusCode());
    assertTrue(visitor.loggedIn());

    testData.disable(user);

    HttpResponse<String> next = visitor.get("account/password.xhtml");
    assertEquals(302, next.statusCode());
    assertTrue(next.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
  }

  @Test
  void aRoleTakenAwayStopsWorkingAtOnce() throws Exception {
    String user = testData.account("demoted", Role.TUTOR, Role.PARTICIPANT);
    Visitor visitor = new Visitor();
    visitor.logIn(user, TestData.PASSWORD);
    assertEquals(200, visitor.get("home/tutor.xhtml").statusCode());

    String admin = testData.account("demoter", Role.ADMIN);
    TestLogin.as(admin, TestData.PASSWORD);
    long person = accounts.findByUsername(user).orElseThrow().getPerson().getId();
    directory.saveAccount(person, user, Set.of(Role.PARTICIPANT), true, null);

    assertEquals(404, visitor.get("home/tutor.xhtml").statusCode());
    assertEquals(200, visitor.get("home/participant.xhtml").statusCode());
  }

  @Test
  void changingTheOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
    String user = testData.account("changer", Role.PARTICIPANT);
    Visitor here = new Visitor();
    Visitor elsewhere = new Visitor();
    here.logIn(user, TestData.PASSWORD);
    elsewhere.logIn(user, TestData.PASSWORD);

    HttpResponse<String> weak = here.changePassword(TestData.PASSWORD, "qwerty123456");
    assertFalse(weak.body().contains("Your password has been changed"), weak.body());
    assertTrue(weak.body().contains("easy to guess"), "the reason is shown: " + weak.body());
    assertEquals(200, elsewhere.get("account/password.xhtml").statusCode(), "nothing changed");

    HttpResponse<String> changed = here.changePassword(TestData.PASSWORD, "lantern ocean violin 7");
    assertTrue(changed.body().contains("Your password has been changed"), changed.body());

    assertEquals(200, here.get("account/password.xhtml").statusCode(), "this session goes on");
    assertEquals(302, elsewhere.get("account/password.xhtml").statusCode(), "the other ended");
  }

  @Test
  void anAdministratorSignsAnAccountOutEverywhere() throws Exception {
    String user = testData.account("lostlaptop", Role.PARTICIPANT);
    Visitor laptop = new Visitor();
    Visitor phone = new Visitor();
    laptop.logIn(user, TestData.PASSWORD);
    phone.logIn(user, TestData.PASSWORD);

    String admin = testData.account("helpdesk", Role.ADMIN);
    TestLogin.as(admin, TestData.PASSWORD);
    accounts.signOutEverywhere(accounts.findByUsername(user).orElseThrow().getPerson().getId());

    assertEquals(302, laptop.get("account/password.xhtml").statusCode());
    assertEquals(302, phone.get("account/password.xhtml").statusCode());
    assertEquals(302, new Visitor().logIn(user, TestData.PASSWORD).statusCode(), "may log in");
  }

  @Test
  void aSessionOlderThanTheAbsoluteLifetimeEndsWithASentence() throws Exception {
    String user = testData.account("marathon", Role.PARTICIPANT);
    Visitor visitor = new Visitor();
    visitor.logIn(user, TestData.PASSWORD);
    // Busy all day (a request every 25 minutes, so never idle for the limit)...
    for (Duration at = Duration.ofMinutes(25);
        at.compareTo(Duration.ofHours(11).plusMinutes(59)) < 0;
        at = at.plusMinutes(25)) {
      AdjustableClock.advance(at);
      assertEquals(200, visitor.get("account/password.xhtml").statusCode(), "at " + at);
    }
    AdjustableClock.advance(Duration.ofHours(11).plusMinutes(59));
    assertEquals(200, visitor.get("account/password.xhtml").statusCode());

    // ...and still ended twelve hours after the login.

    AdjustableClock.advance(Duration.ofHours(12).plusMinutes(1));
    HttpResponse<String> late = visitor.get("account/password.xhtml");
    assertEquals(302, late.statusCode());
    String location = late.headers().firstValue("Location").orElseThrow();
    String login = visitor.get(location.substring(location.indexOf("login.xhtml"))).body();
    assertTrue(login.contains("Your session has ended"), login);
  }

  @Test
  void aSessionIdleForHalfAnHourEndsWithASentenceWhileAnActiveOneGoesOn() throws Exception {
    String user = testData.account("dozer", Role.PARTICIPANT);
    Visitor visitor = new Visitor();
    visitor.logIn(user, TestData.PASSWORD);
    for (int i = 0; i < 3; i++) {
      // Active every 25 minutes for over an hour: never idle for the limit.
      AdjustableClock.advance(Duration.ofMinutes(25 * (i + 1)));
      assertEquals(200, visitor.get("account/password.xhtml").statusCode(), "active, step " + i);
    }

    AdjustableClock.advance(Duration.ofMinutes(75 + 31));
    HttpResponse<String> late = visitor.get("account/password.xhtml");
    assertEquals(302, late.statusCode());
    String location = late.headers().firstValue("Location").orElseThrow();
    String login = visitor.get(location.substring(location.indexOf("login.xhtml"))).body();
    assertTrue(login.contains("Your session has ended"), login);
  }

  // ---- hole 7: refused cleanly

  @Test
  void anAjaxRequestWithoutASessionGetsAPartialResponseRedirectToTheLoginPage() throws Exception {
    Visitor visitor = new Visitor();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "password:change");
    form.put("jakarta.faces.partial.execute", "password");
    form.put("password", "password");
    form.put("jakarta.faces.ViewState", "-1:-2");
    HttpResponse<String> answer =
        visitor.post(
            "account/password.xhtml",
            form,
            true,
            "Faces-Request",
            "partial/ajax",
            "Cookie",
            "JSESSIONID=expired-long-ago");

    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("<partial-response"), answer.body());
    assertTrue(
        answer.body().matches("(?s).*<redirect url=\"[^\"]*/login\\.xhtml.*"), answer.body());
  }

  @Test
  void aFormSentAsGetDoesNotRunItsAction() throws Exception {
    String user = testData.account("getpost", Role.PARTICIPANT);
    Visitor visitor = new Visitor();
    String viewState = visitor.viewState("login.xhtml");
    String query = encode(loginForm(viewState, user));

    HttpResponse<String> answer = visitor.get("login.xhtml?" + query);

    assertEquals(400, answer.statusCode());
    assertFalse(visitor.loggedIn());
  }

  // ---- helpers

  private static Map<String, String> loginForm(String viewState, String user) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", user);
    form.put("login:password", TestData.PASSWORD);
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", viewState);
    return form;
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String first(java.util.regex.Pattern pattern, String body) {
    Matcher matcher = pattern.matcher(body);
    if (!matcher.find()) {
      throw new AssertionError("not found: " + pattern + " in " + body);
    }
    return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
  }

  /** One browser: its own cookies, no automatic redirects, same-origin posts by default. */
  private final class Visitor {

    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    HttpResponse<String> get(String path) throws Exception {
      return client.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(
        String path, Map<String, String> form, boolean sameOrigin, String... headers)
        throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
      if (sameOrigin) {
        request.header("Origin", base.substring(0, base.indexOf('/', "http://".length())));
      }
      for (int i = 0; i < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String viewState(String page) throws Exception {
      return first(VIEW_STATE, get(page).body());
    }

    HttpResponse<String> logIn(String user, String password) throws Exception {
      String page = get("login.xhtml").body();
      Map<String, String> form = loginForm(first(VIEW_STATE, page), user);
      form.put("login:password", password);
      // As PrimeFaces' script adds it to every submit under its Content-Security-Policy.
      form.put("primefaces.nonce", first(NONCE, page));
      return post("login.xhtml", form, true);
    }

    boolean loggedIn() throws Exception {
      return get("account/password.xhtml").statusCode() == 200;
    }

    /** Submits the password page as PrimeFaces' ajax button does. */
    HttpResponse<String> changePassword(String current, String fresh) throws Exception {
      String page = get("account/password.xhtml").body();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("jakarta.faces.partial.ajax", "true");
      form.put("jakarta.faces.source", "password:change");
      form.put("jakarta.faces.partial.execute", "password");
      form.put("jakarta.faces.partial.render", "password");
      form.put("password:change", "password:change");
      form.put("password", "password");
      form.put("password:currentPassword", current);
      form.put("password:newPassword", fresh);
      form.put("password:newPasswordRepeat", fresh);
      form.put("jakarta.faces.ViewState", first(VIEW_STATE, page));
      form.put("primefaces.nonce", first(NONCE, page));
      return post("account/password.xhtml", form, true, "Faces-Request", "partial/ajax");
    }
  }
}
