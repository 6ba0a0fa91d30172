package org.mentora.course.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mentora.course.AdmissionCriterion;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.LearningMode;
import org.mentora.course.ModuleKind;
import org.mentora.course.Programme;
import org.mentora.course.StaffAssignment;
import org.mentora.course.StaffRole;
import org.mentora.directory.Organisation;
import org.mentora.directory.Person;
import org.mentora.directory.demo.LatvianPilot;
import org.mentora.platform.demo.SeedDemoWorld;

/**
 * A second kind of programme in the demo world, which proves learning modes are the programme's
 * data: a leadership conversation series for library directors, as the Danish Digital Alliance runs
 * one (a kickoff day, then digital half-day salons). It has only two modes, face-to-face sessions
 * and online salons, both recorded by the host's attendance; no project, no mentors, no work-based
 * learning. The Latvian series started two months ago: the kickoff and two salons are held (the
 * logbook demo records who attended), two salons are still to come.
 */
@Stateless
public class SalonSeries {

  public static final String EDITION = "LV-SALON";
  public static final String SESSION = "SESSION";
  public static final String SALON = "ONLINE_SALON";

  /** The modules in order: the kickoff day, then four salons of three hours. */
  public static final List<String> MODULES = List.of("K01", "S01", "S02", "S03", "S04");

  private static final String BY = "demo";

  /** Directors of the Latvian libraries in the series: given and family name, library index. */
  private static final List<Object[]> DIRECTORS =
      List.of(
          new Object[] {"Ilze", "Kalniņa", 1},
          new Object[] {"Gints", "Zariņš", 2},
          new Object[] {"Vija", "Lāce", 3},
          new Object[] {"Edgars", "Strautiņš", 4},
          new Object[] {"Ruta", "Priede", 5},
          new Object[] {"Normunds", "Vītols", 6});

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public void seed(@Observes @Priority(SeedDemoWorld.COURSE + 50) SeedDemoWorld event) {
    Programme programme = new Programme();
    programme.setName("Library leadership salons");
    programme.getNames().put("lv", "Bibliotēku vadītāju saloni");
    programme.getNames().put("bg", "Салони за ръководители на библиотеки");
    programme.getNames().put("el", "Σαλόνια ηγεσίας βιβλιοθηκών");
    programme.getNames().put("it", "Salotti per dirigenti di biblioteca");
    programme.setDescription(
        "Conversations for library directors about leading a digital library: a kickoff day"
            + " together, then half-day salons online between the directors' own work.");
    programme.setEqfLevel(6);
    programme.setHasProjects(false);
    programme.setAdmissionCriteria(List.of(AdmissionCriterion.HOST_LIBRARY));
    programme.setDefaultCapacity(20);
    LearningMode session =
        programme.addMode(
            LearningMode.of(
                programme,
                SESSION,
                "Face-to-face session",
                StaffRole.TRAINER,
                true,
                true,
                "#2f6f9f",
                6 * 60));
    names(
        session,
        "Klātienes tikšanās",
        "Присъствена среща",
        "Δια ζώσης συνάντηση",
        "Incontro in presenza");
    LearningMode salon =
        programme.addMode(
            LearningMode.of(
                programme,
                SALON,
                "Online salon",
                StaffRole.TRAINER,
                true,
                true,
                "#4f9d69",
                12 * 60));
    names(salon, "Tiešsaistes salons", "Онлайн салон", "Διαδικτυακό σαλόνι", "Salotto online");
    programme.setDefaultTargets(programme.getDefaultTargets().withBlendedTotal(18 * 60));
    em.persist(programme);

    Map<String, String[]> titles =
        Map.of(
            "K01",
                new String[] {
                  "Kickoff day: leading the digital library",
                  "Ievaddiena: digitālās bibliotēkas vadība"
                },
            "S01",
                new String[] {
                  "Salon: strategy with little money", "Salons: stratēģija ar mazu budžetu"
                },
            "S02",
                new String[] {"Salon: partners in the municipality", "Salons: partneri pašvaldībā"},
            "S03",
                new String[] {
                  "Salon: leading change in the team", "Salons: pārmaiņu vadīšana komandā"
                },
            "S04",
                new String[] {
                  "Salon: showing the library's value", "Salons: bibliotēkas vērtības parādīšana"
                });
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Edition edition = new Edition(programme);
    edition.setCode(EDITION);
    edition.setTitle("Library leadership salons: Latvia");
    edition.setCountry("LV");
    edition.setLanguage("lv");
    edition.setStartDate(today.minusMonths(2));
    edition.setEndDate(today.plusMonths(2));
    edition.setCapacity(programme.getDefaultCapacity());
    edition.setTargets(programme.getDefaultTargets());
    edition.setAdmissionCriteria(programme.getAdmissionCriteria());
    em.persist(edition);

    Person host = person(LatvianPilot.TRAINER.email());
    Instant started = edition.getStartDate().atStartOfDay(clock.getZone()).toInstant();
    for (String code : MODULES) {
      CourseModule module = new CourseModule(programme);
      module.setCode(code);
      module.setTitle(titles.get(code)[0]);
      module.getNames().put("lv", titles.get(code)[1]);
      module.setLearningMode(code.startsWith("K") ? session : salon);
      module.setPlannedMinutes(code.startsWith("K") ? 6 * 60 : 3 * 60);
      module.setEcvetPoints(new BigDecimal("0.5"));
      module.setKind(ModuleKind.TRANSVERSAL);
      module.setMandatory(true);
      em.persist(module);
      em.persist(StaffAssignment.trainer(module, edition, host, started, BY));
    }
    List<Organisation> libraries =
        em.createQuery(
                "select o from Organisation o where o.country = 'LV' order by o.name",
                Organisation.class)
            .getResultList();
    for (Object[] director : DIRECTORS) {
      String given = (String) director[0];
      String family = (String) director[1];
      Organisation library = libraries.get(((Integer) director[2]) % libraries.size());
      Person person =
          new Person(
              given, family, ascii(given + "." + family) + "@salon.demo.mentora.example", library);
      person.setPreferredLanguage("lv");
      em.persist(person);
      em.persist(new Enrolment(edition, person, library, started.minusSeconds(86_400 * 7L)));
    }
  }

  private Person person(String email) {
    return em.createQuery("select p from Person p where p.email = :email", Person.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  private static void names(LearningMode mode, String lv, String bg, String el, String it) {
    mode.getNames().put("lv", lv);
    mode.getNames().put("bg", bg);
    mode.getNames().put("el", el);
    mode.getNames().put("it", it);
  }

  private static String ascii(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
