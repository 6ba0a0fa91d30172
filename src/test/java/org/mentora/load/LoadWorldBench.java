package org.mentora.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.platform.security.Role;
import org.mentora.report.StaffDashboards;
import org.mentora.report.TraineeDashboards;
import org.mentora.support.Deployments;
import org.mentora.support.LogbookGenerator;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * Sets up the world of issue 8's load test and leaves it in the database: the logbook generator's
 * world (size L by default: 20,000 participants, about 1,000,000 entries), then accounts with the
 * shared test password for {@value #MENTORS} mentors who each mentor ten participants and {@value
 * #TRAINEES} participants with entries, spread over the editions. Writes their user names and roles
 * to {@code target/bench/load-users.csv}, the feeder of the Gatling simulations in {@code
 * src/gatling/java}. Not a measurement itself: {@code bench/load-test.sh} runs it on a fresh
 * PostgreSQL database, then starts the app on that database and runs Gatling.
 *
 * <p>Run alone: {@code mvn verify -Pbench -Dit.test=LoadWorldBench -Dit.db.url=... } (see
 * docs/benchmarks.md).
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class LoadWorldBench {

  static final int MENTORS = 25;
  static final int TRAINEES = 25;

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @Inject LogbookGenerator generator;
  @Inject TraineeDashboards traineeDashboards;
  @Inject StaffDashboards staffDashboards;

  @Resource(lookup = "java:app/jdbc/mentora")
  DataSource dataSource;

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  @Test
  void loadTestWorld() throws Exception {
    long started = System.nanoTime();
    LogbookGenerator.Size size =
        LogbookGenerator.Size.valueOf(
            Objects.requireNonNullElse(System.getenv("MENTORA_BENCH_SIZE"), "L"));
    LogbookGenerator.World world = generator.generate(size);
    double generated = (System.nanoTime() - started) / 1e9;
    List<LogbookGenerator.LoadUser> users =
        generator.loadAccounts(TestData.unique("load"), MENTORS, TRAINEES);
    generator.vacuumAnalyzeIfPostgres(
        "person",
        "account",
        "account_role",
        "organisation",
        "enrolment",
        "staff_assignment",
        "log_entry");
    double total = (System.nanoTime() - started) / 1e9;

    // The accounts work and see what the load test expects: a mentor's ten participants, a
    // trainee's own dashboard.
    LogbookGenerator.LoadUser mentor = users.get(0);
    assertEquals(Role.MENTOR, mentor.role());
    TestLogin.as(mentor.username(), TestData.PASSWORD);
    assertEquals(LogbookGenerator.MENTEES, staffDashboards.staffDashboard().participants().size());
    TestLogin.logout();
    LogbookGenerator.LoadUser trainee = users.get(users.size() - 1);
    assertEquals(Role.PARTICIPANT, trainee.role());
    TestLogin.as(trainee.username(), TestData.PASSWORD);
    assertTrue(traineeDashboards.traineeDashboard(null).isPresent(), "the trainee has a dashboard");

    StringBuilder csv = new StringBuilder("username,role\n");
    for (LogbookGenerator.LoadUser user : users) {
      csv.append(user.username()).append(',').append(user.role().name()).append('\n');
    }
    Path file = Path.of("target", "bench", "load-users.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, csv.toString());
    Files.writeString(
        file.resolveSibling("load-world.md"),
        String.format(
            Locale.ROOT,
            "Load-test world at size %s: %,d entries and %,d generated people in %.0f s; %d"
                + " mentors and %d trainees given accounts; ready (with VACUUM ANALYZE) after"
                + " %.0f s. Users: %s%n",
            size,
            world.entries(),
            world.people(),
            generated,
            MENTORS,
            TRAINEES,
            total,
            file.toAbsolutePath()));
    System.out.println("Load-test users written to " + file.toAbsolutePath());
  }
}
