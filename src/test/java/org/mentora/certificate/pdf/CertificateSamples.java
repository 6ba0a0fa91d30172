package org.mentora.certificate.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sheets for the tests and the benchmark: a realistic one, a multilingual one, a long one. */
final class CertificateSamples {

  static final String URL = "https://mentora.example.org/verify/7KQ2-M9XD";

  private CertificateSamples() {}

  /** What a pilot participant's certificate holds: four modes, eight modules, five competences. */
  static CertificateSheet realistic(Locale language) {
    CertificateSheet sheet =
        sheet(
            language,
            "Līga Ozoliņa-Šķēle",
            0,
            0,
            "Bibliotēka kā kopienas centrs: digitālo prasmju darbnīcas senioriem");
    String[] names = {
      "The library as a community hub",
      "Digital literacy for adult learners",
      "Designing participatory programmes",
      "Media and information literacy",
      "Partnerships with local organisations",
      "Evaluating community programmes",
      "Inclusive services and accessibility",
      "Work-based learning project"
    };
    List<CertificateSheet.ModuleLine> modules = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      modules.add(
          new CertificateSheet.ModuleLine(
              "LCH-" + (i + 1), names[i], i == 3, new BigDecimal(i == 7 ? "4" : "1.5")));
    }
    List<CertificateSheet.CompetenceLine> competences =
        List.of(
            new CertificateSheet.CompetenceLine(
                "DigComp 2.2", "1.1", "Browsing, searching and filtering data", "5"),
            new CertificateSheet.CompetenceLine(
                "DigComp 2.2", "2.4", "Collaborating through digital technologies", "4"),
            new CertificateSheet.CompetenceLine(
                "DigComp 2.2", "3.1", "Developing digital content", "4"),
            new CertificateSheet.CompetenceLine("EntreComp", "1.2", "Creativity", "Expand"),
            new CertificateSheet.CompetenceLine(
                "EntreComp", "3.4", "Working with others", "Explore"));
    return new CertificateSheet(
        sheet.language(),
        sheet.holderName(),
        sheet.programmeName(),
        sheet.editionCode(),
        sheet.editionName(),
        sheet.profileName(),
        sheet.startsOn(),
        sheet.endsOn(),
        sheet.hours(),
        sheet.totalMinutes(),
        modules,
        competences,
        new BigDecimal("14.5"),
        sheet.projectTitle(),
        sheet.issuerName(),
        sheet.issuingBody(),
        sheet.issuedOn(),
        sheet.shortCode(),
        sheet.verificationUrl());
  }

  /** Names and texts in Latvian, Bulgarian, Greek and Italian. */
  static CertificateSheet multilingual() {
    List<CertificateSheet.ModuleLine> modules =
        List.of(
            new CertificateSheet.ModuleLine(
                "M1", "Мария Петрова: медийна грамотност", false, new BigDecimal("3")),
            new CertificateSheet.ModuleLine(
                "M2", "Γιώργος Παπαδόπουλος: ψηφιακές δεξιότητες", true, new BigDecimal("2.5")),
            new CertificateSheet.ModuleLine(
                "M3", "Niccolò Perù: biblioteca e comunità", false, null));
    return new CertificateSheet(
        Locale.ENGLISH,
        "Līga Ozoliņa-Šķēle",
        "Latvian letters ā č ē ģ ī ķ ļ ņ š ū ž",
        "LV-PILOT",
        "Pilot edition",
        "Community librarian",
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 11, 30),
        List.of(
            new CertificateSheet.HoursLine("Face to face", 2400),
            new CertificateSheet.HoursLine("Online", 3000)),
        5400,
        modules,
        List.of(
            new CertificateSheet.CompetenceLine("DigComp 2.2", "1.1", "Γιώργος Παπαδόπουλος", "4"),
            new CertificateSheet.CompetenceLine("EntreComp", "2.3", "Мария Петрова", "B")),
        new BigDecimal("5.5"),
        "Niccolò Perù",
        "Jānis Bērziņš",
        "Latvijas Nacionālā bibliotēka",
        LocalDate.of(2026, 12, 2),
        "7KQ2-M9XD",
        URL);
  }

  static CertificateSheet sheet(
      Locale language, String holder, int moduleCount, int competenceCount, String project) {
    List<CertificateSheet.ModuleLine> modules = new ArrayList<>();
    for (int i = 1; i <= moduleCount; i++) {
      modules.add(
          new CertificateSheet.ModuleLine(
              "M" + i,
              "Module number "
                  + i
                  + ": digital services in public libraries, community outreach and evaluation",
              i % 4 == 0,
              new BigDecimal(i % 3 == 0 ? "1.5" : "2")));
    }
    List<CertificateSheet.CompetenceLine> competences = new ArrayList<>();
    for (int i = 1; i <= competenceCount; i++) {
      competences.add(
          new CertificateSheet.CompetenceLine(
              i % 2 == 0 ? "DigComp 2.2" : "EntreComp",
              i + "." + (i % 4 + 1),
              "Competence number " + i + ": collaborating through digital technologies",
              "Level " + (i % 8 + 1)));
    }
    return new CertificateSheet(
        language,
        holder,
        "Libraries as Community Hubs: a blended programme for librarians",
        "LV-PILOT",
        "Latvian pilot 2026",
        "Community engagement librarian",
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 11, 30),
        List.of(
            new CertificateSheet.HoursLine("Face to face", 40 * 60),
            new CertificateSheet.HoursLine("Online synchronous", 30 * 60),
            new CertificateSheet.HoursLine("Online self-paced", 50 * 60 + 30),
            new CertificateSheet.HoursLine("Work-based learning", 80 * 60)),
        200 * 60 + 30,
        modules,
        competences,
        new BigDecimal("15"),
        project,
        "Jānis Bērziņš",
        "Latvijas Nacionālā bibliotēka",
        LocalDate.of(2026, 12, 2),
        "7KQ2-M9XD",
        URL);
  }
}
