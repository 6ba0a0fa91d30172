package org.mentora.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentora.course.roster.RosterFile;
import org.mentora.course.roster.RosterKind;
import org.mentora.course.roster.RosterReport;
import org.mentora.course.roster.RosterReport.Action;
import org.mentora.course.roster.RosterReport.PlannedRow;
import org.mentora.course.roster.RosterRow;
import org.mentora.course.roster.RosterRules;
import org.mentora.course.roster.RowProblem;
import org.mentora.directory.Account;
import org.mentora.directory.Organisation;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.CsvWriter;
import org.mentora.platform.security.Role;

/**
 * Roster import and export: organisations, people and an edition's enrolments from CSV.
 *
 * <p>{@link #check} is the dry run: it reads the whole file, applies every rule including those
 * that need the database, and says row by row what would happen, writing nothing. {@link
 * #importRoster} runs the same plan and writes it only when no row has a problem, in one
 * transaction, so a file is imported whole or not at all. Rows match existing records by e-mail
 * (people) or by name and country (organisations), so importing the same file twice changes
 * nothing. Lookups are done once per file, never per row.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RosterService {

  private static final int IN_CHUNK = 500;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public RosterReport check(RosterKind kind, Long editionId, byte[] content) {
    return run(kind, editionId, content, false);
  }

  public RosterReport importRoster(RosterKind kind, Long editionId, byte[] content) {
    return run(kind, editionId, content, true);
  }

  /** One row's effect, applied only when the whole file is clean. */
  private record Step(PlannedRow row, Consumer<RosterInserts> apply) {}

  private RosterReport run(RosterKind kind, Long editionId, byte[] content, boolean write) {
    Edition edition = kind.needsEdition() ? edition(editionId) : null;
    RosterFile.Parsed parsed = RosterFile.parse(content, kind);
    if (!parsed.readable()) {
      return new RosterReport(kind, 0, parsed.problems(), List.of(), 0, 0, 0, false);
    }
    List<RosterRow> rows = parsed.rows();
    List<RowProblem> problems = new ArrayList<>(RosterRules.check(kind, rows));

    List<Step> steps =
        kind == RosterKind.ORGANISATIONS
            ? planOrganisations(rows, problems)
            : planPeople(kind, edition, parsed.columns(), rows, problems);
    problems.sort(
        java.util.Comparator.comparingInt(RowProblem::line)
            .thenComparing(p -> p.column() == null ? "" : p.column()));
    int created = count(steps, Action.NEW);
    int updated = count(steps, Action.UPDATE);
    int unchanged = count(steps, Action.UNCHANGED);
    List<PlannedRow> preview =
        steps.stream()
            .map(Step::row)
            .filter(row -> row.action() != null)
            .limit(RosterReport.PREVIEW_ROWS)
            .toList();
    boolean imported = false;
    if (write && problems.isEmpty()) {
      RosterInserts inserts = new RosterInserts();
      steps.forEach(step -> step.apply().accept(inserts));
      em.flush();
      if (!inserts.isEmpty()) {
        try {
          inserts.write(em.unwrap(Connection.class));
        } catch (SQLException e) {
          throw new IllegalStateException("Roster insert failed", e);
        }
      }
      imported = true;
    }
    return new RosterReport(
        kind, rows.size(), List.copyOf(problems), preview, created, updated, unchanged, imported);
  }

  private static int count(List<Step> steps, Action action) {
    return (int) steps.stream().filter(step -> step.row().action() == action).count();
  }

  private static Set<Integer> badLines(List<RowProblem> problems) {
    return problems.stream().map(RowProblem::line).collect(Collectors.toSet());
  }

  // ---- organisations

  private List<Step> planOrganisations(List<RosterRow> rows, List<RowProblem> problems) {
    Set<Integer> bad = badLines(problems);
    Map<String, Organisation> existing =
        em.createNamedQuery(Organisation.ALL, Organisation.class)
            .getResultStream()
            .collect(
                Collectors.toMap(
                    o -> RosterRules.organisationKey(o.getName(), o.getCountry()),
                    Function.identity(),
                    (a, b) -> a));
    List<Step> steps = new ArrayList<>();
    for (RosterRow row : rows) {
      if (bad.contains(row.line())) {
        continue;
      }
      String name = row.get(RosterKind.NAME);
      String country = row.get(RosterKind.COUNTRY).toUpperCase(Locale.ROOT);
      var kind = RosterRules.kind(row.get(RosterKind.KIND)).orElseThrow();
      String region = blankToNull(row.get(RosterKind.REGION));
      String city = blankToNull(row.get(RosterKind.CITY));
      Organisation organisation = existing.get(RosterRules.organisationKey(name, country));
      String label = name + " (" + country + ")";
      if (organisation == null) {
        steps.add(
            new Step(
                new PlannedRow(row.line(), Action.NEW, label, kind.name()),
                inserts -> em.persist(new Organisation(name, kind, country, region, city))));
      } else if (organisation.getKind() != kind
          || !Objects.equals(organisation.getRegion(), region)
          || !Objects.equals(organisation.getCity(), city)) {
        steps.add(
            new Step(
                new PlannedRow(row.line(), Action.UPDATE, label, kind.name()),
                inserts -> {
                  organisation.setKind(kind);
                  organisation.setRegion(region);
                  organisation.setCity(city);
                }));
      } else {
        steps.add(
            new Step(
                new PlannedRow(row.line(), Action.UNCHANGED, label, kind.name()), inserts -> {}));
      }
    }
    return steps;
  }

  // ---- people and enrolments

  private List<Step> planPeople(
      RosterKind kind,
      Edition edition,
      List<String> columns,
      List<RosterRow> rows,
      List<RowProblem> problems) {
    Map<String, List<Organisation>> organisationsByName =
        em.createNamedQuery(Organisation.ALL, Organisation.class)
            .getResultStream()
            .collect(Collectors.groupingBy(o -> o.getName().toLowerCase(Locale.ROOT)));
    Set<Integer> bad = badLines(problems);
    List<String> emails =
        rows.stream()
            .filter(row -> !bad.contains(row.line()))
            .map(row -> Person.normaliseEmail(row.get(RosterKind.EMAIL)))
            .toList();
    Map<String, Person> people = peopleByEmail(emails);
    Map<Long, Enrolment> enrolments = new HashMap<>();
    if (edition != null) {
      em.createQuery("select e from Enrolment e where e.edition = :edition", Enrolment.class)
          .setParameter("edition", edition)
          .getResultStream()
          .forEach(e -> enrolments.put(e.getPerson().getId(), e));
    }
    boolean organisationGiven = columns.contains(RosterKind.ORGANISATION);
    Instant now = clock.instant();
    List<Step> steps = new ArrayList<>();
    List<Person> existingEnrolled = new ArrayList<>();
    int seatsTaken = 0;
    for (RosterRow row : rows) {
      // The organisation is looked up even on a row with other problems, so one check names all.
      Optional<Organisation> organisation = Optional.empty();
      if (row.has(RosterKind.ORGANISATION)) {
        List<Organisation> named =
            organisationsByName
                .getOrDefault(row.get(RosterKind.ORGANISATION).toLowerCase(Locale.ROOT), List.of())
                .stream()
                .filter(
                    o ->
                        !row.has(RosterKind.COUNTRY)
                            || o.getCountry()
                                .equals(row.get(RosterKind.COUNTRY).toUpperCase(Locale.ROOT)))
                .toList();
        if (named.size() != 1) {
          problems.add(
              RowProblem.of(
                  row.line(),
                  RosterKind.ORGANISATION,
                  named.isEmpty()
                      ? "roster.row.organisationUnknown"
                      : "roster.row.organisationAmbiguous",
                  row.get(RosterKind.ORGANISATION)));
          continue;
        }
        organisation = Optional.of(named.get(0));
      }
      if (bad.contains(row.line())) {
        continue;
      }
      String email = Person.normaliseEmail(row.get(RosterKind.EMAIL));
      String givenName = row.get(RosterKind.GIVEN_NAME);
      String familyName = row.get(RosterKind.FAMILY_NAME);
      Person person = people.get(email);
      String language =
          row.has(RosterKind.LANGUAGE)
              ? row.get(RosterKind.LANGUAGE).toLowerCase(Locale.ROOT)
              : person == null ? "en" : person.getPreferredLanguage();
      Organisation newOrganisation =
          organisationGiven
              ? organisation.orElse(null)
              : person == null ? null : person.getOrganisation();
      String label = givenName + " " + familyName + " <" + email + ">";
      String detail = newOrganisation == null ? "" : newOrganisation.getName();

      Action personAction;
      Person target;
      if (person == null) {
        target = new Person(givenName, familyName, email, newOrganisation);
        target.setPreferredLanguage(language);
        personAction = Action.NEW;
      } else {
        target = person;
        boolean same =
            person.getGivenName().equals(givenName)
                && person.getFamilyName().equals(familyName)
                && person.getPreferredLanguage().equals(language)
                && Objects.equals(person.getOrganisation(), newOrganisation);
        personAction = same ? Action.UNCHANGED : Action.UPDATE;
      }
      Consumer<RosterInserts> writePerson =
          switch (personAction) {
            case NEW -> inserts -> inserts.person(target);
            case UPDATE ->
                inserts -> {
                  target.setGivenName(givenName);
                  target.setFamilyName(familyName);
                  target.setPreferredLanguage(language);
                  target.setOrganisation(newOrganisation);
                };
            case UNCHANGED -> inserts -> {};
          };
      if (kind != RosterKind.ENROLMENTS) {
        steps.add(new Step(new PlannedRow(row.line(), personAction, label, detail), writePerson));
        continue;
      }
      Enrolment enrolment = person == null ? null : enrolments.get(person.getId());
      Action action;
      Consumer<RosterInserts> writeEnrolment;
      if (enrolment == null) {
        action = Action.NEW;
        seatsTaken++;
        writeEnrolment = inserts -> inserts.enrolment(edition, target, newOrganisation, now);
      } else if (!enrolment.isActive()) {
        action = Action.UPDATE;
        seatsTaken++;
        writeEnrolment =
            inserts -> {
              enrolment.reactivate();
              enrolment.setHostOrganisation(newOrganisation);
            };
      } else if (!Objects.equals(enrolment.getHostOrganisation(), newOrganisation)) {
        action = Action.UPDATE;
        writeEnrolment = inserts -> enrolment.setHostOrganisation(newOrganisation);
      } else {
        action = personAction;
        writeEnrolment = inserts -> {};
      }
      if (action == Action.UNCHANGED && personAction == Action.UPDATE) {
        action = Action.UPDATE;
      }
      if (person != null) {
        existingEnrolled.add(person);
      }
      steps.add(
          new Step(
              new PlannedRow(row.line(), action, label, detail),
              inserts -> {
                writePerson.accept(inserts);
                writeEnrolment.accept(inserts);
              }));
    }
    if (edition != null) {
      long active = enrolments.values().stream().filter(Enrolment::isActive).count();
      if (active + seatsTaken > edition.getCapacity()) {
        problems.add(
            RowProblem.ofFile(
                "roster.file.overCapacity", edition.getCapacity(), active, seatsTaken));
      }
      if (!existingEnrolled.isEmpty()) {
        // Existing accounts become participants (a step without a row of its own, applied last).
        steps.add(
            new Step(
                new PlannedRow(0, null, "", ""), inserts -> grantParticipant(existingEnrolled)));
      }
    }
    return steps;
  }

  private void grantParticipant(Collection<Person> people) {
    List<Long> ids = people.stream().map(Person::getId).toList();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      em.createQuery("select a from Account a where a.person.id in :ids", Account.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)))
          .getResultStream()
          .filter(account -> !account.hasRole(Role.PARTICIPANT))
          .forEach(
              account -> {
                Set<Role> roles = account.getRoles();
                roles.add(Role.PARTICIPANT);
                account.setRoles(roles);
              });
    }
  }

  private Map<String, Person> peopleByEmail(List<String> emails) {
    Map<String, Person> found = new HashMap<>();
    List<String> distinct = new ArrayList<>(new HashSet<>(emails));
    for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
      em.createQuery(
              "select p from Person p left join fetch p.organisation where p.email in :emails",
              Person.class)
          .setParameter(
              "emails", distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK)))
          .getResultStream()
          .forEach(p -> found.put(p.getEmail(), p));
    }
    return found;
  }

  private Edition edition(Long editionId) {
    if (editionId == null) {
      throw BusinessException.onField("edition", "roster.edition.required");
    }
    return Optional.ofNullable(em.find(Edition.class, editionId))
        .orElseThrow(NotFoundException::new);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  // ---- export

  /**
   * The same list as a CSV in the import's own columns, so an export can be edited and re-imported.
   */
  public byte[] export(RosterKind kind, Long editionId) {
    List<List<String>> records = new ArrayList<>();
    switch (kind) {
      case ORGANISATIONS ->
          em.createNamedQuery(Organisation.ALL, Organisation.class)
              .getResultStream()
              .forEach(
                  o ->
                      records.add(
                          list(
                              o.getName(),
                              o.getKind().name(),
                              o.getCountry(),
                              o.getRegion(),
                              o.getCity())));
      case PEOPLE ->
          em.createQuery(
                  "select p from Person p left join fetch p.organisation"
                      + " order by p.familyName, p.givenName, p.email",
                  Person.class)
              .getResultStream()
              .forEach(p -> records.add(personRecord(kind, p, p.getOrganisation())));
      case ENROLMENTS ->
          em.createQuery(
                  "select e from Enrolment e join fetch e.person p left join fetch e.hostOrganisation"
                      + " where e.edition = :edition and e.status = :active"
                      + " order by p.familyName, p.givenName, p.email",
                  Enrolment.class)
              .setParameter("edition", edition(editionId))
              .setParameter("active", EnrolmentStatus.ACTIVE)
              .getResultStream()
              .forEach(
                  e -> records.add(personRecord(kind, e.getPerson(), e.getHostOrganisation())));
    }
    // Through the one CSV writer: a name typed as "=cmd" must not run in a spreadsheet.
    return CsvWriter.write(kind.columns(), records.stream());
  }

  private static List<String> personRecord(RosterKind kind, Person p, Organisation organisation) {
    String name = organisation == null ? "" : organisation.getName();
    String country = organisation == null ? "" : organisation.getCountry();
    return kind == RosterKind.PEOPLE
        ? list(
            p.getEmail(),
            p.getGivenName(),
            p.getFamilyName(),
            p.getPreferredLanguage(),
            name,
            country)
        : list(
            p.getEmail(),
            p.getGivenName(),
            p.getFamilyName(),
            name,
            p.getPreferredLanguage(),
            country);
  }

  private static List<String> list(String... values) {
    List<String> list = new ArrayList<>();
    for (String value : values) {
      list.add(value == null ? "" : value);
    }
    return list;
  }
}
