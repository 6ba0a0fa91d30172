package org.mentora.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.directory.Organisation;
import org.mentora.directory.OrganisationKind;
import org.mentora.directory.Person;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.LogEntry;
import org.mentora.project.Milestone;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectStatus;
import org.mentora.project.ProjectTopic;
import org.mentora.support.TestData;

/**
 * What the report tests arrange directly: host libraries with regions, entries in any state and at
 * any moment, withdrawals, project ideas, and a counter of the SQL statements EclipseLink sends.
 */
@Stateless
public class ReportFixtures {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public long organisation(String name, String country, String region) {
    Organisation organisation =
        new Organisation(TestData.unique(name), OrganisationKind.PUBLIC, country, region, null);
    em.persist(organisation);
    return organisation.getId();
  }

  public long enrol(long editionId, long personId, Long organisationId) {
    Enrolment enrolment =
        new Enrolment(
            em.find(Edition.class, editionId),
            em.find(Person.class, personId),
            organisationId == null ? null : em.find(Organisation.class, organisationId),
            Instant.now());
    em.persist(enrolment);
    return enrolment.getId();
  }

  /** An entry dated {@code daysAgo} days back in the services' zone, logged at that moment too. */
  public long entry(long enrolmentId, String mode, int minutes, EntryStatus status, int daysAgo) {
    LocalDate date = LocalDate.now(clock).minusDays(daysAgo);
    Instant at = Instant.now().minus(Duration.ofDays(daysAgo));
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    LogEntry entry =
        LogEntry.recorded(
            enrolment,
            date,
            enrolment.getEdition().getProgramme().requireMode(mode),
            null,
            minutes,
            TestData.unique("Did"),
            null,
            status,
            null,
            at);
    em.persist(entry);
    return entry.getId();
  }

  public void withdraw(long enrolmentId) {
    em.find(Enrolment.class, enrolmentId).withdraw(Instant.now());
  }

  /** A project idea in a state, with the first seeded topic or none. */
  public long idea(long enrolmentId, ProjectStatus status, boolean withTopic) {
    ProjectIdea idea =
        new ProjectIdea(
            em.find(Enrolment.class, enrolmentId), TestData.unique("Idea"), Instant.now());
    if (withTopic) {
      idea.setTopic(topic());
    }
    em.persist(idea);
    idea.moveTo(status, Instant.now());
    return idea.getId();
  }

  public String topicName() {
    return topic().getName();
  }

  private ProjectTopic topic() {
    return em.createQuery(
            "select t from ProjectTopic t order by t.position, t.id", ProjectTopic.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  public void milestone(long ideaId, String title, LocalDate due) {
    em.persist(new Milestone(em.find(ProjectIdea.class, ideaId), title, due, Instant.now()));
  }

  // ---- counting statements

  /**
   * Counts the SQL statements EclipseLink sends on the current thread while counting is on: a
   * session event listener ({@code preExecuteCall} fires once per statement) built as a proxy, so
   * the tests need no compile-time dependency on the server's EclipseLink.
   */
  public static final class StatementCounter {
    // Not per thread: a dashboard may run an aggregate on a second connection in an asynchronous
    // call, and that statement counts too. Tests in one deployment run one at a time.
    private static volatile java.util.List<String> sql;

    private StatementCounter() {}

    public static void start() {
      sql = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    }

    public static int stop() {
      java.util.List<String> counted = sql;
      sql = null;
      last = counted == null ? java.util.List.of() : java.util.List.copyOf(counted);
      return counted == null ? -1 : counted.size();
    }

    private static volatile java.util.List<String> last = java.util.List.of();

    /** The statements counted since the last start (or by the last run when stopped). */
    public static java.util.List<String> statements() {
      java.util.List<String> counted = sql;
      return counted == null ? last : java.util.List.copyOf(counted);
    }

    private static String sql(Object event) {
      try {
        Object call = event.getClass().getMethod("getCall").invoke(event);
        return String.valueOf(call.getClass().getMethod("getSQLString").invoke(call));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return String.valueOf(e);
      }
    }

    static Object listener(ClassLoader loader) throws ClassNotFoundException {
      Class<?> type =
          Class.forName("org.eclipse.persistence.sessions.SessionEventListener", true, loader);
      return Proxy.newProxyInstance(
          loader,
          new Class<?>[] {type},
          (proxy, method, args) -> {
            switch (method.getName()) {
              case "preExecuteCall" -> {
                java.util.List<String> counted = sql;
                if (counted != null) {
                  counted.add(sql(args[0]));
                }
                return null;
              }
              case "equals" -> {
                return proxy == args[0];
              }
              case "hashCode" -> {
                return System.identityHashCode(proxy);
              }
              case "toString" -> {
                return "StatementCounter";
              }
              default -> {
                return null;
              }
            }
          });
    }
  }

  private static Object counter;

  private Object eventManager() throws ReflectiveOperationException {
    Object delegate = em.getDelegate();
    Object session = delegate.getClass().getMethod("getServerSession").invoke(delegate);
    return session.getClass().getMethod("getEventManager").invoke(session);
  }

  public void installCounter() throws ReflectiveOperationException {
    Object manager = eventManager();
    synchronized (ReportFixtures.class) {
      if (counter == null) {
        counter = StatementCounter.listener(manager.getClass().getClassLoader());
        Class<?> type = counter.getClass().getInterfaces()[0];
        manager.getClass().getMethod("addListener", type).invoke(manager, counter);
      }
    }
  }

  public void removeCounter() throws ReflectiveOperationException {
    Object manager = eventManager();
    synchronized (ReportFixtures.class) {
      if (counter != null) {
        Class<?> type = counter.getClass().getInterfaces()[0];
        manager.getClass().getMethod("removeListener", type).invoke(manager, counter);
        counter = null;
      }
    }
  }
}
