package org.mentora.course.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.course.Application;
import org.mentora.course.ApplicationStatus;
import org.mentora.course.BiblioModes;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.HourTargets;
import org.mentora.course.JobProfile;
import org.mentora.course.MentorRelation;
import org.mentora.course.ModuleKind;
import org.mentora.course.Programme;
import org.mentora.course.StaffAssignment;
import org.mentora.course.TutorGroup;
import org.mentora.course.Waiver;
import org.mentora.directory.Organisation;
import org.mentora.directory.Person;
import org.mentora.directory.demo.LatvianPilot;
import org.mentora.directory.demo.LatvianPilot.Member;
import org.mentora.directory.demo.PartnerPilots;
import org.mentora.platform.demo.SeedDemoWorld;
import org.mentora.platform.files.FileStore;

/**
 * The course part of the demo world: the BIBLIO specialisation course with its two job profiles and
 * 24 modules, and the Latvian pilot edition running now (so hours can be logged today) with the
 * plan's own 20 + 160 + 40 + 25 = 245 h against a stated 240 h, and 165 h of work-based learning.
 * Every participant is enrolled with a mentor and a tutor group; trainers teach the modules; a few
 * candidates wait for admission; one waiver is approved and one waits. Beside it, the Bulgarian,
 * Greek and Italian pilots and the cross-border edition of {@link PartnerPilots}, smaller and begun
 * a month later.
 */
@Stateless
public class CourseDemoData {

  private static final String BY = "demo";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject FileStore files;

  private record ModuleSpec(
      String code,
      String title,
      String mode,
      int hours,
      String ecvet,
      ModuleKind kind,
      boolean mandatory) {}

  private static final List<ModuleSpec> MODULES =
      List.of(
          new ModuleSpec(
              "F01",
              "Opening workshop: the library as a place of change",
              BiblioModes.FACE_TO_FACE,
              10,
              "0.5",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "F02",
              "Project clinic: from idea to plan",
              BiblioModes.FACE_TO_FACE,
              10,
              "0.5",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "T01",
              "Spotting opportunities in the library's community",
              BiblioModes.VIRTUAL,
              6,
              "0.25",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "T02",
              "Creativity and design thinking",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "T03",
              "Vision and strategy for library services",
              BiblioModes.VIRTUAL,
              6,
              "0.25",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "T04",
              "Valuing ideas and ethical thinking",
              BiblioModes.VIRTUAL,
              6,
              "0.25",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "T05",
              "Mobilising resources and partners",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "T06",
              "Financial literacy for library projects",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "T07",
              "Mobilising others: communication and leadership",
              BiblioModes.VIRTUAL,
              10,
              "0.5",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "T08",
              "Planning and project management",
              BiblioModes.VIRTUAL,
              10,
              "0.5",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "T09",
              "Coping with uncertainty and risk",
              BiblioModes.VIRTUAL,
              6,
              "0.25",
              ModuleKind.TRANSVERSAL,
              false),
          new ModuleSpec(
              "T10",
              "Learning through experience",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "D01",
              "Information and data literacy",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.DIGITAL,
              true),
          new ModuleSpec(
              "D02",
              "Digital communication and collaboration",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.DIGITAL,
              true),
          new ModuleSpec(
              "D03",
              "Digital content creation",
              BiblioModes.VIRTUAL,
              10,
              "0.5",
              ModuleKind.DIGITAL,
              true),
          new ModuleSpec(
              "D04",
              "Safety and digital wellbeing",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.DIGITAL,
              true),
          new ModuleSpec(
              "D05",
              "Digital problem solving",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.DIGITAL,
              true),
          new ModuleSpec(
              "D06",
              "Social media for libraries",
              BiblioModes.VIRTUAL,
              10,
              "0.5",
              ModuleKind.DIGITAL,
              true),
          new ModuleSpec(
              "D07",
              "Library websites and accessibility",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.DIGITAL,
              true),
          new ModuleSpec(
              "D08",
              "Digitisation of collections",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.DIGITAL,
              true),
          new ModuleSpec(
              "D09",
              "Open data, licences and copyright",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.DIGITAL,
              false),
          new ModuleSpec(
              "D10",
              "Teaching digital skills to library users",
              BiblioModes.VIRTUAL,
              8,
              "0.5",
              ModuleKind.DIGITAL,
              true),
          new ModuleSpec(
              "P01",
              "Project-based learning: developing the project idea",
              BiblioModes.PROJECT_BASED,
              40,
              "2",
              ModuleKind.TRANSVERSAL,
              true),
          new ModuleSpec(
              "A01",
              "Assessment and presentation of the project",
              BiblioModes.ASSESSMENT,
              25,
              "1",
              ModuleKind.TRANSVERSAL,
              true));

  public void seed(@Observes @Priority(SeedDemoWorld.COURSE) SeedDemoWorld event) {
    Instant now = clock.instant();
    Map<String, Person> people = people();

    Programme programme = new Programme();
    programme.setName("BIBLIO specialisation course");
    programme.setDescription(
        "Blended specialisation course for librarians: digital transformation and community"
            + " engagement, followed by work-based learning in the trainee's own library.");
    programme.setEqfLevel(5);
    // the plan's parts (20 + 160 + 40 + 25) exceed its stated 240 h; new editions start from a
    // split that adds up, while the Latvian pilot below keeps the plan's figures as written
    BiblioModes.create(programme).forEach(programme::addMode);
    programme.setDefaultTargets(defaultTargets());
    programme.setDefaultCapacity(25);
    CourseDemoNames.name(CourseDemoNames.PROGRAMME, programme);
    em.persist(programme);
    JobProfile digy = new JobProfile(programme, "DIGY", "Digital Transformation Facilitator");
    JobProfile ceco =
        new JobProfile(programme, "CECO", "Community Engagement and Communication Officer");
    CourseDemoNames.name("DIGY", digy);
    CourseDemoNames.name("CECO", ceco);
    em.persist(digy);
    em.persist(ceco);
    Map<String, CourseModule> modules = new HashMap<>();
    for (ModuleSpec spec : MODULES) {
      CourseModule module = new CourseModule(programme);
      module.setCode(spec.code());
      module.setTitle(spec.title());
      module.setLearningMode(programme.requireMode(spec.mode()));
      module.setPlannedMinutes(spec.hours() * 60);
      module.setEcvetPoints(new BigDecimal(spec.ecvet()));
      module.setKind(spec.kind());
      module.setMandatory(spec.mandatory());
      CourseDemoNames.name(spec.code(), module);
      em.persist(module);
      modules.put(spec.code(), module);
    }

    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Edition edition = new Edition(programme);
    edition.setCode("LV-PILOT");
    edition.setTitle("BIBLIO specialisation course: Latvian pilot");
    edition.setCountry("LV");
    edition.setLanguage("lv");
    edition.setJobProfile(digy);
    edition.setStartDate(today.minusMonths(4).withDayOfMonth(1));
    edition.setEndDate(today.plusMonths(5));
    edition.setCapacity(45);
    edition.setTargets(HourTargets.ofHours(20, 160, 40, 25, 240, 165));
    em.persist(edition);

    List<TutorGroup> groups = new ArrayList<>();
    for (String name : List.of("A", "B", "C")) {
      TutorGroup group = new TutorGroup(edition, name);
      em.persist(group);
      groups.add(group);
    }
    Instant started = edition.getStartDate().atStartOfDay(clock.getZone()).toInstant();
    for (int i = 0; i < groups.size(); i++) {
      Person tutor = people.get(LatvianPilot.TUTORS.get(i).username());
      em.persist(StaffAssignment.tutor(groups.get(i), tutor, started, BY));
    }
    assignTrainers(edition, modules, people, started);

    List<Member> participants = LatvianPilot.PARTICIPANTS;
    for (int i = 0; i < participants.size(); i++) {
      Person person = people.get(participants.get(i).username());
      Enrolment enrolment =
          new Enrolment(
              edition, person, person.getOrganisation(), started.minus(7, ChronoUnit.DAYS));
      enrolment.setTutorGroup(groups.get(i % groups.size()));
      em.persist(enrolment);
      assignMentor(enrolment, i, people, started);
      if (i == 3) {
        waiver(enrolment, modules.get("D01"), true, now);
      } else if (i == 0) {
        waiver(enrolment, modules.get("T09"), false, now);
      }
    }
    candidates(edition, now);
    for (PartnerPilots.Pilot pilot : PartnerPilots.PILOTS) {
      partnerEdition(pilot, programme, List.of(digy, ceco), modules, today);
    }
  }

  /**
   * A partner pilot's edition: started three months ago for nine months, the programme's default
   * targets, one tutor group, the pilot's trainer on every module and a mentor for each
   * participant: from their own library, another library of their country or, in the cross-border
   * edition, a partner library abroad.
   */
  private void partnerEdition(
      PartnerPilots.Pilot pilot,
      Programme programme,
      List<JobProfile> profiles,
      Map<String, CourseModule> modules,
      LocalDate today) {
    Map<String, Person> people = new HashMap<>();
    em.createQuery("select p from Person p left join fetch p.organisation", Person.class)
        .getResultStream()
        .forEach(p -> people.put(p.getEmail(), p));
    Edition edition = new Edition(programme);
    edition.setCode(pilot.code());
    edition.setTitle(pilot.title());
    edition.setCountry(pilot.country());
    edition.setLanguage(pilot.language());
    edition.setJobProfile(
        profiles.stream().filter(p -> p.getCode().equals(pilot.jobProfile())).findFirst().get());
    edition.setStartDate(today.minusMonths(3).withDayOfMonth(1));
    edition.setEndDate(edition.getStartDate().plusMonths(9));
    edition.setCapacity(programme.getDefaultCapacity());
    edition.setTargets(defaultTargets());
    em.persist(edition);
    Instant started = edition.getStartDate().atStartOfDay(clock.getZone()).toInstant();
    TutorGroup group = new TutorGroup(edition, "A");
    em.persist(group);
    em.persist(StaffAssignment.tutor(group, people.get(pilot.tutor().email()), started, BY));
    Person trainer = people.get(pilot.trainer().email());
    for (ModuleSpec spec : MODULES) {
      em.persist(StaffAssignment.trainer(modules.get(spec.code()), edition, trainer, started, BY));
    }
    for (int i = 0; i < pilot.participants().size(); i++) {
      PartnerPilots.Member member = pilot.participants().get(i);
      Person person = people.get(member.email());
      Enrolment enrolment =
          new Enrolment(
              edition, person, person.getOrganisation(), started.minus(7, ChronoUnit.DAYS));
      enrolment.setTutorGroup(group);
      em.persist(enrolment);
      PartnerPilots.Member mentor = pilot.mentorOf(i);
      Person mentorPerson = people.get(mentor.email());
      MentorRelation relation;
      if (mentor.library().equals(member.library())) {
        relation = MentorRelation.OWN_LIBRARY;
      } else if (mentorPerson
          .getOrganisation()
          .getCountry()
          .equals(person.getOrganisation().getCountry())) {
        relation = MentorRelation.REGIONAL_LIBRARY;
      } else {
        relation = MentorRelation.PARTNER_ORGANISATION;
      }
      em.persist(StaffAssignment.mentor(enrolment, mentorPerson, relation, started, BY));
    }
  }

  /** The programme's default split. */
  private static HourTargets defaultTargets() {
    return HourTargets.ofHours(20, 155, 40, 25, 240, 165);
  }

  private Map<String, Person> people() {
    Map<String, Person> people = new HashMap<>();
    for (Object[] row :
        em.createQuery("select a.username, a.person from Account a", Object[].class)
            .getResultList()) {
      people.put((String) row[0], (Person) row[1]);
    }
    return people;
  }

  private void assignTrainers(
      Edition edition, Map<String, CourseModule> modules, Map<String, Person> people, Instant at) {
    List<Member> trainers = LatvianPilot.TRAINERS;
    int i = 0;
    for (ModuleSpec spec : MODULES) {
      // The demo trainer teaches every face-to-face module, so the face-to-face hours any
      // participant logs show up in the demo trainer's review queue.
      Member trainer =
          spec.mode().equals(BiblioModes.FACE_TO_FACE)
              ? LatvianPilot.TRAINER
              : spec.code().startsWith("D")
                  ? trainers.get(i++ % 2 == 0 ? 0 : 3)
                  : trainers.get(i++ % 2 == 0 ? 1 : 2);
      em.persist(
          StaffAssignment.trainer(
              modules.get(spec.code()), edition, people.get(trainer.username()), at, BY));
    }
  }

  /**
   * A mentor from the participant's own library where there is one, else a regional library or a
   * partner organisation, about three participants each. The demo mentor mentors the demo trainee.
   */
  private void assignMentor(
      Enrolment enrolment, int index, Map<String, Person> people, Instant at) {
    List<Member> mentors = LatvianPilot.MENTORS;
    Member participant = LatvianPilot.PARTICIPANTS.get(index);
    Member mentor =
        participant == LatvianPilot.TRAINEE_LV
            ? LatvianPilot.MENTOR_LV
            : mentors.stream()
                .filter(m -> m.library() == participant.library())
                .findFirst()
                .orElse(mentors.get(1 + index % (mentors.size() - 1)));
    MentorRelation relation;
    if (mentor.library() == participant.library()) {
      relation = MentorRelation.OWN_LIBRARY;
    } else if (mentor.library() >= LatvianPilot.CENTRE) {
      relation = MentorRelation.PARTNER_ORGANISATION;
    } else {
      relation = MentorRelation.REGIONAL_LIBRARY;
    }
    em.persist(StaffAssignment.mentor(enrolment, people.get(mentor.username()), relation, at, BY));
  }

  private void waiver(Enrolment enrolment, CourseModule module, boolean approved, Instant now) {
    byte[] certificate =
        ("%PDF-1.4\n% Demo certificate of prior learning for " + module.getCode() + "\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Waiver waiver =
        new Waiver(
            enrolment,
            module,
            files.store("evidence", "certificate-" + module.getCode() + ".pdf", certificate, BY),
            null,
            now.minus(20, ChronoUnit.DAYS));
    em.persist(waiver);
    if (approved) {
      waiver.approve("admin", now.minus(18, ChronoUnit.DAYS), null);
    }
  }

  /** Candidates for the three places left, to show ranking by the edition's rule. */
  private void candidates(Edition edition, Instant now) {
    List<Organisation> libraries =
        em.createQuery("select o from Organisation o order by o.name", Organisation.class)
            .getResultList();
    String[][] names = {
      {"Alise", "Vīksne", "true", "true", "Reading club for seniors online"},
      {"Klāvs", "Dambis", "false", "true", "Makerspace in the library"},
      {"Paula", "Zvaigzne", "true", "false", ""},
      {"Emīls", "Pūce", "false", "false", "Library podcast"},
      {"Madara", "Strazda", "true", "true", ""}
    };
    for (int i = 0; i < names.length; i++) {
      String[] row = names[i];
      Person person =
          new Person(
              row[0],
              row[1],
              LatvianPilot.username(row[0], row[1]) + "@candidate.mentora.example",
              libraries.get(i * 5));
      em.persist(person);
      Application application =
          new Application(edition, person, now.minus(10 - i, ChronoUnit.DAYS));
      application.setMoocCompleted(Boolean.parseBoolean(row[2]));
      application.setMoocEvidence(application.isMoocCompleted() ? "MOOC-2021-" + (1200 + i) : null);
      application.setHostOrganisation(Boolean.parseBoolean(row[3]) ? libraries.get(i * 5) : null);
      application.setProjectIdeaTitle(row[4]);
      em.persist(application);
      if (i == 3) {
        application.decide(
            ApplicationStatus.WAITLISTED, "admin", now.minus(2, ChronoUnit.DAYS), null);
      }
    }
  }
}
