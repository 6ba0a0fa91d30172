package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.logbook.ReviewService.QueueFilter;
import org.mentora.platform.persistence.PageRequest;
import org.mentora.support.Deployments;
import org.mentora.support.LogbookGenerator;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * Issue 4's benchmark: at generator size L (20,000 participants, about 1,000,000 entries), the
 * server time of a participant's progress (the progress page's two service calls) and of a
 * reviewer's queue with 10,000 entries waiting (first page, with its count), as p50/p95/p99 over
 * many calls, each beside a raw JDBC baseline of the same question in the same run.
 *
 * <p>Run: {@code mvn verify -Pbench -Dit.test=LogbookBench} (add the PostgreSQL settings as in
 * docs/benchmarks.md); the table goes to {@code target/bench/logbook.md}.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class LogbookBench {

  private static final int WARMUP = 50;
  private static final int CALLS = 300;

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @Inject LogbookGenerator generator;
  @Inject ProgressService progress;
  @Inject ReviewService reviewService;

  @Resource(lookup = "java:app/jdbc/mentora")
  DataSource dataSource;

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  @Test
  void progressAndQueueAtSizeL() throws Exception {
    long started = System.nanoTime();
    LogbookGenerator.Size size =
        LogbookGenerator.Size.valueOf(
            java.util.Objects.requireNonNullElse(System.getenv("MENTORA_BENCH_SIZE"), "L"));
    LogbookGenerator.World world = generator.generate(size);
    double generationSeconds = (System.nanoTime() - started) / 1e9;
    analyzeIfPostgres();
    long totalEntries = count("select count(*) from log_entry");

    TestLogin.as(world.participant(), TestData.PASSWORD);
    long enrolment = world.participantEnrolment();
    long[] progressTimes =
        time(
            // What the progress page asks for: its bars and its week-by-week chart.
            () -> progress.overview(enrolment).weeks().size());
    long[] progressRaw =
        time(
            () ->
                count(
                    "select count(*) from (select status, mode_id, sum(minutes) from"
                        + " log_entry where enrolment_id = "
                        + enrolment
                        + " and status in ('APPROVED','SUBMITTED') group by status,"
                        + " mode_id) t"));
    TestLogin.logout();

    TestLogin.as(world.tutor(), TestData.PASSWORD);
    QueueFilter none = new QueueFilter(null, null, null, null, null);
    long waiting = reviewService.queue(new PageRequest(0, 25, null, true, Map.of()), none).total();
    long[] queueTimes =
        time(() -> reviewService.queue(new PageRequest(0, 25, null, true, Map.of()), none).total());
    long tutorId =
        count(
            "select p.id from person p join account a on a.person_id = p.id where a.username = '"
                + world.tutor()
                + "'");
    long[] queueRaw =
        time(
            () ->
                count(
                        "select count(*) from (select id from log_entry where reviewer_person_id = "
                            + tutorId
                            + " and status = 'SUBMITTED' order by entry_date, id limit 25) t")
                    + count(
                        "select count(*) from log_entry where reviewer_person_id = "
                            + tutorId
                            + " and status = 'SUBMITTED'"));

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
            "Logbook at size %s on %s: %,d participants and staff written, %,d entries in the"
                + " table, generated in %.0f s; the reviewer has %,d entries waiting. %d calls"
                + " each after %d warm-up calls; milliseconds.%n%n",
            size,
            database,
            world.people(),
            totalEntries,
            generationSeconds,
            waiting,
            CALLS,
            WARMUP));
    out.append("| what | p50 | p95 | p99 | goal (p95) |\n|---|---|---|---|---|\n");
    row(out, "progress page: progress + weekly (service)", progressTimes, "≤ 50 ms");
    row(out, "raw JDBC: the same sums", progressRaw, "");
    row(out, "review queue: first 25 + count (service)", queueTimes, "≤ 100 ms");
    row(out, "raw JDBC: the same page and count", queueRaw, "");
    Path file = Path.of("target", "bench", "logbook.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    assertTrue(
        waiting >= Math.min(LogbookGenerator.BIG_QUEUE, size.participants),
        "the reviewer's queue holds " + waiting);
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
    java.util.Arrays.sort(nanos);
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
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Autovacuum is off on this machine kind: refresh statistics as it would after a bulk load. */
  private void analyzeIfPostgres() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
        try (var statement = c.createStatement()) {
          for (String table : List.of("person", "enrolment", "staff_assignment", "log_entry")) {
            statement.execute("analyze " + table);
          }
        }
      }
    }
  }
}
