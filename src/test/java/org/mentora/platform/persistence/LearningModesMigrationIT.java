package org.mentora.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Upgrading a filled database across V22 (learning modes become data of a programme) keeps every
 * entry, target, waiver, rule and certificate (issue 16): a V21 database is filled as the generator
 * does at size M (2,000 enrolments, about 100,000 entries), the figures that must survive are read
 * through the old columns, the database is migrated to the latest version, and the same figures
 * read through the new tables must be equal, row for row.
 *
 * <p>No application server: Flyway and JDBC only. H2 in memory in PostgreSQL mode by default; with
 * {@code -Ppostgres} (a {@code jdbc:postgresql:} URL in {@code it.db.url} or {@code
 * MENTORA_DB_URL}) a database of its own on that server, {@value #PG_DATABASE}, created and dropped
 * here, so the Arquillian suite's database is never touched.
 */
class LearningModesMigrationIT {

  private static final String PG_DATABASE = "mentora_upgrade_it";
  private static final String H2_URL =
      "jdbc:h2:mem:mentora_upgrade;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  private static final List<String> MODES =
      List.of("FACE_TO_FACE", "VIRTUAL", "PROJECT_BASED", "ASSESSMENT", "WORK_BASED");
  private static final Set<String> LANGUAGES = Set.of("lv", "bg", "el", "it");
  private static final String[] TARGET_COLUMNS = {
    "target_face_to_face_min",
    "target_virtual_min",
    "target_project_min",
    "target_assessment_min",
    "target_work_based_min"
  };
  private static final String[] MINIMUM_COLUMNS = {
    "min_face_to_face_min",
    "min_virtual_min",
    "min_project_min",
    "min_assessment_min",
    "min_work_based_min"
  };

  /** Size M: 2,000 participants in two editions of two programmes, fifty entries each. */
  private static final int PER_EDITION = 1_000;

  private static final int ENTRIES_PER_ENROLMENT = 50;
  private static final int CERTIFICATES_PER_EDITION = 10;
  private static final int BATCH = 1_000;

  /** Per programme: its default targets per mode, then its blended total. Zero is a target too. */
  private static final int[][] PROGRAMME_TARGETS = {
    {1200, 9300, 2400, 1500, 9900, 14400}, {600, 2700, 0, 300, 4800, 3600}
  };

  /** Per edition (one per programme): targets that differ from the programme's. */
  private static final int[][] EDITION_TARGETS = {
    {1500, 9000, 2400, 1800, 9600, 14700}, {900, 2400, 600, 0, 5400, 3900}
  };

  /** Per edition's completion rule: the minimums per mode, then the total. */
  private static final int[][] MINIMUMS = {
    {1200, 8000, 2000, 1200, 9000, 13000}, {600, 2000, 0, 300, 4800, 3000}
  };

  private long nextId;
  private long lastId;

  @Test
  void upgradeToModesAsDataKeepsEveryEntryTargetWaiverRuleAndCertificate() throws SQLException {
    Db db = Db.fresh();
    try {
      long start = System.nanoTime();
      flyway(db).target("21").load().migrate();
      long migratedTo21 = System.nanoTime();
      Map<String, List<String>> before;
      try (Connection c = db.connect()) {
        fill(c);
        before = figures(c, oldQueries());
      }
      long filled = System.nanoTime();
      flyway(db).load().migrate();
      long upgraded = System.nanoTime();
      try (Connection c = db.connect()) {
        Map<String, List<String>> after = figures(c, newQueries());
        // Tables that later migrations create (V23 on) are new, not changed: compare the old ones.
        after.put("row counts", tablesOf(before.get("row counts"), after.get("row counts")));
        List<String> differences = new ArrayList<>();
        before.forEach((what, rows) -> differences.addAll(compare(what, rows, after.get(what))));
        if (!differences.isEmpty()) {
          fail("V22 changed figures on " + db.kind + ":\n" + String.join("\n", differences));
        }
        assertEquals(PER_EDITION * 2 * ENTRIES_PER_ENROLMENT, count(c, "log_entry"));
        assertModesOfEveryProgramme(c);
        assertEverythingPointsAtItsOwnProgrammesModes(c);
      }
      System.out.printf(
          "LearningModesMigrationIT on %s: V1..V21 %d ms, fill at size M %d ms, V22.. %d ms%n",
          db.kind,
          (migratedTo21 - start) / 1_000_000,
          (filled - migratedTo21) / 1_000_000,
          (upgraded - filled) / 1_000_000);
      db.drop();
    } catch (SQLException | RuntimeException | AssertionError e) {
      if (db.maintenance != null) {
        System.out.println("LearningModesMigrationIT: database kept for inspection: " + db.url);
      }
      throw e;
    }
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(Db db) {
    return Flyway.configure()
        .dataSource(db.url, db.user, db.password)
        .locations("classpath:db/migration")
        .baselineOnMigrate(false);
  }

  // ---- The figures that must survive, through the old columns and through the new tables ----

  private static Map<String, String> oldQueries() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put(
        "minutes per enrolment, mode and status",
        "select enrolment_id, learning_mode, status, sum(minutes), count(*) from log_entry"
            + " group by enrolment_id, learning_mode, status");
    q.put(
        "every entry",
        "select id, enrolment_id, edition_id, learning_mode, module_id, minutes, status,"
            + " entry_date, reviewer_role, reviewer_person_id from log_entry");
    q.put("edition targets", unionPerMode("edition", TARGET_COLUMNS));
    q.put(
        "edition blended totals",
        "select id, blended_total_min, target_face_to_face_min + target_virtual_min"
            + " + target_project_min + target_assessment_min from edition");
    q.put("completion minimums", unionPerMode("completion_rule", MINIMUM_COLUMNS));
    q.put("completion totals", "select id, edition_id, min_total_min from completion_rule");
    q.put(
        "waivers",
        "select w.id, w.enrolment_id, w.status, m.id, m.learning_mode, w.recognised_minutes"
            + " from waiver w join course_module m on m.id = w.module_id");
    q.put(
        "recognised minutes per enrolment and mode",
        "select w.enrolment_id, m.learning_mode, sum(w.recognised_minutes) from waiver w"
            + " join course_module m on m.id = w.module_id where w.status = 'APPROVED'"
            + " group by w.enrolment_id, m.learning_mode");
    q.put(
        "modules",
        "select id, programme_id, code, learning_mode, planned_minutes from course_module");
    q.put("programme default targets", unionPerMode("programme", TARGET_COLUMNS));
    q.putAll(unchangedQueries());
    return q;
  }

  private static Map<String, String> newQueries() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put(
        "minutes per enrolment, mode and status",
        "select l.enrolment_id, m.code, l.status, sum(l.minutes), count(*) from log_entry l"
            + " join learning_mode m on m.id = l.mode_id group by l.enrolment_id, m.code, l.status");
    q.put(
        "every entry",
        "select l.id, l.enrolment_id, l.edition_id, m.code, l.module_id, l.minutes, l.status,"
            + " l.entry_date, l.reviewer_role, l.reviewer_person_id from log_entry l"
            + " join learning_mode m on m.id = l.mode_id");
    q.put("edition targets", "select edition_id, mode_code, target_min from edition_target");
    q.put(
        "edition blended totals",
        "select e.id, e.blended_total_min, (select sum(t.target_min) from edition_target t"
            + " join learning_mode m on m.programme_id = e.programme_id and m.code = t.mode_code"
            + " where t.edition_id = e.id and m.counts_in_blended) from edition e");
    q.put("completion minimums", "select rule_id, mode_code, minimum_min from completion_minimum");
    q.put("completion totals", "select id, edition_id, min_total_min from completion_rule");
    q.put(
        "waivers",
        "select w.id, w.enrolment_id, w.status, cm.id, m.code, w.recognised_minutes from waiver w"
            + " join course_module cm on cm.id = w.module_id"
            + " join learning_mode m on m.id = cm.mode_id");
    q.put(
        "recognised minutes per enrolment and mode",
        "select w.enrolment_id, m.code, sum(w.recognised_minutes) from waiver w"
            + " join course_module cm on cm.id = w.module_id"
            + " join learning_mode m on m.id = cm.mode_id where w.status = 'APPROVED'"
            + " group by w.enrolment_id, m.code");
    q.put(
        "modules",
        "select cm.id, cm.programme_id, cm.code, m.code, cm.planned_minutes from course_module cm"
            + " join learning_mode m on m.id = cm.mode_id");
    q.put(
        "programme default targets",
        "select programme_id, code, default_target_min from learning_mode");
    q.putAll(unchangedQueries());
    return q;
  }

  /** What V22 does not touch, read the same way before and after. */
  private static Map<String, String> unchangedQueries() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put(
        "certificate hours",
        "select certificate_id, position, mode, minutes from certificate_hours");
    q.put(
        "certificates",
        "select id, enrolment_id, edition_id, status, valid_enrolment_id, total_minutes"
            + " from certificate");
    q.put(
        "editions",
        "select id, programme_id, code, capacity, blended_total_min, admission_rule from edition");
    q.put("enrolments", "select id, edition_id, person_id, status from enrolment");
    return q;
  }

  /** One row per owner and mode code, from the owner's column per mode. */
  private static String unionPerMode(String table, String[] columns) {
    List<String> parts = new ArrayList<>();
    for (int m = 0; m < MODES.size(); m++) {
      parts.add("select id, '" + MODES.get(m) + "', " + columns[m] + " from " + table);
    }
    return String.join(" union all ", parts);
  }

  /** Each query's rows (columns joined by |, sorted), plus the row count of every table. */
  private static Map<String, List<String>> figures(Connection c, Map<String, String> queries)
      throws SQLException {
    Map<String, List<String>> figures = new LinkedHashMap<>();
    for (Map.Entry<String, String> query : queries.entrySet()) {
      figures.put(query.getKey(), rows(c, query.getValue()));
    }
    List<String> counts = new ArrayList<>();
    for (String table :
        rows(
            c,
            "select table_name from information_schema.tables"
                + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'"
                + " and table_name not in ('flyway_schema_history', 'learning_mode',"
                + " 'learning_mode_name', 'edition_target', 'completion_minimum')")) {
      counts.add(table + "|" + count(c, table));
    }
    Collections.sort(counts);
    figures.put("row counts", counts);
    return figures;
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      StringBuilder row = new StringBuilder();
      while (r.next()) {
        row.setLength(0);
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
    }
    Collections.sort(rows);
    return rows;
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The row counts of {@code after} for the tables that {@code before} counted. */
  private static List<String> tablesOf(List<String> before, List<String> after) {
    java.util.Set<String> tables = new HashSet<>();
    before.forEach(row -> tables.add(row.substring(0, row.indexOf('|'))));
    return after.stream()
        .filter(row -> tables.contains(row.substring(0, row.indexOf('|'))))
        .toList();
  }

  /** What is lost and what is new, a few rows of each, or nothing when equal. */
  private static List<String> compare(String what, List<String> before, List<String> after) {
    if (before.equals(after)) {
      return List.of();
    }
    List<String> lost = new ArrayList<>(before);
    lost.removeAll(new HashSet<>(after));
    List<String> added = new ArrayList<>(after);
    added.removeAll(new HashSet<>(before));
    return List.of(
        String.format(
            "%s: %d rows before, %d after; lost %s; new %s",
            what,
            before.size(),
            after.size(),
            lost.subList(0, Math.min(10, lost.size())),
            added.subList(0, Math.min(10, added.size()))));
  }

  private static void assertModesOfEveryProgramme(Connection c) throws SQLException {
    Map<String, List<String>> modes = new TreeMap<>();
    for (String row : rows(c, "select programme_id, code from learning_mode")) {
      String[] parts = row.split("\\|");
      modes.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
    }
    List<String> programmes = rows(c, "select id from programme");
    assertEquals(programmes, new ArrayList<>(modes.keySet()), "every programme has modes");
    List<String> sortedCodes = new ArrayList<>(MODES);
    Collections.sort(sortedCodes);
    modes.forEach(
        (programme, codes) -> {
          Collections.sort(codes);
          assertEquals(sortedCodes, codes, "the five modes of programme " + programme);
        });
    Map<String, Set<String>> names = new TreeMap<>();
    for (String row :
        rows(
            c,
            "select m.id, n.language, n.name from learning_mode m"
                + " left join learning_mode_name n on n.mode_id = m.id")) {
      String[] parts = row.split("\\|");
      assertTrue(
          parts.length == 3 && !parts[2].isBlank() && !"null".equals(parts[2]),
          "a name in every language: " + row);
      names.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
    }
    assertEquals(MODES.size() * programmes.size(), names.size());
    names.forEach((mode, languages) -> assertEquals(LANGUAGES, languages, "names of " + mode));
  }

  private static void assertEverythingPointsAtItsOwnProgrammesModes(Connection c)
      throws SQLException {
    assertEquals(
        List.of("0"),
        rows(
            c,
            "select count(*) from log_entry l join edition e on e.id = l.edition_id"
                + " join learning_mode m on m.id = l.mode_id"
                + " where m.programme_id <> e.programme_id"),
        "entries on another programme's mode");
    assertEquals(
        List.of("0"),
        rows(
            c,
            "select count(*) from course_module cm join learning_mode m on m.id = cm.mode_id"
                + " where m.programme_id <> cm.programme_id"),
        "modules on another programme's mode");
  }

  // ---- A V21 database at size M, written with JDBC batches as the generator does ----

  private void fill(Connection c) throws SQLException {
    c.setAutoCommit(false);
    Random random = new Random(42);
    Timestamp now = Timestamp.from(Instant.parse("2026-06-30T10:00:00Z"));
    LocalDate start = LocalDate.of(2026, 1, 12);
    List<Long> staff = people(c, 20, "staff");
    List<Long> programmes = new ArrayList<>();
    List<Map<String, List<Long>>> modulesOf = new ArrayList<>();
    List<Long> editions = new ArrayList<>();
    for (int p = 0; p < PROGRAMME_TARGETS.length; p++) {
      long programme = programme(c, p);
      programmes.add(programme);
      modulesOf.add(modules(c, programme, p));
      editions.add(edition(c, programme, p, start));
      completionRule(c, editions.get(p), p, now);
    }
    for (int e = 0; e < editions.size(); e++) {
      List<Long> participants = people(c, PER_EDITION, "participant" + e);
      List<Long> enrolments = enrolments(c, editions.get(e), participants, now);
      entries(c, editions.get(e), enrolments, modulesOf.get(e), staff, random, start, now);
      waivers(c, enrolments, modulesOf.get(e), random, now);
      certificates(c, editions.get(e), enrolments, e, now, start);
      c.commit();
    }
    c.setAutoCommit(true);
  }

  private long programme(Connection c, int p) throws SQLException {
    long id = id(c);
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into programme (id, version, name, eqf_level, target_face_to_face_min,"
                + " target_virtual_min, target_project_min, target_assessment_min,"
                + " target_work_based_min, blended_total_min, default_capacity)"
                + " values (?, 0, ?, 5, ?, ?, ?, ?, ?, ?, 25)")) {
      s.setLong(1, id);
      s.setString(2, "Programme " + p);
      for (int i = 0; i < 6; i++) {
        s.setInt(3 + i, PROGRAMME_TARGETS[p][i]);
      }
      s.executeUpdate();
    }
    return id;
  }

  /** Two modules per mode (work-based learning included), by mode code. */
  private Map<String, List<Long>> modules(Connection c, long programme, int p) throws SQLException {
    Map<String, List<Long>> byMode = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into course_module (id, version, programme_id, code, title, learning_mode,"
                + " planned_minutes, ecvet_points, mandatory, kind)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int m = 0; m < MODES.size(); m++) {
        for (int k = 0; k < 2; k++) {
          long id = id(c);
          s.setLong(1, id);
          s.setLong(2, programme);
          s.setString(3, "P" + p + "M" + m + "." + k);
          s.setString(4, "Module " + m + "." + k + " of programme " + p);
          s.setString(5, MODES.get(m));
          s.setInt(6, 300 * (m + 1) + 60 * k);
          s.setBigDecimal(7, new BigDecimal("2.50"));
          s.setBoolean(8, k == 0);
          s.setString(9, k == 0 ? "DIGITAL" : "TRANSVERSAL");
          s.addBatch();
          byMode.computeIfAbsent(MODES.get(m), x -> new ArrayList<>()).add(id);
        }
      }
      s.executeBatch();
    }
    return byMode;
  }

  private long edition(Connection c, long programme, int p, LocalDate start) throws SQLException {
    long id = id(c);
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into edition (id, version, programme_id, code, title, country, language,"
                + " start_date, end_date, capacity, target_face_to_face_min, target_virtual_min,"
                + " target_project_min, target_assessment_min, target_work_based_min,"
                + " blended_total_min, admission_rule, applications_open)"
                + " values (?, 0, ?, ?, ?, 'LV', 'lv', ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'MOOC_COMPLETED,HOST_LIBRARY,PROJECT_IDEA', FALSE)")) {
      s.setLong(1, id);
      s.setLong(2, programme);
      s.setString(3, "UPGRADE-" + p);
      s.setString(4, "Edition of programme " + p);
      s.setObject(5, start);
      s.setObject(6, start.plusMonths(9));
      s.setInt(7, PER_EDITION);
      for (int i = 0; i < 6; i++) {
        s.setInt(8 + i, EDITION_TARGETS[p][i]);
      }
      s.executeUpdate();
    }
    return id;
  }

  private void completionRule(Connection c, long edition, int p, Timestamp now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into completion_rule (id, version, edition_id, min_face_to_face_min,"
                + " min_virtual_min, min_project_min, min_assessment_min, min_work_based_min,"
                + " min_total_min, project_requirement, modules_required, competences_required,"
                + " updated_by, updated_at)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, FALSE, 'admin', ?)")) {
      s.setLong(1, id(c));
      s.setLong(2, edition);
      for (int i = 0; i < 6; i++) {
        s.setInt(3 + i, MINIMUMS[p][i]);
      }
      s.setString(9, p == 0 ? "APPROVED" : "NONE");
      s.setTimestamp(10, now);
      s.executeUpdate();
    }
  }

  private List<Long> people(Connection c, int count, String kind) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into person (id, version, given_name, family_name, email, preferred_language)"
                + " values (?, 0, 'Ģenerēts', ?, ?, 'lv')")) {
      for (int i = 0; i < count; i++) {
        long id = id(c);
        s.setLong(1, id);
        s.setString(2, kind + " " + i);
        s.setString(3, kind + "-" + i + "@upgrade.example");
        s.addBatch();
        ids.add(id);
        if ((i + 1) % BATCH == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    }
    return ids;
  }

  /** Mostly active; every seventh completed, every fiftieth withdrawn. */
  private List<Long> enrolments(Connection c, long edition, List<Long> participants, Timestamp now)
      throws SQLException {
    List<Long> ids = new ArrayList<>(participants.size());
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into enrolment (id, version, edition_id, person_id, status, enrolled_at,"
                + " withdrawn_at) values (?, 0, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < participants.size(); i++) {
        long id = id(c);
        boolean withdrawn = i % 50 == 49;
        s.setLong(1, id);
        s.setLong(2, edition);
        s.setLong(3, participants.get(i));
        s.setString(4, withdrawn ? "WITHDRAWN" : i % 7 == 0 ? "COMPLETED" : "ACTIVE");
        s.setTimestamp(5, now);
        s.setTimestamp(6, withdrawn ? now : null);
        s.addBatch();
        ids.add(id);
        if ((i + 1) % BATCH == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    }
    return ids;
  }

  /** Fifty entries per enrolment in random modes; mostly approved, some waiting or rejected. */
  private void entries(
      Connection c,
      long edition,
      List<Long> enrolments,
      Map<String, List<Long>> modules,
      List<Long> staff,
      Random random,
      LocalDate start,
      Timestamp now)
      throws SQLException {
    long written = 0;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into log_entry (id, version, enrolment_id, entry_date, learning_mode,"
                + " module_id, minutes, description, status, reviewer_role, reviewer_person_id,"
                + " created_at, updated_at, edition_id)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (long enrolment : enrolments) {
        for (int k = 0; k < ENTRIES_PER_ENROLMENT; k++) {
          String mode = MODES.get(random.nextInt(MODES.size()));
          int roll = random.nextInt(100);
          String status =
              roll < 80
                  ? "APPROVED"
                  : roll < 92
                      ? "SUBMITTED"
                      : roll < 97 ? "REJECTED" : roll < 99 ? "CHANGES_REQUESTED" : "WITHDRAWN";
          boolean withModule = !mode.equals("WORK_BASED") && random.nextInt(20) > 0;
          boolean toTrainer = mode.equals("FACE_TO_FACE");
          boolean toMentor = mode.equals("WORK_BASED") || mode.equals("PROJECT_BASED");
          s.setLong(1, id(c));
          s.setLong(2, enrolment);
          s.setObject(3, start.plusDays(random.nextInt(200)));
          s.setString(4, mode);
          if (withModule) {
            s.setLong(5, modules.get(mode).get(random.nextInt(2)));
          } else {
            s.setNull(5, Types.BIGINT);
          }
          s.setInt(6, 15 * (1 + random.nextInt(16)));
          s.setString(7, "Entry " + k);
          s.setString(8, status);
          s.setString(9, toTrainer ? "TRAINER" : toMentor ? "MENTOR" : "TUTOR");
          if (toTrainer) {
            s.setNull(10, Types.BIGINT);
          } else {
            s.setLong(10, staff.get(random.nextInt(staff.size())));
          }
          s.setTimestamp(11, now);
          s.setTimestamp(12, now);
          s.setLong(13, edition);
          s.addBatch();
          if (++written % BATCH == 0) {
            s.executeBatch();
          }
        }
      }
      s.executeBatch();
    }
  }

  /** A waiver for every tenth enrolment, on a module of any mode; most approved with minutes. */
  private void waivers(
      Connection c,
      List<Long> enrolments,
      Map<String, List<Long>> modules,
      Random random,
      Timestamp now)
      throws SQLException {
    List<Long> allModules = modules.values().stream().flatMap(List::stream).toList();
    try (PreparedStatement file =
            c.prepareStatement(
                "insert into stored_file (id, version, filename, kind, size_bytes, sha256,"
                    + " uploaded_at, uploaded_by) values (?, 0, 'evidence.pdf', 'PDF', 1024, ?,"
                    + " ?, 'participant')");
        PreparedStatement waiver =
            c.prepareStatement(
                "insert into waiver (id, version, enrolment_id, module_id, evidence_file_id,"
                    + " status, requested_at, decided_at, decided_by, recognised_minutes)"
                    + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < enrolments.size(); i += 10) {
        long fileId = id(c);
        file.setLong(1, fileId);
        file.setString(2, "0".repeat(64));
        file.setTimestamp(3, now);
        file.addBatch();
        int roll = random.nextInt(10);
        String status =
            roll < 7 ? "APPROVED" : roll == 7 ? "REQUESTED" : roll == 8 ? "REFUSED" : "WITHDRAWN";
        waiver.setLong(1, id(c));
        waiver.setLong(2, enrolments.get(i));
        waiver.setLong(3, allModules.get(random.nextInt(allModules.size())));
        waiver.setLong(4, fileId);
        waiver.setString(5, status);
        waiver.setTimestamp(6, now);
        waiver.setTimestamp(7, status.equals("REQUESTED") ? null : now);
        waiver.setString(8, status.equals("REQUESTED") ? null : "admin");
        waiver.setInt(9, status.equals("APPROVED") ? 60 * (1 + random.nextInt(10)) : 0);
        waiver.addBatch();
      }
      file.executeBatch();
      waiver.executeBatch();
    }
  }

  /** Certificates of completed enrolments with their hours per mode; the last one revoked. */
  private void certificates(
      Connection c, long edition, List<Long> enrolments, int e, Timestamp now, LocalDate start)
      throws SQLException {
    try (PreparedStatement certificate =
            c.prepareStatement(
                "insert into certificate (id, version, enrolment_id, edition_id, code, short_code,"
                    + " status, valid_enrolment_id, holder_name, edition_code, edition_name,"
                    + " programme_name, starts_on, ends_on, total_minutes, issuer_username,"
                    + " issuer_name, issuing_body, issued_on, issued_at, language, pdf_sha256)"
                    + " values (?, 0, ?, ?, ?, ?, ?, ?, 'Ģenerēts Dalībnieks', ?, 'Edition', "
                    + " 'Programme', ?, ?, ?, 'admin', 'Admin', 'Mentora', ?, ?, 'lv', ?)");
        PreparedStatement hours =
            c.prepareStatement(
                "insert into certificate_hours (certificate_id, position, mode, minutes)"
                    + " values (?, ?, ?, ?)")) {
      for (int n = 0; n < CERTIFICATES_PER_EDITION; n++) {
        long enrolment = enrolments.get(n * 7); // every seventh enrolment is completed
        long id = id(c);
        boolean revoked = n == CERTIFICATES_PER_EDITION - 1;
        long total = 0;
        for (int m = 0; m < MODES.size(); m++) {
          long minutes = EDITION_TARGETS[e][m] + 15L * n;
          hours.setLong(1, id);
          hours.setInt(2, m);
          hours.setString(3, MODES.get(m));
          hours.setLong(4, minutes);
          hours.addBatch();
          total += MODES.get(m).equals("WORK_BASED") ? 0 : minutes;
        }
        certificate.setLong(1, id);
        certificate.setLong(2, enrolment);
        certificate.setLong(3, edition);
        certificate.setString(4, String.format("C%025d", id));
        certificate.setString(5, String.format("S%015d", id));
        certificate.setString(6, revoked ? "REVOKED" : "VALID");
        if (revoked) {
          certificate.setNull(7, Types.BIGINT);
        } else {
          certificate.setLong(7, enrolment);
        }
        certificate.setString(8, "UPGRADE-" + e);
        certificate.setObject(9, start);
        certificate.setObject(10, start.plusMonths(9));
        certificate.setLong(11, total);
        certificate.setObject(12, start.plusMonths(9));
        certificate.setTimestamp(13, now);
        certificate.setString(14, "f".repeat(64));
        certificate.addBatch();
      }
      certificate.executeBatch();
      hours.executeBatch();
    }
  }

  /** Ids as EclipseLink takes them: a block of fifty per nextval, so migrations never collide. */
  private long id(Connection c) throws SQLException {
    if (nextId == 0 || nextId > lastId) {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select nextval('mentora_seq')")) {
        r.next();
        lastId = r.getLong(1);
        nextId = lastId - 49;
      }
    }
    return nextId++;
  }

  // ---- Where the test database lives ----

  /** A fresh, empty database: H2 in memory, or a database of this test's own on PostgreSQL. */
  private record Db(String kind, String url, String user, String password, String maintenance) {

    private static final Pattern PG =
        Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

    static Db fresh() throws SQLException {
      String configured = System.getProperty("it.db.url", System.getenv("MENTORA_DB_URL"));
      if (configured == null || !configured.startsWith("jdbc:postgresql:")) {
        Db db = new Db("H2", H2_URL, "sa", "", null);
        db.drop(); // a rerun in the same JVM finds the last run's database
        return db;
      }
      Matcher m = PG.matcher(configured);
      if (!m.matches()) {
        throw new IllegalStateException("Cannot read the PostgreSQL URL " + configured);
      }
      String params = m.group(3) == null ? "" : m.group(3);
      String user = System.getProperty("it.db.user", System.getenv("MENTORA_DB_USER"));
      String password = System.getProperty("it.db.password", System.getenv("MENTORA_DB_PASSWORD"));
      Db db =
          new Db(
              "PostgreSQL",
              m.group(1) + PG_DATABASE + params,
              user,
              password == null ? "" : password,
              m.group(1) + "postgres" + params);
      try {
        db.maintenance("drop database if exists " + PG_DATABASE + " with (force)");
      } catch (SQLException e) {
        String message =
            "LearningModesMigrationIT SKIPPED: cannot reach PostgreSQL at "
                + db.maintenance
                + " ("
                + e.getMessage()
                + ")";
        System.out.println(message);
        throw new TestAbortedException(message, e);
      }
      db.maintenance("create database " + PG_DATABASE);
      return db;
    }

    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    void drop() throws SQLException {
      if (maintenance == null) {
        try (Connection c = connect();
            Statement s = c.createStatement()) {
          s.execute("drop all objects");
        }
      } else {
        maintenance("drop database if exists " + PG_DATABASE + " with (force)");
      }
    }

    private void maintenance(String sql) throws SQLException {
      try (Connection c = DriverManager.getConnection(maintenance, user, password);
          Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }
  }
}
