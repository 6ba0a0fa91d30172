package org.mentora.certificate.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything printed on a certificate, already resolved to display strings in {@code language} (no
 * entities). Nullable: {@code profileName}, {@code startsOn}, {@code endsOn}, {@code ecvetPoints},
 * {@code projectTitle}, {@code alsoIn}; {@code competences} may be empty. With {@code alsoIn} (a
 * bilingual certificate) every label is printed in {@code language} and, smaller, in {@code
 * alsoIn}; names stay as given, in {@code language}.
 */
public record CertificateSheet(
    Locale language,
    String holderName,
    String programmeName,
    String editionCode,
    String editionName,
    String profileName,
    LocalDate startsOn,
    LocalDate endsOn,
    List<HoursLine> hours,
    long totalMinutes,
    List<ModuleLine> modules,
    List<CompetenceLine> competences,
    BigDecimal ecvetPoints,
    String projectTitle,
    String issuerName,
    String issuingBody,
    LocalDate issuedOn,
    String shortCode,
    String verificationUrl,
    Locale alsoIn) {

  public CertificateSheet {
    if (alsoIn != null && language != null && alsoIn.getLanguage().equals(language.getLanguage())) {
      alsoIn = null;
    }
    hours = hours == null ? List.of() : List.copyOf(hours);
    modules = modules == null ? List.of() : List.copyOf(modules);
    competences = competences == null ? List.of() : List.copyOf(competences);
  }

  /** A certificate in one language. */
  public CertificateSheet(
      Locale language,
      String holderName,
      String programmeName,
      String editionCode,
      String editionName,
      String profileName,
      LocalDate startsOn,
      LocalDate endsOn,
      List<HoursLine> hours,
      long totalMinutes,
      List<ModuleLine> modules,
      List<CompetenceLine> competences,
      BigDecimal ecvetPoints,
      String projectTitle,
      String issuerName,
      String issuingBody,
      LocalDate issuedOn,
      String shortCode,
      String verificationUrl) {
    this(
        language,
        holderName,
        programmeName,
        editionCode,
        editionName,
        profileName,
        startsOn,
        endsOn,
        hours,
        totalMinutes,
        modules,
        competences,
        ecvetPoints,
        projectTitle,
        issuerName,
        issuingBody,
        issuedOn,
        shortCode,
        verificationUrl,
        null);
  }

  /** The same sheet printed with every label also in {@code second} (null: one language). */
  public CertificateSheet alsoIn(Locale second) {
    return new CertificateSheet(
        language,
        holderName,
        programmeName,
        editionCode,
        editionName,
        profileName,
        startsOn,
        endsOn,
        hours,
        totalMinutes,
        modules,
        competences,
        ecvetPoints,
        projectTitle,
        issuerName,
        issuingBody,
        issuedOn,
        shortCode,
        verificationUrl,
        second);
  }

  /**
   * Hours of one learning mode, label already translated; {@code alsoLabel} the label in the
   * sheet's second language, if any.
   */
  public record HoursLine(String label, long minutes, String alsoLabel) {
    public HoursLine(String label, long minutes) {
      this(label, minutes, null);
    }
  }

  /** A module of the programme; waived ones were recognised from prior learning. */
  public record ModuleLine(String code, String name, boolean waived, BigDecimal ecvetPoints) {}

  /** A competence reached, with its framework and level. */
  public record CompetenceLine(String framework, String code, String name, String level) {}
}
