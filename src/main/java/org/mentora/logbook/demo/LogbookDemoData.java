package org.mentora.logbook.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mentora.course.BiblioModes;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.StaffAssignment;
import org.mentora.course.demo.SalonSeries;
import org.mentora.directory.Person;
import org.mentora.directory.demo.LatvianPilot;
import org.mentora.directory.demo.PartnerPilots;
import org.mentora.logbook.AttendanceSession;
import org.mentora.logbook.EntryAudit;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.LogEntry;
import org.mentora.platform.demo.SeedDemoWorld;

/**
 * The logbook part of the demo world: the participants of the Latvian pilot have logged a few
 * entries a week since the course began (the opening workshop, virtual modules, work-based and
 * project hours), most at the pace the edition asks and a few visibly behind. Entries older than
 * two weeks are approved, newer ones wait for their reviewer; the demo trainee also has one sent
 * back with a comment. Days stay far below the daily cap, so the demo accounts can go on logging.
 * The partner pilots' participants log the same way, each in their own language.
 */
@Stateless
public class LogbookDemoData {

  private static final String BY = "demo";
  private static final int WAITING_DAYS = 14;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * What a participant writes, in their language: the opening workshop, the prefix of a webinar's
   * entry, the two kinds of work-based hours and the project hours.
   */
  private record Texts(
      String workshop, String webinar, String desk, String session, String project) {}

  private static final Map<String, Texts> TEXTS =
      Map.of(
          "en",
          new Texts(
              "Opening workshop: the library as a place of change",
              "Webinar and exercises: ",
              "Helped readers with e-services at the library desk",
              "Ran a digital skills session for library visitors",
              "Worked on the project plan with colleagues"),
          "lv",
          new Texts(
              "Atklāšanas darbnīca: bibliotēka kā pārmaiņu vieta",
              "Vebinārs un uzdevumi: ",
              "Palīdzēju lasītājiem ar e-pakalpojumiem bibliotēkas apkalpošanas vietā",
              "Vadīju digitālo prasmju nodarbību bibliotēkas apmeklētājiem",
              "Strādāju pie projekta plāna kopā ar kolēģiem"),
          "bg",
          new Texts(
              "Встъпителен семинар: библиотеката като място за промяна",
              "Уебинар и упражнения: ",
              "Помагах на читатели с електронни услуги на гишето в библиотеката",
              "Проведох занятие по дигитални умения за посетители на библиотеката",
              "Работих по плана на проекта с колеги"),
          "el",
          new Texts(
              "Εναρκτήριο εργαστήριο: η βιβλιοθήκη ως τόπος αλλαγής",
              "Διαδικτυακό σεμινάριο και ασκήσεις: ",
              "Βοήθησα αναγνώστες με ηλεκτρονικές υπηρεσίες στο γραφείο εξυπηρέτησης",
              "Οργάνωσα εργαστήριο ψηφιακών δεξιοτήτων για επισκέπτες της βιβλιοθήκης",
              "Εργάστηκα στο σχέδιο του έργου με συναδέλφους"),
          "it",
          new Texts(
              "Workshop di apertura: la biblioteca come luogo di cambiamento",
              "Webinar ed esercitazioni: ",
              "Ho aiutato i lettori con i servizi online al banco della biblioteca",
              "Ho tenuto un incontro sulle competenze digitali per gli utenti della biblioteca",
              "Ho lavorato al piano del progetto con i colleghi"));

  /**
   * Who in a partner edition is at risk, by edition code and participant index (the demo trainees,
   * index 0, never): about one in six, like the Latvian pilot, for a reason staff can see.
   */
  private static final Map<String, Integer> STOPPED = Map.of("BG-PILOT", 2, "IT-PILOT", 2);

  private static final Map<String, Integer> VIRTUAL_ONLY = Map.of("EL-PILOT", 4);

  public void seed(@Observes @Priority(SeedDemoWorld.LOGBOOK) SeedDemoWorld event) {
    seedPilot();
    for (PartnerPilots.Pilot pilot : PartnerPilots.PILOTS) {
      seedPartner(pilot.code());
    }
    seedSalons();
  }

  /**
   * The leadership salons' host recorded attendance at the kickoff day and the first two salons:
   * everyone came to the kickoff, one director missed each salon. Attendance is what the salons'
   * hours are (both their modes go to the session's trainer).
   */
  private void seedSalons() {
    List<Enrolment> enrolments = enrolments(SalonSeries.EDITION);
    if (enrolments.isEmpty()) {
      return;
    }
    Edition edition = enrolments.get(0).getEdition();
    Map<String, CourseModule> modules = new HashMap<>();
    for (CourseModule module :
        em.createQuery(
                "select m from CourseModule m where m.programme = :programme", CourseModule.class)
            .setParameter("programme", edition.getProgramme())
            .getResultList()) {
      modules.put(module.getCode(), module);
    }
    Person host =
        em.createQuery("select p from Person p where p.email = :email", Person.class)
            .setParameter("email", LatvianPilot.TRAINER.email())
            .getSingleResult();
    ZoneId zone = clock.getZone();
    int[] daysIn = {1, 21, 42};
    for (int s = 0; s < daysIn.length; s++) {
      CourseModule module = modules.get(SalonSeries.MODULES.get(s));
      LocalDate day = edition.getStartDate().plusDays(daysIn[s]);
      Instant at = day.atTime(17, 0).atZone(zone).toInstant();
      AttendanceSession session =
          new AttendanceSession(
              edition,
              module,
              day,
              module.getPlannedMinutes(),
              host,
              LatvianPilot.TRAINER.username(),
              at);
      em.persist(session);
      for (int i = 0; i < enrolments.size(); i++) {
        if (s > 0 && i == (s * 2) % enrolments.size()) {
          continue; // one director missed this salon
        }
        LogEntry entry =
            LogEntry.attended(
                session, enrolments.get(i), host, LatvianPilot.TRAINER.username(), at);
        em.persist(entry);
        em.persist(
            new EntryAudit(
                entry, LatvianPilot.TRAINER.username(), at, null, EntryStatus.APPROVED, null));
      }
    }
  }

  /**
   * A partner edition's participants log at the pace of the Latvian pilot, each in their own
   * language, with the same review routes (virtual hours to the tutor, work-based and project hours
   * to the mentor, the workshop to the trainer).
   */
  private void seedPartner(String code) {
    List<Enrolment> enrolments = enrolments(code);
    if (enrolments.isEmpty()) {
      return;
    }
    Staff staff = staff(enrolments.get(0));
    Random random = new Random(code.hashCode());
    LocalDate today = LocalDate.now(clock);
    ZoneId zone = clock.getZone();
    LocalDate start = enrolments.get(0).getEdition().getStartDate();
    List<String> virtual = List.of("T01", "T02", "T05", "D02", "D03", "D06", "D07");
    for (int i = 0; i < enrolments.size(); i++) {
      Enrolment enrolment = enrolments.get(i);
      String language = enrolment.getPerson().getPreferredLanguage();
      Texts texts = TEXTS.getOrDefault(language, TEXTS.get("en"));
      Person mentor = staff.mentors().get(enrolment.getId());
      Person tutor =
          enrolment.getTutorGroup() == null
              ? null
              : staff.tutors().get(enrolment.getTutorGroup().getId());
      CourseModule workshop = staff.modules().get("F01");
      add(
          enrolment,
          start.plusDays(3),
          BiblioModes.FACE_TO_FACE,
          workshop,
          300,
          texts.workshop(),
          staff.trainers().get(workshop.getId()),
          today,
          zone);
      boolean stopped = Integer.valueOf(i).equals(STOPPED.get(code));
      boolean virtualOnly = Integer.valueOf(i).equals(VIRTUAL_ONLY.get(code));
      LocalDate until = stopped ? today.minusWeeks(5) : today.minusDays(2);
      for (LocalDate week = start.plusWeeks(1); week.isBefore(until); week = week.plusWeeks(1)) {
        for (int day = 1; day <= 2; day++) {
          CourseModule module = staff.modules().get(virtual.get(random.nextInt(virtual.size())));
          add(
              enrolment,
              week.plusDays(day),
              BiblioModes.VIRTUAL,
              module,
              90 + 15 * random.nextInt(8),
              texts.webinar() + module.name(language),
              tutor,
              today,
              zone);
        }
        if (virtualOnly) {
          continue;
        }
        for (int day = 3; day <= 4; day++) {
          add(
              enrolment,
              week.plusDays(day),
              BiblioModes.WORK_BASED,
              null,
              150 + 30 * random.nextInt(5),
              day == 3 ? texts.desk() : texts.session(),
              mentor,
              today,
              zone);
        }
        if (random.nextInt(2) == 0) {
          add(
              enrolment,
              week.plusDays(5),
              BiblioModes.PROJECT_BASED,
              staff.modules().get("P01"),
              120,
              texts.project(),
              mentor,
              today,
              zone);
        }
      }
    }
  }

  /** An edition's modules and current staff: mentors by enrolment, tutors by group, trainers. */
  private record Staff(
      Map<String, CourseModule> modules,
      Map<Long, Person> mentors,
      Map<Long, Person> tutors,
      Map<Long, Person> trainers) {}

  private List<Enrolment> enrolments(String code) {
    return em.createQuery(
            "select e from Enrolment e join fetch e.person where e.edition.code = :code"
                + " order by e.id",
            Enrolment.class)
        .setParameter("code", code)
        .getResultList();
  }

  private Staff staff(Enrolment any) {
    Map<String, CourseModule> modules = new HashMap<>();
    em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
        .setParameter("programme", any.getEdition().getProgramme())
        .getResultList()
        .forEach(m -> modules.put(m.getCode(), m));
    Map<Long, Person> mentors = new HashMap<>();
    Map<Long, Person> tutors = new HashMap<>();
    Map<Long, Person> trainers = new HashMap<>();
    for (StaffAssignment s :
        em.createQuery(
                "select s from StaffAssignment s join fetch s.staff where s.endedAt is null"
                    + " and s.edition = :edition",
                StaffAssignment.class)
            .setParameter("edition", any.getEdition())
            .getResultList()) {
      switch (s.getRole()) {
        case MENTOR -> mentors.put(s.getEnrolment().getId(), s.getStaff());
        case TUTOR -> tutors.put(s.getTutorGroup().getId(), s.getStaff());
        case TRAINER -> trainers.putIfAbsent(s.getModule().getId(), s.getStaff());
      }
    }
    return new Staff(modules, mentors, tutors, trainers);
  }

  private void seedPilot() {
    List<Enrolment> enrolments =
        em.createQuery(
                "select e from Enrolment e join fetch e.person where e.edition.code = :code"
                    + " order by e.id",
                Enrolment.class)
            .setParameter("code", "LV-PILOT")
            .getResultList();
    if (enrolments.isEmpty()) {
      return;
    }
    Map<String, CourseModule> modules = new HashMap<>();
    em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
        .setParameter("programme", enrolments.get(0).getEdition().getProgramme())
        .getResultList()
        .forEach(m -> modules.put(m.getCode(), m));
    Map<Long, Person> mentors = new HashMap<>();
    Map<Long, Person> tutors = new HashMap<>();
    Map<Long, Person> trainers = new HashMap<>();
    for (StaffAssignment s :
        em.createQuery(
                "select s from StaffAssignment s join fetch s.staff where s.endedAt is null"
                    + " and s.edition = :edition",
                StaffAssignment.class)
            .setParameter("edition", enrolments.get(0).getEdition())
            .getResultList()) {
      switch (s.getRole()) {
        case MENTOR -> mentors.put(s.getEnrolment().getId(), s.getStaff());
        case TUTOR -> tutors.put(s.getTutorGroup().getId(), s.getStaff());
        case TRAINER -> trainers.putIfAbsent(s.getModule().getId(), s.getStaff());
      }
    }
    Random random = new Random(2021);
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    LocalDate start = enrolments.get(0).getEdition().getStartDate();
    List<String> virtual = List.of("T01", "T02", "T03", "D01", "D02", "D03", "D04", "D06");
    for (int i = 0; i < enrolments.size(); i++) {
      Enrolment enrolment = enrolments.get(i);
      // the Latvian-speaking demo trainee writes in Latvian; the others in the pilot's English
      Texts texts =
          TEXTS.getOrDefault(enrolment.getPerson().getPreferredLanguage(), TEXTS.get("en"));
      boolean english = texts == TEXTS.get("en");
      Person mentor = mentors.get(enrolment.getId());
      Person tutor =
          enrolment.getTutorGroup() == null ? null : tutors.get(enrolment.getTutorGroup().getId());
      CourseModule workshop = modules.get("F01");
      add(
          enrolment,
          start.plusDays(2),
          BiblioModes.FACE_TO_FACE,
          workshop,
          300,
          english ? "Opening workshop in Riga: the library as a place of change" : texts.workshop(),
          trainers.get(workshop.getId()),
          today,
          zone);
      if (i % 4 == 1 && i % 12 != 5) {
        // Some went to last week's project clinic and logged it: it waits in the demo trainer's
        // queue, the trainer of that face-to-face module.
        CourseModule clinic = modules.get("F02");
        add(
            enrolment,
            today.minusDays(6),
            BiblioModes.FACE_TO_FACE,
            clinic,
            240,
            "Project clinic in Riga: from idea to plan",
            trainers.get(clinic.getId()),
            today,
            zone);
      }
      // Most keep the pace the edition's 405 h over its dates ask (about 10 h a week); a few are
      // at risk for a reason staff can see: one in twelve stopped logging five weeks ago, one in
      // twelve logs only the virtual classes. The demo trainee (the first) keeps the pace.
      boolean stopped = i % 12 == 5;
      boolean virtualOnly = i % 12 == 9;
      LocalDate until = stopped ? today.minusWeeks(5) : today.minusDays(2);
      for (LocalDate week = start.plusWeeks(1); week.isBefore(until); week = week.plusWeeks(1)) {
        for (int day = 1; day <= 2; day++) {
          CourseModule module = modules.get(virtual.get(random.nextInt(virtual.size())));
          add(
              enrolment,
              week.plusDays(day),
              BiblioModes.VIRTUAL,
              module,
              90 + 15 * random.nextInt(8),
              english
                  ? "Webinar and exercises: " + module.getTitle()
                  : texts.webinar() + module.name(enrolment.getPerson().getPreferredLanguage()),
              tutor,
              today,
              zone);
        }
        if (virtualOnly) {
          continue;
        }
        for (int day = 3; day <= 4; day++) {
          add(
              enrolment,
              week.plusDays(day),
              BiblioModes.WORK_BASED,
              null,
              150 + 30 * random.nextInt(5),
              day == 3 ? texts.desk() : texts.session(),
              mentor,
              today,
              zone);
        }
        if (random.nextInt(2) == 0) {
          add(
              enrolment,
              week.plusDays(5),
              BiblioModes.PROJECT_BASED,
              modules.get("P01"),
              120,
              texts.project(),
              mentor,
              today,
              zone);
        }
      }
      if (i == 0) {
        LocalDate day = today.minusDays(3);
        Instant at = day.atTime(17, 0).atZone(zone).toInstant();
        LogEntry sentBack =
            LogEntry.recorded(
                enrolment,
                day,
                enrolment.getEdition().getProgramme().requireMode(BiblioModes.WORK_BASED),
                null,
                180,
                "Library event",
                mentor,
                EntryStatus.CHANGES_REQUESTED,
                "Which event was it? Please add a link to the announcement.",
                at);
        em.persist(sentBack);
        em.persist(new EntryAudit(sentBack, "trainee", at, null, EntryStatus.SUBMITTED, null));
        em.persist(
            new EntryAudit(
                sentBack,
                "mentor",
                at.plusSeconds(3600),
                EntryStatus.SUBMITTED,
                EntryStatus.CHANGES_REQUESTED,
                sentBack.getLastComment()));
      }
    }
  }

  private void add(
      Enrolment enrolment,
      LocalDate day,
      String mode,
      CourseModule module,
      int minutes,
      String description,
      Person reviewer,
      LocalDate today,
      ZoneId zone) {
    if (day.isAfter(today)) {
      return;
    }
    boolean decided = day.isBefore(today.minusDays(WAITING_DAYS));
    Instant logged = day.atTime(18, 0).atZone(zone).toInstant();
    LogEntry entry =
        LogEntry.recorded(
            enrolment,
            day,
            enrolment.getEdition().getProgramme().requireMode(mode),
            module,
            minutes,
            description,
            reviewer,
            decided ? EntryStatus.APPROVED : EntryStatus.SUBMITTED,
            null,
            logged);
    em.persist(entry);
    em.persist(new EntryAudit(entry, BY, logged, null, EntryStatus.SUBMITTED, null));
    if (decided) {
      em.persist(
          new EntryAudit(
              entry,
              BY,
              logged.plusSeconds(2 * 86_400),
              EntryStatus.SUBMITTED,
              EntryStatus.APPROVED,
              null));
    }
  }
}
