package org.mentora.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A second baseline for issue 8's load test, between the static file and the dashboards: the same
 * users, logged in the same way, on a Faces page of the same app that reads no data (the
 * change-password form: the layout with its menu and user name, PrimeFaces, the security and page
 * filters, the session) for {@code load.seconds} (120) seconds. The dashboards' time beyond this
 * page's is their own data and tables.
 */
public class FacesPageSimulation extends Simulation {

  static final ChainBuilder PASSWORD_PAGE =
      exec(http("password page (Faces, no data)")
              .get("/account/password.xhtml")
              .check(status().is(200))
              .check(css("form#login").notExists())
              .check(DashboardsSimulation.rightPerson())
              .check(css("form#password").exists()))
          .pause(LoadSettings.PAUSE);

  static ScenarioBuilder users(String name, String role) {
    return scenario(name)
        .feed(LoadSettings.users(role))
        .exec(DashboardsSimulation.login())
        .during(LoadSettings.DURATION)
        .on(PASSWORD_PAGE);
  }

  {
    int half = LoadSettings.USERS / 2;
    setUp(
            users("mentors", "MENTOR").injectOpen(rampUsers(half).during(LoadSettings.RAMP)),
            users("trainees", "PARTICIPANT")
                .injectOpen(rampUsers(LoadSettings.USERS - half).during(LoadSettings.RAMP)))
        .protocols(LoadSettings.protocol());
  }
}
