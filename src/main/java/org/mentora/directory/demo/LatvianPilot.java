package org.mentora.directory.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentora.directory.OrganisationKind;

/**
 * The demo world: the Latvian pilot of the BIBLIO course as the public record describes it (more
 * than 40 librarians from 28 libraries all over Latvia, mentors from their own or regional
 * libraries or partner organisations). The libraries are real; every person is invented.
 * Deterministic, so the same world appears on every first start; the course demo reads it too.
 */
public final class LatvianPilot {

  private LatvianPilot() {}

  public record Library(String name, OrganisationKind kind, String region, String city) {}

  /** A person of the demo world; {@code library} indexes {@link #LIBRARIES}. */
  public record Member(String givenName, String familyName, String username, int library) {
    public String email() {
      return username + "@demo.mentora.example";
    }
  }

  public static final int CENTRE = 28;
  public static final int PARTNER = 29;

  public static final List<Library> LIBRARIES =
      List.of(
          new Library("Latvijas Nacionālā bibliotēka", OrganisationKind.NATIONAL, "Rīga", "Rīga"),
          new Library("Rīgas Centrālā bibliotēka", OrganisationKind.REGIONAL, "Rīga", "Rīga"),
          new Library("Cēsu Centrālā bibliotēka", OrganisationKind.REGIONAL, "Vidzeme", "Cēsis"),
          new Library("Valmieras bibliotēka", OrganisationKind.REGIONAL, "Vidzeme", "Valmiera"),
          new Library(
              "Liepājas Centrālā zinātniskā bibliotēka",
              OrganisationKind.REGIONAL,
              "Kurzeme",
              "Liepāja"),
          new Library("Ventspils bibliotēka", OrganisationKind.REGIONAL, "Kurzeme", "Ventspils"),
          new Library(
              "Jelgavas pilsētas bibliotēka", OrganisationKind.REGIONAL, "Zemgale", "Jelgava"),
          new Library(
              "Latgales Centrālā bibliotēka", OrganisationKind.REGIONAL, "Latgale", "Daugavpils"),
          new Library(
              "Rēzeknes Centrālā bibliotēka", OrganisationKind.REGIONAL, "Latgale", "Rēzekne"),
          new Library(
              "Jēkabpils Galvenā bibliotēka", OrganisationKind.REGIONAL, "Zemgale", "Jēkabpils"),
          new Library("Ogres Centrālā bibliotēka", OrganisationKind.REGIONAL, "Vidzeme", "Ogre"),
          new Library("Siguldas novada bibliotēka", OrganisationKind.PUBLIC, "Pierīga", "Sigulda"),
          new Library("Tukuma bibliotēka", OrganisationKind.PUBLIC, "Kurzeme", "Tukums"),
          new Library("Talsu novada bibliotēka", OrganisationKind.PUBLIC, "Kurzeme", "Talsi"),
          new Library("Kuldīgas Galvenā bibliotēka", OrganisationKind.PUBLIC, "Kurzeme", "Kuldīga"),
          new Library("Saldus novada bibliotēka", OrganisationKind.PUBLIC, "Kurzeme", "Saldus"),
          new Library("Bauskas Centrālā bibliotēka", OrganisationKind.PUBLIC, "Zemgale", "Bauska"),
          new Library(
              "Dobeles novada Centrālā bibliotēka", OrganisationKind.PUBLIC, "Zemgale", "Dobele"),
          new Library("Madonas novada bibliotēka", OrganisationKind.PUBLIC, "Vidzeme", "Madona"),
          new Library("Gulbenes novada bibliotēka", OrganisationKind.PUBLIC, "Vidzeme", "Gulbene"),
          new Library("Alūksnes novada bibliotēka", OrganisationKind.PUBLIC, "Vidzeme", "Alūksne"),
          new Library("Balvu Centrālā bibliotēka", OrganisationKind.PUBLIC, "Latgale", "Balvi"),
          new Library("Ludzas novada bibliotēka", OrganisationKind.PUBLIC, "Latgale", "Ludza"),
          new Library("Preiļu novada bibliotēka", OrganisationKind.PUBLIC, "Latgale", "Preiļi"),
          new Library(
              "Krāslavas novada centrālā bibliotēka",
              OrganisationKind.PUBLIC,
              "Latgale",
              "Krāslava"),
          new Library("Limbažu Galvenā bibliotēka", OrganisationKind.PUBLIC, "Vidzeme", "Limbaži"),
          new Library(
              "Jūrmalas Centrālā bibliotēka", OrganisationKind.PUBLIC, "Pierīga", "Jūrmala"),
          new Library(
              "Aizkraukles novada bibliotēka", OrganisationKind.PUBLIC, "Zemgale", "Aizkraukle"),
          new Library(
              "Kultūras informācijas sistēmu centrs", OrganisationKind.PARTNER, "Rīga", "Rīga"),
          new Library("Digitālo prasmju darbnīca SIA", OrganisationKind.PARTNER, "Rīga", "Rīga"));

  /** The five accounts of the foundation, whose user names are their roles. */
  public static final Member ADMIN = new Member("Ilze", "Kalniņa", "admin", CENTRE);

  public static final Member TRAINER = new Member("Andris", "Ozols", "trainer", 0);
  public static final Member TUTOR = new Member("Līga", "Bērziņa", "tutor", CENTRE);
  public static final Member MENTOR = new Member("Inese", "Liepiņa", "mentor", 2);
  public static final Member TRAINEE = new Member("Jānis", "Bērziņš", "trainee", 2);

  /**
   * The Latvian-speaking demo accounts (the five above keep English): a participant of the pilot at
   * the Ventspils library and her mentor there. Kept out of {@link #MENTORS} so the other
   * participants keep their mentors; the participant comes last in {@link #PARTICIPANTS}.
   */
  public static final Member TRAINEE_LV = new Member("Rasa", "Vītoliņa", "trainee-lv", 5);

  public static final Member MENTOR_LV = new Member("Edīte", "Sproģe", "mentor-lv", 5);

  private static final String[][] WOMEN = {
    {"Anna", "Ozola"}, {"Kristīne", "Kalniņa"}, {"Laura", "Krūmiņa"}, {"Sanita", "Zariņa"},
    {"Dace", "Vītola"}, {"Ieva", "Jansone"}, {"Zane", "Eglīte"}, {"Agnese", "Kļaviņa"},
    {"Gunta", "Balode"}, {"Maija", "Āboliņa"}, {"Evija", "Lapiņa"}, {"Linda", "Siliņa"},
    {"Santa", "Sproģe"}, {"Ināra", "Grīnberga"}, {"Baiba", "Ozoliņa"}, {"Rūta", "Pētersone"},
    {"Aija", "Kazaka"}, {"Vineta", "Dzene"}, {"Daiga", "Bērziņa"}, {"Iveta", "Liepa"},
    {"Sarmīte", "Freimane"}, {"Elīna", "Vanaga"}, {"Marta", "Purmale"}, {"Solvita", "Ābele"},
    {"Signe", "Caune"}, {"Irēna", "Šulce"}, {"Olga", "Ivanova"}, {"Jeļena", "Petrova"},
    {"Helēna", "Žagare"}, {"Velta", "Ģērmane"}, {"Anita", "Ķikute"}, {"Līva", "Rozīte"},
    {"Inga", "Celmiņa"}, {"Lelde", "Kārkliņa"}, {"Kitija", "Skuja"}, {"Sintija", "Roze"}
  };
  private static final String[][] MEN = {
    {"Mārtiņš", "Kalniņš"}, {"Kārlis", "Zariņš"}, {"Pēteris", "Krūmiņš"}, {"Edgars", "Vītols"},
    {"Guntis", "Eglītis"}, {"Raimonds", "Balodis"}, {"Aivars", "Lapiņš"}, {"Uldis", "Siliņš"}
  };

  /**
   * More than 40 participants; the demo trainee first, the Latvian-speaking one last. Spread over
   * the 28 libraries.
   */
  public static final List<Member> PARTICIPANTS = participants();

  /** Mentors: colleagues from the participants' own libraries, regional libraries and partners. */
  public static final List<Member> MENTORS =
      List.of(
          MENTOR,
          new Member("Gita", "Krastiņa", "gita.krastina", 0),
          new Member("Dzintra", "Mežule", "dzintra.mezule", 1),
          new Member("Ārija", "Auziņa", "arija.auzina", 3),
          new Member("Biruta", "Lūse", "biruta.luse", 4),
          new Member("Regīna", "Strode", "regina.strode", 6),
          new Member("Valda", "Ķēniņa", "valda.kenina", 7),
          new Member("Silvija", "Bite", "silvija.bite", 8),
          new Member("Ilona", "Saulīte", "ilona.saulite", 9),
          new Member("Diāna", "Priede", "diana.priede", 10),
          new Member("Tamāra", "Rudzīte", "tamara.rudzite", CENTRE),
          new Member("Normunds", "Celms", "normunds.celms", PARTNER),
          new Member("Vija", "Smiltniece", "vija.smiltniece", 14),
          new Member("Skaidrīte", "Liepiņa", "skaidrite.liepina", 18));

  public static final List<Member> TUTORS =
      List.of(
          TUTOR,
          new Member("Kristaps", "Vilks", "kristaps.vilks", CENTRE),
          new Member("Antra", "Miezīte", "antra.miezite", 1));

  public static final List<Member> TRAINERS =
      List.of(
          TRAINER,
          new Member("Zigrīda", "Grauze", "zigrida.grauze", CENTRE),
          new Member("Roberts", "Bērziņš", "roberts.berzins", PARTNER),
          new Member("Ligita", "Dumpe", "ligita.dumpe", 0));

  private static List<Member> participants() {
    List<Member> members = new ArrayList<>();
    members.add(TRAINEE);
    int library = 0;
    int women = 0;
    int men = 0;
    for (int i = 0; i < 41; i++) {
      String[] name = (i % 6 == 5 && men < MEN.length) ? MEN[men++] : WOMEN[women++ % WOMEN.length];
      int host = (library++ * 11) % 28;
      members.add(new Member(name[0], name[1], username(name[0], name[1]), host));
    }
    members.add(TRAINEE_LV);
    return List.copyOf(members);
  }

  /** "Jānis Bērziņš" becomes "janis.berzins": ASCII, so anyone can type it. */
  public static String username(String given, String family) {
    return ascii(given) + "." + ascii(family);
  }

  private static String ascii(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]", "");
  }
}
