package org.mentora.support;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.mentora.course.BiblioModes;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.Role;

/**
 * Generates a logbook world of a chosen size, as Moodle's test-course generator does (sizes S, M,
 * L): editions of up to 5,000 participants, a mentor per ten participants, a tutor per group of 25,
 * and about fifty entries per participant across the learning modes (85 % approved, 10 % waiting, 5
 * % rejected), each routed to its reviewer. Plus two people with accounts to measure as: a
 * participant with a typical logbook, and a tutor whose group has {@link #BIG_QUEUE} entries
 * waiting. Written with JDBC batches (ids from the shared sequence in EclipseLink's blocks), so
 * size L (20,000 participants, about 1,000,000 entries) takes minutes, not hours. Benchmarks reuse
 * it; deterministic for a given size.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogbookGenerator {

  public static final int BIG_QUEUE = 10_000;
  private static final int PER_EDITION = 5_000;
  private static final int ENTRIES_PER_PARTICIPANT = 50;
  private static final int BIG_GROUP = 500;
  private static final int BATCH = 1_000;

  /** The sizes, by participants (entries are about fifty each). */
  public enum Size {
    S(100),
    M(2_000),
    L(20_000);

    public final int participants;

    Size(int participants) {
      this.participants = participants;
    }
  }

  /** Whom to measure as, and how much was written. */
  public record World(
      String participant, long participantEnrolment, String tutor, long entries, long people) {}

  /** A generated person who was given an account for a load test. */
  public record LoadUser(String username, Role role, long personId) {}

  @Inject CourseFixtures fixtures;
  @Inject PasswordHasher hasher;

  @Resource(lookup = "java:app/jdbc/mentora")
  DataSource dataSource;

  private long nextId;
  private long lastId;

  public World generate(Size size) throws SQLException {
    Random random = new Random(42);
    String participantUser = TestData.unique("bench-trainee");
    long participantPerson = fixtures.person(participantUser, "Jānis", "Bērziņš", Role.PARTICIPANT);
    String tutorUser = TestData.unique("bench-tutor");
    long tutorPerson = fixtures.person(tutorUser, "Līga", "Bērziņa", Role.TUTOR);
    Instant now = Instant.now();
    LocalDate today = LocalDate.now();
    long entries = 0;
    long people = 0;
    long measuredEnrolment = -1;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      int editions = (size.participants + PER_EDITION - 1) / PER_EDITION;
      for (int e = 0; e < editions; e++) {
        int count = Math.min(PER_EDITION, size.participants - e * PER_EDITION);
        CourseFixtures.World world = fixtures.world(PER_EDITION);
        long editionId = world.editionId();
        long bigGroup = e == 0 ? fixtures.group(editionId, "BIG", tutorPerson) : -1;
        // Mentors and tutors: people without accounts (they are never logged in as).
        List<Long> mentors = people(c, count / 10 + 1, "Mentor", e);
        List<Long> tutors = people(c, count / 25 + 1, "Tutor", e);
        List<Long> groups = groups(c, editionId, tutors, now);
        List<Long> participants = people(c, count, "Dalībnieks", e);
        people += mentors.size() + tutors.size() + participants.size();
        if (e == 0) {
          participants.set(0, participantPerson);
        }
        List<Long> enrolments = new ArrayList<>(count);
        List<Long> mentorOf = new ArrayList<>(count);
        List<Long> tutorOf = new ArrayList<>(count);
        try (PreparedStatement enrol =
                c.prepareStatement(
                    "insert into enrolment (id, version, edition_id, person_id, tutor_group_id,"
                        + " status, enrolled_at) values (?, 1, ?, ?, ?, 'ACTIVE', ?)");
            PreparedStatement mentor =
                c.prepareStatement(
                    "insert into staff_assignment (id, version, edition_id, staff_person_id,"
                        + " staff_role, enrolment_id, mentor_relation, started_at, assigned_by)"
                        + " values (?, 1, ?, ?, 'MENTOR', ?, 'OWN_LIBRARY', ?, 'generator')")) {
          for (int i = 0; i < count; i++) {
            long id = id(c);
            boolean big = e == 0 && i < BIG_GROUP;
            int group = i % groups.size();
            enrol.setLong(1, id);
            enrol.setLong(2, editionId);
            enrol.setLong(3, participants.get(i));
            enrol.setLong(4, big ? bigGroup : groups.get(group));
            enrol.setTimestamp(5, Timestamp.from(now));
            enrol.addBatch();
            long mentorPerson = mentors.get(i / 10);
            mentor.setLong(1, id(c));
            mentor.setLong(2, editionId);
            mentor.setLong(3, mentorPerson);
            mentor.setLong(4, id);
            mentor.setTimestamp(5, Timestamp.from(now));
            mentor.addBatch();
            enrolments.add(id);
            mentorOf.add(mentorPerson);
            tutorOf.add(big ? tutorPerson : tutors.get(group));
            if ((i + 1) % BATCH == 0) {
              enrol.executeBatch();
              mentor.executeBatch();
            }
          }
          enrol.executeBatch();
          mentor.executeBatch();
        }
        if (e == 0) {
          measuredEnrolment = enrolments.get(0);
        }
        entries +=
            entries(
                c,
                world,
                enrolments,
                mentorOf,
                tutorOf,
                e == 0 ? tutorPerson : -1,
                random,
                today,
                now);
        c.commit();
      }
    }
    return new World(participantUser, measuredEnrolment, tutorUser, entries, people);
  }

  private long entries(
      Connection c,
      CourseFixtures.World world,
      List<Long> enrolments,
      List<Long> mentorOf,
      List<Long> tutorOf,
      long bigTutor,
      Random random,
      LocalDate today,
      Instant now)
      throws SQLException {
    List<String> modes = BiblioModes.ALL;
    long written = 0;
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into log_entry (id, version, enrolment_id, entry_date, mode_id,"
                + " module_id, minutes, description, status, reviewer_role, reviewer_person_id,"
                + " created_at, updated_at, edition_id)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Timestamp at = Timestamp.from(now);
      for (int p = 0; p < enrolments.size(); p++) {
        boolean big = bigTutor > 0 && tutorOf.get(p) == bigTutor;
        for (int k = 0; k < ENTRIES_PER_PARTICIPANT; k++) {
          String mode = big && k < BIG_QUEUE / BIG_GROUP ? BiblioModes.VIRTUAL : modes.get(k % 5);
          String status;
          if (big && k < BIG_QUEUE / BIG_GROUP) {
            status = "SUBMITTED";
          } else {
            int roll = random.nextInt(100);
            status = roll < 85 ? "APPROVED" : roll < 95 ? "SUBMITTED" : "REJECTED";
          }
          if (mode.equals(BiblioModes.FACE_TO_FACE)) {
            status = "APPROVED"; // face-to-face hours come from the trainer's attendance
          }
          boolean toMentor =
              mode.equals(BiblioModes.WORK_BASED) || mode.equals(BiblioModes.PROJECT_BASED);
          insert.setLong(1, id(c));
          insert.setLong(2, enrolments.get(p));
          insert.setObject(3, today.minusDays(1 + random.nextInt(120)));
          insert.setLong(4, world.mode(mode));
          if (mode.equals(BiblioModes.WORK_BASED)) {
            insert.setNull(5, Types.BIGINT);
          } else {
            insert.setLong(
                5,
                mode.equals(BiblioModes.PROJECT_BASED)
                    ? world.moduleProject()
                    : world.moduleVirtual());
          }
          insert.setInt(6, 15 * (1 + random.nextInt(16)));
          insert.setString(7, "Generated entry " + k);
          insert.setString(8, status);
          if (mode.equals(BiblioModes.FACE_TO_FACE)) {
            insert.setString(9, "TRAINER");
            insert.setNull(10, Types.BIGINT);
          } else {
            insert.setString(9, toMentor ? "MENTOR" : "TUTOR");
            insert.setLong(10, toMentor ? mentorOf.get(p) : tutorOf.get(p));
          }
          insert.setTimestamp(11, at);
          insert.setTimestamp(12, at);
          insert.setLong(13, world.editionId());
          insert.addBatch();
          if (++written % BATCH == 0) {
            insert.executeBatch();
          }
        }
      }
      insert.executeBatch();
    }
    return written;
  }

  private List<Long> people(Connection c, int count, String family, int edition)
      throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into person (id, version, given_name, family_name, email, preferred_language)"
                + " values (?, 1, ?, ?, ?, 'lv')")) {
      String run = TestData.unique("g");
      for (int i = 0; i < count; i++) {
        long id = id(c);
        insert.setLong(1, id);
        insert.setString(2, "Ģenerēts");
        insert.setString(3, family + " " + i);
        insert.setString(4, run + "-" + family.toLowerCase() + edition + "-" + i + "@gen.example");
        insert.addBatch();
        ids.add(id);
        if ((i + 1) % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    return ids;
  }

  private List<Long> groups(Connection c, long editionId, List<Long> tutors, Instant now)
      throws SQLException {
    List<Long> groups = new ArrayList<>();
    try (PreparedStatement group =
            c.prepareStatement(
                "insert into tutor_group (id, version, edition_id, name) values (?, 1, ?, ?)");
        PreparedStatement tutor =
            c.prepareStatement(
                "insert into staff_assignment (id, version, edition_id, staff_person_id,"
                    + " staff_role, tutor_group_id, started_at, assigned_by)"
                    + " values (?, 1, ?, ?, 'TUTOR', ?, ?, 'generator')")) {
      for (int i = 0; i < tutors.size(); i++) {
        long id = id(c);
        group.setLong(1, id);
        group.setLong(2, editionId);
        group.setString(3, "G" + i);
        group.addBatch();
        tutor.setLong(1, id(c));
        tutor.setLong(2, editionId);
        tutor.setLong(3, tutors.get(i));
        tutor.setLong(4, id);
        tutor.setTimestamp(5, Timestamp.from(now));
        tutor.addBatch();
        groups.add(id);
      }
      group.executeBatch();
      tutor.executeBatch();
    }
    return groups;
  }

  /**
   * Gives accounts with the shared test password ({@link TestData#PASSWORD}) to generated people of
   * an already generated world, for a load test that logs many people in over HTTP: {@code mentors}
   * mentors who each really mentor {@value #MENTEES} participants, and {@code participants}
   * participants who really have entries, both spread evenly over the editions. The password is
   * hashed once (PBKDF2, 600,000 iterations) and the same hash is stored for all; rows are written
   * with JDBC like the rest of the world. People who already have an account are left out. User
   * names are {@code <prefix>-mentor-NN} and {@code <prefix>-trainee-NN}; each person's family name
   * gets the user name in brackets, so a load test can check from the page header that a response
   * was rendered for the right person.
   */
  public List<LoadUser> loadAccounts(String prefix, int mentors, int participants)
      throws SQLException {
    String hash = hasher.hash(TestData.PASSWORD);
    Timestamp now = Timestamp.from(Instant.now());
    List<LoadUser> users = new ArrayList<>(mentors + participants);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      List<Long> mentorIds =
          spread(
              ids(
                  c,
                  "select s.staff_person_id from staff_assignment s"
                      + " where s.staff_role = 'MENTOR' and s.ended_at is null"
                      + " and not exists (select 1 from account a"
                      + " where a.person_id = s.staff_person_id)"
                      + " group by s.staff_person_id having count(*) = "
                      + MENTEES
                      + " order by s.staff_person_id"),
              mentors);
      List<Long> participantIds =
          spread(
              ids(
                  c,
                  "select e.person_id from enrolment e where e.status = 'ACTIVE'"
                      + " and exists (select 1 from log_entry l where l.enrolment_id = e.id)"
                      + " and not exists (select 1 from account a where a.person_id = e.person_id)"
                      + " and not exists (select 1 from staff_assignment s"
                      + " where s.staff_person_id = e.person_id)"
                      + " order by e.id"),
              participants);
      if (mentorIds.size() < mentors || participantIds.size() < participants) {
        throw new IllegalStateException(
            "Not enough people in the generated world: "
                + mentorIds.size()
                + " mentors of "
                + MENTEES
                + " and "
                + participantIds.size()
                + " participants with entries");
      }
      for (int i = 0; i < mentorIds.size(); i++) {
        users.add(
            new LoadUser(
                String.format("%s-mentor-%02d", prefix, i + 1), Role.MENTOR, mentorIds.get(i)));
      }
      for (int i = 0; i < participantIds.size(); i++) {
        users.add(
            new LoadUser(
                String.format("%s-trainee-%02d", prefix, i + 1),
                Role.PARTICIPANT,
                participantIds.get(i)));
      }
      try (PreparedStatement account =
              c.prepareStatement(
                  "insert into account (id, version, username, password_hash, enabled, person_id,"
                      + " created_at, password_changed_at) values (?, 1, ?, ?, true, ?, ?, ?)");
          PreparedStatement role =
              c.prepareStatement("insert into account_role (account_id, role) values (?, ?)");
          PreparedStatement name =
              c.prepareStatement(
                  "update person set family_name = family_name || ' (' || ? || ')' where id = ?")) {
        for (LoadUser user : users) {
          long id = id(c);
          account.setLong(1, id);
          account.setString(2, user.username());
          account.setString(3, hash);
          account.setLong(4, user.personId());
          account.setTimestamp(5, now);
          account.setTimestamp(6, now);
          account.addBatch();
          role.setLong(1, id);
          role.setString(2, user.role().name());
          role.addBatch();
          name.setString(1, user.username());
          name.setLong(2, user.personId());
          name.addBatch();
        }
        account.executeBatch();
        role.executeBatch();
        name.executeBatch();
      }
      c.commit();
    }
    return users;
  }

  /** Participants per generated mentor (the last mentor of an edition may have fewer). */
  public static final int MENTEES = 10;

  private static List<Long> ids(Connection c, String sql) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql);
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        ids.add(result.getLong(1));
      }
    }
    return ids;
  }

  /** {@code wanted} elements taken at even steps over the whole list, so every edition is hit. */
  private static List<Long> spread(List<Long> all, int wanted) {
    if (all.size() <= wanted) {
      return all;
    }
    List<Long> picked = new ArrayList<>(wanted);
    for (int i = 0; i < wanted; i++) {
      picked.add(all.get((int) ((long) i * all.size() / wanted)));
    }
    return picked;
  }

  /** The next id from the shared sequence, taken in blocks exactly as EclipseLink takes them. */
  private long id(Connection c) throws SQLException {
    if (nextId == 0 || nextId > lastId) {
      try (PreparedStatement next = c.prepareStatement("select nextval('mentora_seq')");
          ResultSet result = next.executeQuery()) {
        result.next();
        lastId = result.getLong(1);
        nextId = lastId - 49;
      }
    }
    return nextId++;
  }

  /**
   * Autovacuum is off on this machine kind: on PostgreSQL, refresh the statistics and visibility
   * map of these tables as after a maintained bulk load, so plans and index-only scans are a real
   * database's; nothing elsewhere.
   */
  public void vacuumAnalyzeIfPostgres(String... tables) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
        c.setAutoCommit(true);
        try (var statement = c.createStatement()) {
          for (String table : tables) {
            statement.execute("vacuum analyze " + table);
          }
        }
      }
    }
  }
}
