package org.mentora.course;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mentora.directory.Organisation;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;

/**
 * The new people and enrolments of one roster import, written as JDBC batches on the connection of
 * the import's own transaction, so they commit or roll back with everything else.
 *
 * <p>Why not {@code em.persist}: a 10,000-row roster made EclipseLink register, validate and diff
 * 20,000 new entities, about 40 % of the speed of a plain batch insert; the benchmark's goal is at
 * least half. Every value written here has passed {@code RosterRules} (the same limits as the
 * entities' constraints), and ids come from the shared sequence in blocks exactly as EclipseLink
 * takes them (the block ending at the value {@code nextval} returns), so both can never collide.
 * Updates of existing records still go through JPA.
 */
final class RosterInserts {

  private static final int BATCH = 1000;

  private record NewEnrolment(Edition edition, Person person, Organisation host, Instant at) {}

  private final List<Person> people = new ArrayList<>();
  private final List<NewEnrolment> enrolments = new ArrayList<>();
  private final Map<Person, Long> ids = new IdentityHashMap<>();

  void person(Person person) {
    people.add(person);
  }

  void enrolment(Edition edition, Person person, Organisation host, Instant at) {
    enrolments.add(new NewEnrolment(edition, person, host, at));
  }

  boolean isEmpty() {
    return people.isEmpty() && enrolments.isEmpty();
  }

  void write(Connection connection) throws SQLException {
    List<Long> personIds = allocate(connection, people.size());
    List<Long> enrolmentIds = allocate(connection, enrolments.size());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into person (id, version, given_name, family_name, email,"
                + " preferred_language, organisation_id) values (?, 1, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < people.size(); i++) {
        Person person = people.get(i);
        long id = personIds.get(i);
        ids.put(person, id);
        insert.setLong(1, id);
        insert.setString(2, person.getGivenName());
        insert.setString(3, person.getFamilyName());
        insert.setString(4, person.getEmail());
        insert.setString(5, person.getPreferredLanguage());
        setId(insert, 6, person.getOrganisation());
        batch(insert, i);
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into enrolment (id, version, edition_id, person_id, host_organisation_id,"
                + " status, enrolled_at) values (?, 1, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < enrolments.size(); i++) {
        NewEnrolment enrolment = enrolments.get(i);
        Long personId = ids.get(enrolment.person());
        insert.setLong(1, enrolmentIds.get(i));
        insert.setLong(2, enrolment.edition().getId());
        insert.setLong(3, personId != null ? personId : enrolment.person().getId());
        setId(insert, 4, enrolment.host());
        insert.setString(5, EnrolmentStatus.ACTIVE.name());
        insert.setTimestamp(6, Timestamp.from(enrolment.at()));
        batch(insert, i);
      }
      insert.executeBatch();
    }
  }

  private static void batch(PreparedStatement insert, int index) throws SQLException {
    insert.addBatch();
    if ((index + 1) % BATCH == 0) {
      insert.executeBatch();
    }
  }

  private static void setId(PreparedStatement insert, int column, BaseEntity entity)
      throws SQLException {
    if (entity == null) {
      insert.setNull(column, Types.BIGINT);
    } else {
      insert.setLong(column, entity.getId());
    }
  }

  /**
   * Ids from the shared sequence: each value ends a block of {@link BaseEntity#ALLOCATION_SIZE}.
   */
  private static List<Long> allocate(Connection connection, int count) throws SQLException {
    List<Long> allocated = new ArrayList<>(count);
    try (PreparedStatement next = connection.prepareStatement("select nextval('mentora_seq')")) {
      while (allocated.size() < count) {
        try (ResultSet result = next.executeQuery()) {
          result.next();
          long last = result.getLong(1);
          for (long id = last - BaseEntity.ALLOCATION_SIZE + 1;
              id <= last && allocated.size() < count;
              id++) {
            allocated.add(id);
          }
        }
      }
    }
    return allocated;
  }
}
