package org.mentora.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The baseline of issue 8's load test: the same {@code load.users} (50) virtual users, arriving the
 * same way, each requesting a static file of the same app (the stylesheet, 10.6 KB, served by the
 * container's default servlet through the app's filters, no login) again and again for {@code
 * load.seconds} (120) seconds.
 */
public class StaticBaselineSimulation extends Simulation {

  ScenarioBuilder visitors =
      scenario("static baseline")
          .during(LoadSettings.DURATION)
          .on(
              exec(http("static stylesheet")
                      .get("/resources/css/mentora.css")
                      .check(status().is(200))
                      .check(substring("Mentora: one stylesheet").exists()))
                  .pause(LoadSettings.PAUSE));

  {
    setUp(visitors.injectOpen(rampUsers(LoadSettings.USERS).during(LoadSettings.RAMP)))
        .protocols(LoadSettings.protocol());
  }
}
