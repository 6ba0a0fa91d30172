package org.mentora.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.course.roster.RosterKind;
import org.mentora.course.roster.RosterReport;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * Roster import speed (issue 3's benchmark): 10,000 participant rows imported through {@link
 * RosterService} (parse, every rule, lookups, then 10,000 people and 10,000 enrolments written in
 * one transaction), side by side in the same run with a raw JDBC batch insert of the same rows into
 * the same tables. Rounds alternate so both see the same warm server and the same growing tables.
 *
 * <p>Run: {@code mvn verify -Pbench -Dit.test=RosterImportBench}; figures go to {@code
 * target/bench/roster-import.md} and, by hand, to docs/benchmarks.md.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class RosterImportBench {

  private static final int ROWS = 10_000;
  private static final int WARMUP = 2;
  private static final int ROUNDS = 7;

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @Inject CourseFixtures fixtures;
  @Inject RosterService roster;

  @Resource(lookup = "java:app/jdbc/mentora")
  DataSource dataSource;

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  @Test
  void importsTenThousandRowsAtLeastHalfAsFastAsARawBatchInsert() throws Exception {
    String admin = TestData.unique("bench-admin");
    fixtures.person(admin, "Bench", "Admin", Role.ADMIN);
    TestLogin.as(admin, TestData.PASSWORD);
    String library = fixtures.organisation("Bench library", "LV");
    long libraryId =
        fixtures.count("select max(o.id) from Organisation o where o.name = :p0", library);

    // Raw rows take ids far above anything the sequence has handed out, in this run or earlier
    // ones.
    long rawIds =
        Math.max(
                fixtures.count("select coalesce(max(p.id), 0) from Person p"),
                fixtures.count("select coalesce(max(e.id), 0) from Enrolment e"))
            + 1_000_000_000L;
    List<long[]> results = new ArrayList<>();
    for (int round = 0; round < WARMUP + ROUNDS; round++) {
      String prefix = "b" + UUID.randomUUID().toString().substring(0, 8);
      byte[] file = csv(library, prefix + "i");

      long importEdition = fixtures.world(ROWS).editionId();
      // Each side starts from a collected heap, so neither pays for the other's garbage.
      System.gc();
      long start = System.nanoTime();
      RosterReport report = roster.importRoster(RosterKind.ENROLMENTS, importEdition, file);
      long importNanos = System.nanoTime() - start;
      assertTrue(report.imported(), report.problems().toString());
      assertEquals(ROWS, report.created());

      long rawEdition = fixtures.world(ROWS).editionId();
      System.gc();
      start = System.nanoTime();
      rawInsert(prefix + "r", libraryId, rawEdition, rawIds + 2L * ROWS * round);
      long rawNanos = System.nanoTime() - start;
      assertEquals(
          ROWS,
          fixtures.count("select count(e) from Enrolment e where e.edition.id = :p0", rawEdition));
      analyzeIfPostgres();
      if (round >= WARMUP) {
        results.add(new long[] {importNanos, rawNanos});
      }
    }
    write(results);
  }

  /**
   * PostgreSQL's autovacuum is off on this machine kind, so nothing refreshes the statistics while
   * the tables grow by 20,000 rows a round, and a plan cached on a pooled connection when the table
   * was empty keeps scanning it whole. ANALYZE here does what autovacuum does on any normal server.
   */
  private void analyzeIfPostgres() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
        try (var statement = connection.createStatement()) {
          statement.execute("analyze person");
          statement.execute("analyze enrolment");
        }
      }
    }
  }

  private static byte[] csv(String library, String prefix) {
    StringBuilder file = new StringBuilder("email;given_name;family_name;organisation;language\n");
    for (int i = 0; i < ROWS; i++) {
      file.append(prefix)
          .append(i)
          .append("@bench.example;Jānis;Bērziņš ")
          .append(i)
          .append(';')
          .append(library)
          .append(";lv\n");
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The baseline: the same rows straight into the same tables, batched, one commit. */
  private void rawInsert(String prefix, long libraryId, long editionId, long firstId)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement person =
              connection.prepareStatement(
                  "insert into person (id, version, given_name, family_name, email,"
                      + " preferred_language, organisation_id) values (?, 1, ?, ?, ?, ?, ?)");
          PreparedStatement enrolment =
              connection.prepareStatement(
                  "insert into enrolment (id, version, edition_id, person_id,"
                      + " host_organisation_id, status, enrolled_at) values (?, 1, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < ROWS; i++) {
          long personId = firstId + 2L * i;
          person.setLong(1, personId);
          person.setString(2, "Jānis");
          person.setString(3, "Bērziņš " + i);
          person.setString(4, prefix + i + "@bench.example");
          person.setString(5, "lv");
          person.setLong(6, libraryId);
          person.addBatch();
          enrolment.setLong(1, personId + 1);
          enrolment.setLong(2, editionId);
          enrolment.setLong(3, personId);
          enrolment.setLong(4, libraryId);
          enrolment.setString(5, "ACTIVE");
          enrolment.setTimestamp(6, now);
          enrolment.addBatch();
          if ((i + 1) % 1000 == 0) {
            person.executeBatch();
            enrolment.executeBatch();
          }
        }
        person.executeBatch();
        enrolment.executeBatch();
      }
      connection.commit();
    }
  }

  private void write(List<long[]> results) throws IOException, SQLException {
    String database;
    try (Connection connection = dataSource.getConnection()) {
      database =
          connection.getMetaData().getDatabaseProductName()
              + " "
              + connection.getMetaData().getDatabaseProductVersion();
    }
    StringBuilder out = new StringBuilder();
    out.append("Roster import of ")
        .append(ROWS)
        .append(" participant rows on ")
        .append(database)
        .append(" (")
        .append(WARMUP)
        .append(" warm-up rounds not shown)\n\n")
        .append("| round | Mentora import ms | raw JDBC batch ms | import rows/s | raw rows/s |")
        .append(" import speed / raw |\n|---|---|---|---|---|---|\n");
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      double importMs = results.get(i)[0] / 1e6;
      double rawMs = results.get(i)[1] / 1e6;
      double ratio = rawMs / importMs;
      ratios.add(ratio);
      out.append(
          String.format(
              java.util.Locale.ROOT,
              "| %d | %,.0f | %,.0f | %,.0f | %,.0f | %.0f %% |%n",
              i + 1,
              importMs,
              rawMs,
              ROWS / (importMs / 1000),
              ROWS / (rawMs / 1000),
              ratio * 100));
    }
    ratios.sort(Double::compare);
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "%nMedian import speed: %.0f %% of the raw batch insert (goal: at least 50 %%).%n",
            ratios.get(ratios.size() / 2) * 100));
    Path file = Path.of("target", "bench", "roster-import.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
  }
}
