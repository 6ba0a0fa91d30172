package org.mentora.directory.demo;

import java.util.List;
import java.util.stream.Stream;
import org.mentora.directory.OrganisationKind;

/**
 * The demo world beyond Latvia: Bulgarian, Greek and Italian pilot editions of the BIBLIO course,
 * each in its own language with real regional and civic libraries of its country, and one
 * cross-border edition whose participants come from all four countries and whose mentors work in a
 * partner library abroad. Every person is invented and named in their own script; each prefers
 * their language. Staff and the demo trainees have accounts; the other participants are people
 * without one yet (as a roster import leaves them until they are invited), which keeps the first
 * start's password hashing short. Deterministic, like {@link LatvianPilot}.
 */
public final class PartnerPilots {

  private PartnerPilots() {}

  public record Library(
      String name, OrganisationKind kind, String country, String region, String city) {}

  /**
   * A person of these pilots. {@code username} is null for someone without an account; {@code
   * mailbox} is the part of the e-mail address before the demo domain; {@code library} is a name
   * from {@link #LIBRARIES} or {@link LatvianPilot#LIBRARIES}.
   */
  public record Member(
      String givenName,
      String familyName,
      String username,
      String mailbox,
      String library,
      String language) {
    public String email() {
      return mailbox + "@demo.mentora.example";
    }

    public boolean hasAccount() {
      return username != null;
    }
  }

  /**
   * An edition of these pilots: its staff, and its participants with the index in {@code mentors}
   * of each one's mentor.
   */
  public record Pilot(
      String code,
      String country,
      String language,
      String title,
      String jobProfile,
      Member trainer,
      Member tutor,
      List<Member> mentors,
      List<Member> participants,
      List<Integer> mentorOf) {

    public Member mentorOf(int participant) {
      return mentors.get(mentorOf.get(participant));
    }
  }

  // Bulgaria
  private static final String PLOVDIV = "Регионална библиотека „Иван Вазов“ – Пловдив";
  private static final String TARNOVO =
      "Регионална библиотека „Петко Рачов Славейков“ – Велико Търново";
  private static final String VARNA = "Регионална библиотека „Пенчо Славейков“ – Варна";
  // Greece
  private static final String PATRAS = "Δημόσια Κεντρική Βιβλιοθήκη Πάτρας";
  private static final String VERIA = "Δημόσια Κεντρική Βιβλιοθήκη Βέροιας";
  private static final String SERRES = "Δημόσια Κεντρική Βιβλιοθήκη Σερρών";
  // Italy
  private static final String MATERA = "Biblioteca provinciale «Tommaso Stigliani» di Matera";
  private static final String BERGAMO = "Biblioteca civica «Angelo Mai» di Bergamo";
  private static final String LECCE = "Biblioteca provinciale «Nicola Bernardini» di Lecce";

  public static final List<Library> LIBRARIES =
      List.of(
          new Library(PLOVDIV, OrganisationKind.REGIONAL, "BG", "Пловдив", "Пловдив"),
          new Library(TARNOVO, OrganisationKind.REGIONAL, "BG", "Велико Търново", "Велико Търново"),
          new Library(VARNA, OrganisationKind.REGIONAL, "BG", "Варна", "Варна"),
          new Library(PATRAS, OrganisationKind.PUBLIC, "GR", "Δυτική Ελλάδα", "Πάτρα"),
          new Library(VERIA, OrganisationKind.PUBLIC, "GR", "Κεντρική Μακεδονία", "Βέροια"),
          new Library(SERRES, OrganisationKind.PUBLIC, "GR", "Κεντρική Μακεδονία", "Σέρρες"),
          new Library(MATERA, OrganisationKind.REGIONAL, "IT", "Basilicata", "Matera"),
          new Library(BERGAMO, OrganisationKind.PUBLIC, "IT", "Lombardia", "Bergamo"),
          new Library(LECCE, OrganisationKind.REGIONAL, "IT", "Puglia", "Lecce"));

  private static Member bg(
      String given, String family, String username, String mailbox, String at) {
    return new Member(given, family, username, mailbox, at, "bg");
  }

  private static Member el(
      String given, String family, String username, String mailbox, String at) {
    return new Member(given, family, username, mailbox, at, "el");
  }

  private static Member it(
      String given, String family, String username, String mailbox, String at) {
    return new Member(given, family, username, mailbox, at, "it");
  }

  /** Staff and demo trainees have an account named like their mailbox, or by their role. */
  private static Member staffBg(String given, String family, String login, String at) {
    return bg(given, family, login, login, at);
  }

  private static Member staffEl(String given, String family, String login, String at) {
    return el(given, family, login, login, at);
  }

  private static Member staffIt(String given, String family, String login, String at) {
    return it(given, family, login, login, at);
  }

  public static final Member MENTOR_BG = staffBg("Мария", "Иванова", "mentor-bg", PLOVDIV);
  public static final Member TRAINEE_BG = staffBg("Елена", "Георгиева", "trainee-bg", PLOVDIV);
  public static final Member MENTOR_EL = staffEl("Ελένη", "Παπαδοπούλου", "mentor-el", VERIA);
  public static final Member TRAINEE_EL = staffEl("Σοφία", "Καραγιάννη", "trainee-el", VERIA);
  public static final Member MENTOR_IT = staffIt("Chiara", "Colombo", "mentor-it", MATERA);
  public static final Member TRAINEE_IT = staffIt("Giulia", "Romano", "trainee-it", MATERA);

  private static final Member MENTOR_TARNOVO =
      staffBg("Светла", "Николова", "svetla.nikolova", TARNOVO);
  private static final Member MENTOR_PATRAS =
      staffEl("Δημήτριος", "Οικονόμου", "dimitrios.oikonomou", PATRAS);
  private static final Member MENTOR_BERGAMO = staffIt("Paolo", "Ferri", "paolo.ferri", BERGAMO);
  private static final Member TUTOR_IT =
      staffIt("Francesca", "Lombardi", "francesca.lombardi", BERGAMO);
  private static final Member TRAINER_IT = staffIt("Giuseppe", "Russo", "giuseppe.russo", MATERA);

  public static final Pilot BULGARIA =
      new Pilot(
          "BG-PILOT",
          "BG",
          "bg",
          "Специализиран курс BIBLIO: българско пилотно издание",
          "DIGY",
          staffBg("Георги", "Димитров", "georgi.dimitrov", PLOVDIV),
          staffBg("Десислава", "Петрова", "desislava.petrova", TARNOVO),
          List.of(MENTOR_BG, MENTOR_TARNOVO),
          List.of(
              TRAINEE_BG,
              bg("Йорданка", "Стоянова", null, "yordanka.stoyanova", TARNOVO),
              bg("Николай", "Тодоров", null, "nikolay.todorov", VARNA),
              bg("Радостина", "Колева", null, "radostina.koleva", VARNA),
              bg("Цветелина", "Атанасова", null, "tsvetelina.atanasova", PLOVDIV)),
          List.of(0, 1, 1, 0, 0));

  public static final Pilot GREECE =
      new Pilot(
          "EL-PILOT",
          "GR",
          "el",
          "Κατάρτιση εξειδίκευσης BIBLIO: ελληνική πιλοτική έκδοση",
          "DIGY",
          staffEl("Νικόλαος", "Παπαδόπουλος", "nikolaos.papadopoulos", PATRAS),
          staffEl("Αικατερίνη", "Γεωργίου", "aikaterini.georgiou", VERIA),
          List.of(MENTOR_EL, MENTOR_PATRAS),
          List.of(
              TRAINEE_EL,
              el("Μαρία", "Αλεξίου", null, "maria.alexiou", PATRAS),
              el("Γεώργιος", "Βασιλείου", null, "georgios.vasileiou", SERRES),
              el("Χριστίνα", "Μακρή", null, "christina.makri", VERIA),
              el("Ιωάννα", "Νικολάου", null, "ioanna.nikolaou", PATRAS)),
          List.of(0, 1, 0, 0, 1));

  public static final Pilot ITALY =
      new Pilot(
          "IT-PILOT",
          "IT",
          "it",
          "Corso di specializzazione BIBLIO: edizione pilota italiana",
          "CECO",
          TRAINER_IT,
          TUTOR_IT,
          List.of(MENTOR_IT, MENTOR_BERGAMO),
          List.of(
              TRAINEE_IT,
              it("Luca", "Marino", null, "luca.marino", BERGAMO),
              it("Alessandra", "Greco", null, "alessandra.greco", LECCE),
              it("Martina", "Esposito", null, "martina.esposito", MATERA),
              it("Davide", "Bruno", null, "davide.bruno", LECCE)),
          List.of(0, 1, 0, 0, 1));

  /**
   * The cross-border edition, hosted by Matera and taught in English: one participant from each
   * country, each mentored by a colleague of a partner library abroad.
   */
  public static final Pilot CROSS_BORDER =
      new Pilot(
          "EU-BRIDGE",
          "IT",
          "en",
          "BIBLIO cross-border edition: Bulgaria, Greece, Italy and Latvia",
          "CECO",
          TRAINER_IT,
          TUTOR_IT,
          List.of(MENTOR_IT, MENTOR_BG, MENTOR_PATRAS, MENTOR_BERGAMO),
          List.of(
              bg("Боряна", "Маринова", null, "boryana.marinova", VARNA),
              el("Παναγιώτα", "Σταύρου", null, "panagiota.stavrou", SERRES),
              it("Elena", "Fontana", null, "elena.fontana", BERGAMO),
              new Member(
                  "Ance", "Zīle", null, "ance.zile", LatvianPilot.LIBRARIES.get(3).name(), "lv")),
          List.of(0, 1, 2, 3));

  /** The four editions, pilots first. */
  public static final List<Pilot> PILOTS = List.of(BULGARIA, GREECE, ITALY, CROSS_BORDER);

  /** Everyone of these editions once, staff before participants. */
  public static List<Member> members() {
    return PILOTS.stream()
        .flatMap(
            p ->
                Stream.of(
                        Stream.of(p.trainer(), p.tutor()),
                        p.mentors().stream(),
                        p.participants().stream())
                    .flatMap(s -> s))
        .distinct()
        .toList();
  }
}
