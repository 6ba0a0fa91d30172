package org.mentora.course.demo;

import java.util.List;
import java.util.Map;
import org.mentora.platform.i18n.LocalNames;

/**
 * The demo programme's names in Latvian, Bulgarian, Greek and Italian (the project's own
 * translations), so the demo shows names in every shipped language. Keys are the module and job
 * profile codes; {@link #PROGRAMME} names the programme.
 */
final class CourseDemoNames {

  static final String PROGRAMME = "BIBLIO";

  private static final List<String> LANGUAGES = List.of("lv", "bg", "el", "it");

  private static final Map<String, List<String>> NAMES =
      Map.ofEntries(
          Map.entry(
              PROGRAMME,
              List.of(
                  "BIBLIO specializācijas kurss",
                  "Специализиран курс BIBLIO",
                  "Κατάρτιση εξειδίκευσης BIBLIO",
                  "Corso di specializzazione BIBLIO")),
          Map.entry(
              "DIGY",
              List.of(
                  "Digitālās transformācijas veicinātājs",
                  "Фасилитатор на дигиталната трансформация",
                  "Διευκολυντής ψηφιακού μετασχηματισμού",
                  "Facilitatore della trasformazione digitale")),
          Map.entry(
              "CECO",
              List.of(
                  "Kopienas iesaistes un komunikācijas speciālists",
                  "Служител за ангажиране на общността и комуникация",
                  "Υπεύθυνος δέσμευσης κοινότητας και επικοινωνίας",
                  "Responsabile del coinvolgimento della comunità e della comunicazione")),
          Map.entry(
              "F01",
              List.of(
                  "Atklāšanas darbnīca: bibliotēka kā pārmaiņu vieta",
                  "Встъпителен семинар: библиотеката като място за промяна",
                  "Εναρκτήριο εργαστήριο: η βιβλιοθήκη ως τόπος αλλαγής",
                  "Workshop di apertura: la biblioteca come luogo di cambiamento")),
          Map.entry(
              "F02",
              List.of(
                  "Projektu klīnika: no idejas līdz plānam",
                  "Проектна клиника: от идеята до плана",
                  "Κλινική έργων: από την ιδέα στο σχέδιο",
                  "Laboratorio di progetto: dall'idea al piano")),
          Map.entry(
              "T01",
              List.of(
                  "Iespēju saskatīšana bibliotēkas kopienā",
                  "Откриване на възможности в общността на библиотеката",
                  "Εντοπισμός ευκαιριών στην κοινότητα της βιβλιοθήκης",
                  "Individuare le opportunità nella comunità della biblioteca")),
          Map.entry(
              "T02",
              List.of(
                  "Radošums un dizaina domāšana",
                  "Креативност и дизайнерско мислене",
                  "Δημιουργικότητα και σχεδιαστική σκέψη",
                  "Creatività e design thinking")),
          Map.entry(
              "T03",
              List.of(
                  "Bibliotēkas pakalpojumu redzējums un stratēģija",
                  "Визия и стратегия за библиотечните услуги",
                  "Όραμα και στρατηγική για τις υπηρεσίες της βιβλιοθήκης",
                  "Visione e strategia per i servizi bibliotecari")),
          Map.entry(
              "T04",
              List.of(
                  "Ideju novērtēšana un ētiska domāšana",
                  "Оценяване на идеи и етично мислене",
                  "Αξιολόγηση ιδεών και ηθική σκέψη",
                  "Valorizzare le idee e pensiero etico")),
          Map.entry(
              "T05",
              List.of(
                  "Resursu un partneru mobilizēšana",
                  "Мобилизиране на ресурси и партньори",
                  "Κινητοποίηση πόρων και εταίρων",
                  "Mobilitare risorse e partner")),
          Map.entry(
              "T06",
              List.of(
                  "Finanšu pratība bibliotēku projektiem",
                  "Финансова грамотност за библиотечни проекти",
                  "Χρηματοοικονομικός γραμματισμός για έργα βιβλιοθηκών",
                  "Alfabetizzazione finanziaria per i progetti delle biblioteche")),
          Map.entry(
              "T07",
              List.of(
                  "Citu iesaistīšana: komunikācija un līderība",
                  "Мобилизиране на другите: комуникация и лидерство",
                  "Κινητοποίηση των άλλων: επικοινωνία και ηγεσία",
                  "Coinvolgere gli altri: comunicazione e leadership")),
          Map.entry(
              "T08",
              List.of(
                  "Plānošana un projektu vadība",
                  "Планиране и управление на проекти",
                  "Σχεδιασμός και διαχείριση έργων",
                  "Pianificazione e gestione dei progetti")),
          Map.entry(
              "T09",
              List.of(
                  "Nenoteiktības un riska pārvarēšana",
                  "Справяне с несигурност и риск",
                  "Διαχείριση της αβεβαιότητας και του κινδύνου",
                  "Gestire l'incertezza e il rischio")),
          Map.entry(
              "T10",
              List.of(
                  "Mācīšanās no pieredzes",
                  "Учене чрез опит",
                  "Μάθηση μέσω της εμπειρίας",
                  "Imparare dall'esperienza")),
          Map.entry(
              "D01",
              List.of(
                  "Informācijpratība un datpratība",
                  "Информационна грамотност и грамотност за работа с данни",
                  "Παιδεία στην πληροφόρηση και στα δεδομένα",
                  "Alfabetizzazione su informazioni e dati")),
          Map.entry(
              "D02",
              List.of(
                  "Digitālā komunikācija un sadarbība",
                  "Дигитална комуникация и сътрудничество",
                  "Ψηφιακή επικοινωνία και συνεργασία",
                  "Comunicazione e collaborazione digitale")),
          Map.entry(
              "D03",
              List.of(
                  "Digitālā satura veidošana",
                  "Създаване на дигитално съдържание",
                  "Δημιουργία ψηφιακού περιεχομένου",
                  "Creazione di contenuti digitali")),
          Map.entry(
              "D04",
              List.of(
                  "Drošība un digitālā labbūtība",
                  "Безопасност и дигитално благополучие",
                  "Ασφάλεια και ψηφιακή ευημερία",
                  "Sicurezza e benessere digitale")),
          Map.entry(
              "D05",
              List.of(
                  "Digitālu problēmu risināšana",
                  "Решаване на дигитални проблеми",
                  "Ψηφιακή επίλυση προβλημάτων",
                  "Risolvere problemi digitali")),
          Map.entry(
              "D06",
              List.of(
                  "Sociālie mediji bibliotēkām",
                  "Социални медии за библиотеки",
                  "Μέσα κοινωνικής δικτύωσης για βιβλιοθήκες",
                  "Social media per le biblioteche")),
          Map.entry(
              "D07",
              List.of(
                  "Bibliotēku tīmekļvietnes un piekļūstamība",
                  "Уебсайтове на библиотеки и достъпност",
                  "Ιστότοποι βιβλιοθηκών και προσβασιμότητα",
                  "Siti web delle biblioteche e accessibilità")),
          Map.entry(
              "D08",
              List.of(
                  "Krājumu digitalizācija",
                  "Дигитализация на фондовете",
                  "Ψηφιοποίηση συλλογών",
                  "Digitalizzazione delle collezioni")),
          Map.entry(
              "D09",
              List.of(
                  "Atvērtie dati, licences un autortiesības",
                  "Отворени данни, лицензи и авторско право",
                  "Ανοικτά δεδομένα, άδειες χρήσης και πνευματικά δικαιώματα",
                  "Dati aperti, licenze e diritto d'autore")),
          Map.entry(
              "D10",
              List.of(
                  "Digitālo prasmju mācīšana bibliotēkas lietotājiem",
                  "Обучение на потребителите на библиотеката в дигитални умения",
                  "Διδασκαλία ψηφιακών δεξιοτήτων στους χρήστες της βιβλιοθήκης",
                  "Insegnare le competenze digitali agli utenti della biblioteca")),
          Map.entry(
              "P01",
              List.of(
                  "Projektos balstītas mācības: projekta idejas izstrāde",
                  "Проектно базирано обучение: разработване на проектната идея",
                  "Μάθηση βάσει έργου: ανάπτυξη της ιδέας έργου",
                  "Apprendimento basato su progetti: sviluppo dell'idea progettuale")),
          Map.entry(
              "A01",
              List.of(
                  "Projekta novērtēšana un prezentācija",
                  "Оценяване и представяне на проекта",
                  "Αξιολόγηση και παρουσίαση του έργου",
                  "Valutazione e presentazione del progetto")));

  private CourseDemoNames() {}

  /** Gives a programme, module or job profile its demo names; unknown codes stay untouched. */
  static void name(String code, LocalNames named) {
    List<String> names = NAMES.get(code);
    if (names != null) {
      for (int i = 0; i < LANGUAGES.size(); i++) {
        named.getNames().put(LANGUAGES.get(i), names.get(i));
      }
    }
  }
}
