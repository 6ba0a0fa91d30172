package org.mentora.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Issue 8's load test: {@code load.users} (50) virtual users, half mentors on their participants'
 * dashboard ({@code /report/staff-dashboard.xhtml}), half trainees on theirs ({@code
 * /report/my-dashboard.xhtml}). Each logs in once through the real login form (GET, then POST with
 * the form's view state and field names), then requests its dashboard again and again for {@code
 * load.seconds} (120) seconds. Every response is checked for what only the real dashboard shows, so
 * a login page or an error page counts as an error.
 */
public class DashboardsSimulation extends Simulation {

  /**
   * Logs the feeder's user in and checks it landed on its home page, not the login page again; a
   * user who is not logged in after that stops here.
   */
  static ChainBuilder login() {
    return exec(http("login page")
            .get("/login.xhtml")
            .check(status().is(200))
            .check(css("form#login", "action").saveAs("loginAction"))
            .check(css("form#login input[name$=':username']", "name").saveAs("usernameField"))
            .check(css("form#login input[type='password']", "name").saveAs("passwordField"))
            .check(css("form#login button[type='submit']", "name").saveAs("submitField"))
            .check(css("form#login input[name='jakarta.faces.ViewState']", "value").exists())
            .check(form("form#login").saveAs("loginForm")))
        .exec(
            http("login")
                .post("#{loginAction}")
                .form("#{loginForm}")
                .formParam("#{usernameField}", "#{username}")
                .formParam("#{passwordField}", LoadSettings.PASSWORD)
                .formParam("#{submitField}", "")
                .check(status().is(200))
                .check(currentLocationRegex(".*/home/(mentor|participant)\\.xhtml$").exists())
                .check(css("form#login").notExists())
                .check(css("[id='menuForm:logout']").exists())
                .check(rightPerson()))
        // A wrong answer above is counted as an error; the user may still be logged in (the
        // server logged them in but answered the home page wrongly), so what decides whether it
        // goes on browsing is the home page, asked up to three times.
        .exec(session -> session.markAsSucceeded())
        .tryMax(3)
        .on(
            exec(
                http("home (logged in?)")
                    .get("/home.xhtml")
                    .check(status().is(200))
                    .check(currentLocationRegex(".*/home/(mentor|participant)\\.xhtml$").exists())
                    .check(css("[id='menuForm:logout']").exists())
                    .check(rightPerson())))
        .exitHereIfFailed();
  }

  /**
   * The page header names the logged-in person, whose family name carries the user name (see {@code
   * LogbookGenerator.loadAccounts}): a page rendered for anyone else is an error.
   */
  static CheckBuilder.Final rightPerson() {
    return css("#userName")
        .transformWithSession(
            (text, session) -> text.contains("(" + session.getString("username") + ")"))
        .is(true);
  }

  static final ChainBuilder STAFF_DASHBOARD =
      exec(http("staff dashboard (mentor)")
              .get("/report/staff-dashboard.xhtml")
              .check(status().is(200))
              .check(css("form#login").notExists())
              .check(rightPerson())
              .check(css("#staffSummary").exists())
              // The mentor's ten participants, one row each.
              .check(css("[id='staff:participants_data'] tr[data-ri]").count().is(10)))
          .pause(LoadSettings.PAUSE);

  static final ChainBuilder TRAINEE_DASHBOARD =
      exec(http("trainee dashboard")
              .get("/report/my-dashboard.xhtml")
              .check(status().is(200))
              .check(css("form#login").notExists())
              .check(rightPerson())
              .check(css("#noEnrolment").notExists())
              .check(css("#myProgress").exists())
              .check(css("#myWaitingCount").exists()))
          .pause(LoadSettings.PAUSE);

  ScenarioBuilder mentors =
      scenario("mentors")
          .feed(LoadSettings.users("MENTOR"))
          .exec(login())
          .during(LoadSettings.DURATION)
          .on(STAFF_DASHBOARD);

  ScenarioBuilder trainees =
      scenario("trainees")
          .feed(LoadSettings.users("PARTICIPANT"))
          .exec(login())
          .during(LoadSettings.DURATION)
          .on(TRAINEE_DASHBOARD);

  {
    int half = LoadSettings.USERS / 2;
    setUp(
            mentors.injectOpen(rampUsers(half).during(LoadSettings.RAMP)),
            trainees.injectOpen(rampUsers(LoadSettings.USERS - half).during(LoadSettings.RAMP)))
        .protocols(LoadSettings.protocol());
  }
}
