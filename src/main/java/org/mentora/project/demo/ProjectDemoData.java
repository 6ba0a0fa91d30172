package org.mentora.project.demo;

import static org.mentora.project.ProjectStatus.APPROVED;
import static org.mentora.project.ProjectStatus.CHANGES_REQUESTED;
import static org.mentora.project.ProjectStatus.COMPLETED;
import static org.mentora.project.ProjectStatus.DRAFT;
import static org.mentora.project.ProjectStatus.IN_IMPLEMENTATION;
import static org.mentora.project.ProjectStatus.SUBMITTED;
import static org.mentora.project.ProjectStatus.WITHDRAWN;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentora.course.Enrolment;
import org.mentora.course.StaffAssignment;
import org.mentora.course.StaffRole;
import org.mentora.directory.Person;
import org.mentora.directory.demo.PartnerPilots;
import org.mentora.platform.demo.SeedDemoWorld;
import org.mentora.project.Funding;
import org.mentora.project.GoodPractice;
import org.mentora.project.GoodPracticeService;
import org.mentora.project.InitiativeScope;
import org.mentora.project.Milestone;
import org.mentora.project.ProjectEvent;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectPost;
import org.mentora.project.ProjectStatus;
import org.mentora.project.ProjectTopic;
import org.mentora.project.Sector;
import org.mentora.project.SkillLevel;
import org.mentora.project.TargetAudience;

/**
 * The project part of the demo world: the Latvian pilot's participants with project ideas in every
 * state of the lifecycle, with their history, milestones and feedback, and three completed projects
 * published as good practices. The titles are the pilot's real project topics; the rest is
 * invented. The partner editions' participants have ideas in their languages, from a draft to an
 * approved plan.
 */
@Stateless
public class ProjectDemoData {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private record Spec(
      String title,
      int topic,
      ProjectStatus status,
      String problem,
      String objectives,
      String outcomes,
      TargetAudience audience,
      SkillLevel level) {}

  private static final List<Spec> IDEAS =
      List.of(
          new Spec(
              "E-services help desk for seniors",
              5,
              DRAFT,
              "Older readers cannot use the state e-services the library is asked to help with.",
              "A weekly help desk run by trained volunteers.",
              "Forty seniors helped each month.",
              TargetAudience.ALL,
              SkillLevel.FOUNDATION),
          new Spec(
              "Digital safety strategy for the library",
              0,
              COMPLETED,
              "Staff and readers meet phishing, weak passwords and unsafe public computers every day.",
              "A written digital safety strategy, safer public computers and monthly safety talks.",
              "All staff trained; public computers reset after each session; six public talks held.",
              TargetAudience.ALL,
              SkillLevel.FOUNDATION),
          new Spec(
              "Digitisation project for library and archiving purposes",
              1,
              COMPLETED,
              "The local history collection exists only on paper and is handled too often.",
              "Digitise the 1920s-1950s newspapers and photographs and describe them for the portal.",
              "3,200 pages and 450 photographs online, with a volunteer scanning routine.",
              TargetAudience.LABOUR_FORCE,
              SkillLevel.INTERMEDIATE),
          new Spec(
              "Library website improvement strategy",
              2,
              IN_IMPLEMENTATION,
              "Readers cannot find opening hours, events or the e-catalogue on the library website.",
              "A clear structure, accessible pages and an events calendar.",
              "Twice as many catalogue searches started from the website.",
              TargetAudience.ALL,
              SkillLevel.INTERMEDIATE),
          new Spec(
              "Social media marketing strategy and promotion",
              3,
              APPROVED,
              "The library's events reach the same small group of readers.",
              "A social media plan with a content calendar and simple metrics.",
              "Events reach young families and students.",
              TargetAudience.ALL,
              SkillLevel.FOUNDATION),
          new Spec(
              "Time management plan design and strategies for librarians",
              4,
              SUBMITTED,
              "A small team serves readers, runs events and digitises, and deadlines slip.",
              "A shared planning routine and a time management training for the team.",
              "Fewer missed deadlines; planned time for projects each week.",
              TargetAudience.LABOUR_FORCE,
              SkillLevel.FOUNDATION),
          new Spec(
              "Coding club for children",
              5,
              CHANGES_REQUESTED,
              "Children in the parish have no place to learn programming.",
              "A weekly club with micro:bit boards and volunteer tutors.",
              "Two groups of ten children each term.",
              TargetAudience.EDUCATION,
              SkillLevel.FOUNDATION),
          new Spec(
              "Local history podcast",
              5,
              WITHDRAWN,
              "Stories of the town's elders are being lost.",
              "A monthly podcast recorded in the library.",
              "Ten episodes a year.",
              TargetAudience.ALL,
              SkillLevel.INTERMEDIATE),
          new Spec(
              "Makerspace corner with 3D printing",
              5,
              COMPLETED,
              "Young people see the library only as a place for books.",
              "A makerspace corner with a 3D printer, open workshops and a loan kit.",
              "Twelve workshops, 150 visitors, a partnership with the vocational school.",
              TargetAudience.EDUCATION,
              SkillLevel.INTERMEDIATE));

  /**
   * A partner edition's project ideas in its language: title, problem, objectives, outcomes, then
   * (shared by the edition's ideas) target audience, activities, timeline, three milestone titles
   * and the mentor's note on an approved plan.
   */
  private record LocalIdeas(List<List<String>> ideas, List<String> common) {}

  private static final Map<String, LocalIdeas> PARTNER_IDEAS =
      Map.of(
          "BG-PILOT",
          new LocalIdeas(
              List.of(
                  List.of(
                      "Помощ с електронни услуги за възрастни читатели",
                      "Възрастните читатели не могат да ползват електронните услуги на държавата.",
                      "Седмично гише за помощ с обучени доброволци.",
                      "Четиридесет възрастни читатели получават помощ всеки месец."),
                  List.of(
                      "Дигитализация на краеведския фонд",
                      "Краеведските вестници съществуват само на хартия и се разпадат.",
                      "Дигитализиране на вестниците от 1920–1950 г. и описанието им за портала.",
                      "3000 страници онлайн и доброволчески екип за сканиране."),
                  List.of(
                      "Клуб по програмиране за деца в библиотеката",
                      "Децата в квартала нямат къде да учат програмиране.",
                      "Седмичен клуб с платки micro:bit и доброволци.",
                      "Две групи по десет деца всеки срок.")),
              List.of(
                  "Читатели",
                  "Планиране, подготовка, провеждане и оценка заедно с ментора.",
                  "По време на обучението на работното място.",
                  "Планът е съгласуван с директора на библиотеката",
                  "Първо публично занятие",
                  "Оценка",
                  "Добър план. Да се срещнем в библиотеката ви, за да го обсъдим.")),
          "EL-PILOT",
          new LocalIdeas(
              List.of(
                  List.of(
                      "Ψηφιακός οδηγός τοπικής ιστορίας",
                      "Η τοπική ιστορία της πόλης υπάρχει μόνο σε χαρτί.",
                      "Ψηφιοποίηση φωτογραφιών και εφημερίδων και ένας διαδικτυακός οδηγός.",
                      "500 φωτογραφίες στο διαδίκτυο και τρεις ψηφιακές διαδρομές."),
                  List.of(
                      "Εργαστήρια ψηφιακής ασφάλειας για γονείς",
                      "Οι γονείς δεν ξέρουν πώς να προστατεύσουν τα παιδιά τους στο διαδίκτυο.",
                      "Μηνιαία εργαστήρια για γονείς με πρακτικές ασκήσεις.",
                      "Εκατό γονείς εκπαιδευμένοι μέσα σε έναν χρόνο."),
                  List.of(
                      "Λέσχη ανάγνωσης για εφήβους",
                      "Οι έφηβοι δεν επισκέπτονται τη βιβλιοθήκη.",
                      "Μια λέσχη ανάγνωσης με συναντήσεις και αναρτήσεις στα μέσα κοινωνικής"
                          + " δικτύωσης.",
                      "Τριάντα έφηβοι μέλη της λέσχης.")),
              List.of(
                  "Αναγνώστες",
                  "Σχεδιασμός, προετοιμασία, υλοποίηση και αξιολόγηση μαζί με τον μέντορα.",
                  "Κατά τη μάθηση στον χώρο εργασίας.",
                  "Συμφωνία του σχεδίου με τη διεύθυνση της βιβλιοθήκης",
                  "Πρώτη δημόσια συνάντηση",
                  "Αξιολόγηση",
                  "Καλό σχέδιο. Ας συναντηθούμε στη βιβλιοθήκη σας για να το δούμε.")),
          "IT-PILOT",
          new LocalIdeas(
              List.of(
                  List.of(
                      "Sportello digitale per gli anziani",
                      "Gli utenti anziani non riescono a usare i servizi pubblici online.",
                      "Uno sportello settimanale con volontari formati.",
                      "Quaranta anziani aiutati ogni mese."),
                  List.of(
                      "Laboratorio di podcast sulla storia locale",
                      "Le storie degli anziani della città vanno perdute.",
                      "Un podcast mensile registrato in biblioteca con le scuole.",
                      "Dieci puntate all'anno."),
                  List.of(
                      "Strategia social per la biblioteca",
                      "Gli eventi della biblioteca raggiungono sempre le stesse persone.",
                      "Un piano editoriale per i social con metriche semplici.",
                      "Eventi che raggiungono famiglie e studenti.")),
              List.of(
                  "Lettori",
                  "Pianificare, preparare, realizzare e valutare con il mentore.",
                  "Durante l'apprendimento sul lavoro.",
                  "Piano concordato con la direzione della biblioteca",
                  "Primo incontro pubblico",
                  "Valutazione",
                  "Buon piano. Incontriamoci nella tua biblioteca per guardarlo insieme.")),
          "EU-BRIDGE",
          new LocalIdeas(
              List.of(
                  List.of(
                      "Cross-border reading challenge for young readers",
                      "Young readers in our four towns rarely read beyond their own language.",
                      "A reading challenge with book lists and video meetings between libraries.",
                      "Two hundred young readers in four countries take part.")),
              List.of(
                  "Young readers",
                  "Plan, prepare, run and evaluate with the mentor.",
                  "During work-based learning.",
                  "Plan agreed with the partner libraries",
                  "First video meeting",
                  "Evaluation",
                  "Good plan. Let us meet online with your partner libraries.")));

  /** Which participants of a partner edition have an idea, and where it stands. */
  private static final List<Integer> PARTNER_OWNERS = List.of(0, 3, 4);

  private static final List<ProjectStatus> PARTNER_STATES = List.of(DRAFT, SUBMITTED, APPROVED);

  private static final List<ProjectStatus> PATH =
      List.of(DRAFT, SUBMITTED, APPROVED, IN_IMPLEMENTATION, COMPLETED);

  public void seed(@Observes @Priority(SeedDemoWorld.PROJECT) SeedDemoWorld event) {
    List<Enrolment> enrolments =
        em.createQuery(
                "select e from Enrolment e join fetch e.person where e.edition.code = 'LV-PILOT'"
                    + " order by e.enrolledAt, e.id",
                Enrolment.class)
            .getResultList();
    if (enrolments.isEmpty()) {
      return;
    }
    Map<Long, Person> mentors =
        em.createQuery(
                "select s from StaffAssignment s join fetch s.staff where s.role = :mentor"
                    + " and s.endedAt is null and s.enrolment.edition.code = 'LV-PILOT'",
                StaffAssignment.class)
            .setParameter("mentor", StaffRole.MENTOR)
            .getResultStream()
            .collect(
                Collectors.toMap(
                    s -> s.getEnrolment().getId(), StaffAssignment::getStaff, (a, b) -> a));
    List<ProjectTopic> topics =
        em.createNamedQuery(ProjectTopic.ACTIVE, ProjectTopic.class).getResultList();
    Instant now = clock.instant();
    for (int i = 0; i < IDEAS.size() && i < enrolments.size(); i++) {
      Spec spec = IDEAS.get(i);
      Enrolment enrolment = enrolments.get(i);
      Person owner = enrolment.getPerson();
      Person mentor = mentors.getOrDefault(enrolment.getId(), owner);
      Instant at = now.minus(90 - i, ChronoUnit.DAYS);
      ProjectIdea idea = new ProjectIdea(enrolment, spec.title(), at);
      idea.setTopic(topics.get(Math.min(spec.topic(), topics.size() - 1)));
      idea.setProblem(spec.problem());
      idea.setObjectives(spec.objectives());
      idea.setExpectedOutcomes(spec.outcomes());
      idea.setTargetAudience(spec.audience() == TargetAudience.EDUCATION ? "Pupils" : "Readers");
      idea.setActivities("Plan, prepare, run and evaluate with the mentor.");
      idea.setTimeline("During work-based learning.");
      em.persist(idea);
      em.persist(new ProjectEvent(idea, owner, at, null, DRAFT, null));
      at = walk(idea, spec.status(), owner, mentor, at);
      if (spec.status() == APPROVED
          || spec.status() == IN_IMPLEMENTATION
          || spec.status() == COMPLETED) {
        milestones(idea, spec.status(), at);
        em.persist(
            new ProjectPost(
                idea, mentor, at, "Good plan. Let us meet at your library to look at it."));
      }
      if (spec.status() == COMPLETED) {
        idea.setConsent(true, at);
        publish(idea, spec, mentor, at.plus(1, ChronoUnit.DAYS));
      }
    }
    for (PartnerPilots.Pilot pilot : PartnerPilots.PILOTS) {
      seedPartner(pilot.code(), topics, now);
    }
  }

  /** A partner edition's ideas in its language, from a draft to an approved plan. */
  private void seedPartner(String code, List<ProjectTopic> topics, Instant now) {
    LocalIdeas local = PARTNER_IDEAS.get(code);
    List<Enrolment> enrolments =
        em.createQuery(
                "select e from Enrolment e join fetch e.person where e.edition.code = :code"
                    + " order by e.id",
                Enrolment.class)
            .setParameter("code", code)
            .getResultList();
    if (local == null || enrolments.isEmpty()) {
      return;
    }
    Map<Long, Person> mentors = mentors(code);
    List<String> common = local.common();
    for (int i = 0; i < local.ideas().size(); i++) {
      int owner = PARTNER_OWNERS.get(i) % enrolments.size();
      Enrolment enrolment = enrolments.get(owner);
      Person person = enrolment.getPerson();
      Person mentor = mentors.getOrDefault(enrolment.getId(), person);
      List<String> texts = local.ideas().get(i);
      ProjectStatus status = PARTNER_STATES.get(i);
      Instant at = now.minus(60 - 3L * i, ChronoUnit.DAYS);
      ProjectIdea idea = new ProjectIdea(enrolment, texts.get(0), at);
      idea.setTopic(topics.get(Math.min(i + 1, topics.size() - 1)));
      idea.setProblem(texts.get(1));
      idea.setObjectives(texts.get(2));
      idea.setExpectedOutcomes(texts.get(3));
      idea.setTargetAudience(common.get(0));
      idea.setActivities(common.get(1));
      idea.setTimeline(common.get(2));
      em.persist(idea);
      em.persist(new ProjectEvent(idea, person, at, null, DRAFT, null));
      at = walk(idea, status, person, mentor, at);
      if (status == APPROVED) {
        LocalDate start = LocalDate.ofInstant(at, clock.getZone());
        for (int m = 0; m < 3; m++) {
          Milestone milestone =
              new Milestone(idea, common.get(3 + m), start.plusWeeks(3L * (m + 1)), at);
          milestone.setPercentDone(m == 0 ? 100 : 0);
          em.persist(milestone);
        }
        em.persist(new ProjectPost(idea, mentor, at, common.get(6)));
      }
    }
  }

  private Map<Long, Person> mentors(String code) {
    return em.createQuery(
            "select s from StaffAssignment s join fetch s.staff where s.role = :mentor"
                + " and s.endedAt is null and s.enrolment.edition.code = :code",
            StaffAssignment.class)
        .setParameter("mentor", StaffRole.MENTOR)
        .setParameter("code", code)
        .getResultStream()
        .collect(
            Collectors.toMap(
                s -> s.getEnrolment().getId(), StaffAssignment::getStaff, (a, b) -> a));
  }

  private Instant walk(
      ProjectIdea idea, ProjectStatus target, Person owner, Person mentor, Instant at) {
    if (target == DRAFT) {
      return at;
    }
    if (target == CHANGES_REQUESTED || target == WITHDRAWN) {
      at = step(idea, owner, at, DRAFT, SUBMITTED, null);
      at =
          step(
              idea,
              mentor,
              at,
              SUBMITTED,
              CHANGES_REQUESTED,
              "Please describe who will run the sessions and add a timeline.");
      return target == WITHDRAWN
          ? step(idea, owner, at, CHANGES_REQUESTED, WITHDRAWN, "No recording room this year.")
          : at;
    }
    for (int i = 1; i < PATH.size() && PATH.get(i - 1) != target; i++) {
      ProjectStatus to = PATH.get(i);
      Person actor = to == SUBMITTED || to == IN_IMPLEMENTATION ? owner : mentor;
      at = step(idea, actor, at, PATH.get(i - 1), to, null);
    }
    return at;
  }

  private Instant step(
      ProjectIdea idea,
      Person actor,
      Instant at,
      ProjectStatus from,
      ProjectStatus to,
      String comment) {
    Instant when = at.plus(5, ChronoUnit.DAYS);
    idea.moveTo(to, when);
    em.persist(new ProjectEvent(idea, actor, when, from, to, comment));
    return when;
  }

  private void milestones(ProjectIdea idea, ProjectStatus status, Instant at) {
    LocalDate start = LocalDate.ofInstant(at, clock.getZone());
    String[] titles = {
      "Plan agreed with the library director", "First public session", "Evaluation"
    };
    for (int i = 0; i < titles.length; i++) {
      Milestone milestone = new Milestone(idea, titles[i], start.plusWeeks(3L * (i + 1)), at);
      milestone.setPercentDone(
          status == COMPLETED ? 100 : status == IN_IMPLEMENTATION ? (i == 0 ? 100 : 40) : 0);
      em.persist(milestone);
    }
  }

  private void publish(ProjectIdea idea, Spec spec, Person by, Instant at) {
    GoodPractice practice = new GoodPractice();
    practice.setTitle(spec.title());
    practice.setSummary(spec.problem() + "\n\n" + spec.objectives() + "\n\n" + spec.outcomes());
    practice.setTargetAudience(spec.audience());
    practice.setSkillLevel(spec.level());
    practice.setCountries("LV");
    practice.setSector(Sector.LIBRARIES);
    practice.setScope(InitiativeScope.NATIONAL);
    practice.setFunding(Funding.PUBLIC);
    GoodPracticeService.publishDemo(practice, idea, by, at);
    em.persist(practice);
  }
}
