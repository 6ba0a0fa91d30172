package org.mentora.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.Deployments;
import org.mentora.support.LogbookGenerator;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * Issue 8's benchmark: at generator size L (20,000 participants, about 1,000,000 entries; editions
 * of 5,000 spread over 28 host libraries in four regions), the server time of the administrator's
 * edition dashboard (one edition, all figures), a tutor's staff dashboard (500 participants) and a
 * trainee's dashboard, as p50/p95/p99, beside a raw JDBC baseline: the per-participant sums of the
 * edition as one hand-written statement.
 *
 * <p>Run: {@code mvn verify -Pbench -Dit.test=ReportBench} (PostgreSQL settings as in
 * docs/benchmarks.md); the table goes to {@code target/bench/report.md}.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class ReportBench {

  private static final int WARMUP = 20;
  private static final int CALLS = 100;
  private static final List<String> REGIONS = List.of("Vidzeme", "Kurzeme", "Zemgale", "Latgale");

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora().addClass(ReportFixtures.class);
  }

  @Inject LogbookGenerator generator;
  @Inject CourseFixtures fixtures;
  @Inject ReportFixtures report;
  @Inject TraineeDashboards traineeDashboards;
  @Inject StaffDashboards staffDashboards;
  @Inject EditionDashboards editionDashboards;
  @Inject EditionCompletions completions;

  @Resource(lookup = "java:app/jdbc/mentora")
  DataSource dataSource;

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  @Test
  void dashboardsAtSizeL() throws Exception {
    long started = System.nanoTime();
    LogbookGenerator.Size size =
        LogbookGenerator.Size.valueOf(
            Objects.requireNonNullElse(System.getenv("MENTORA_BENCH_SIZE"), "L"));
    LogbookGenerator.World world = generator.generate(size);
    double generationSeconds = (System.nanoTime() - started) / 1e9;
    long edition =
        count("select edition_id from enrolment where id = " + world.participantEnrolment());
    for (int i = 0; i < 28; i++) {
      long organisation =
          report.organisation("Bench library " + i, "LV", REGIONS.get(i % REGIONS.size()));
      update(
          "update enrolment set host_organisation_id = "
              + organisation
              + " where edition_id = "
              + edition
              + " and mod(id, 28) = "
              + i);
    }
    generator.vacuumAnalyzeIfPostgres(
        "person", "organisation", "enrolment", "staff_assignment", "log_entry");
    long totalEntries = count("select count(*) from log_entry");
    long participants = count("select count(*) from enrolment where edition_id = " + edition);
    long editionEntries =
        count(
            "select count(*) from log_entry l join enrolment e on e.id = l.enrolment_id"
                + " where e.edition_id = "
                + edition);

    String admin = TestData.unique("bench-admin");
    fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    TestLogin.as(admin, TestData.PASSWORD);
    EditionFilter filter = EditionFilter.of(edition);
    long[] editionTimes =
        time(() -> editionDashboards.editionDashboard(filter).participants().size());
    long[] completionTimes =
        time(() -> completions.completion(filter).editions().get(0).participants());
    long[] editionRaw =
        time(
            () ->
                count(
                    "select count(*) from (select l.enrolment_id,"
                        + " sum(case when l.status = 'APPROVED' then l.minutes else 0 end),"
                        + " sum(case when l.status = 'SUBMITTED' then l.minutes else 0 end),"
                        + " max(l.created_at) from log_entry l where l.edition_id = "
                        + edition
                        + " group by l.enrolment_id) t"));
    TestLogin.logout();

    TestLogin.as(world.tutor(), TestData.PASSWORD);
    long tutorParticipants = staffDashboards.staffDashboard().participants().size();
    long[] staffTimes = time(() -> staffDashboards.staffDashboard().participants().size());
    TestLogin.logout();

    TestLogin.as(world.participant(), TestData.PASSWORD);
    long[] traineeTimes =
        time(() -> traineeDashboards.traineeDashboard(null).orElseThrow().nextSteps().size());

    String database;
    try (Connection c = dataSource.getConnection()) {
      database =
          c.getMetaData().getDatabaseProductName()
              + " "
              + c.getMetaData().getDatabaseProductVersion();
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Dashboards at size %s on %s: %,d entries in the table, generated in %.0f s; the"
                + " edition has %,d participants and %,d entries; the tutor sees %,d participants."
                + " %d calls each after %d warm-up calls; milliseconds of server time.%n%n",
            size,
            database,
            totalEntries,
            generationSeconds,
            participants,
            editionEntries,
            tutorParticipants,
            CALLS,
            WARMUP));
    out.append("| what | p50 | p95 | p99 | goal (p95) |\n|---|---|---|---|---|\n");
    row(out, "edition dashboard, one edition (service)", editionTimes, "≤ 150 ms");
    row(out, "raw JDBC: the per-participant sums of the edition", editionRaw, "");
    row(
        out,
        "completion figures of the edition (deferred panel: eligibility of all 5,000)",
        completionTimes,
        "");
    row(out, "staff dashboard, tutor of 500 (service)", staffTimes, "");
    row(out, "trainee dashboard (service)", traineeTimes, "");
    Path file = Path.of("target", "bench", "report.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    assertTrue(participants > 0, "the edition has participants");
  }

  private static long[] time(LongSupplier call) {
    for (int i = 0; i < WARMUP; i++) {
      call.getAsLong();
    }
    long[] nanos = new long[CALLS];
    for (int i = 0; i < CALLS; i++) {
      long start = System.nanoTime();
      call.getAsLong();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static void row(StringBuilder out, String what, long[] sorted, String goal) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.1f | %.1f | %s |%n",
            what,
            percentile(sorted, 50),
            percentile(sorted, 95),
            percentile(sorted, 99),
            goal));
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private long count(String sql) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void update(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }
}
