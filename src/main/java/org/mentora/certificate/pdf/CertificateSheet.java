package org.mentora.certificate.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything printed on a certificate, already resolved to display strings in {@code language} (no
 * entities). Nullable: {@code profileName}, {@code startsOn}, {@code endsOn}, {@code ecvetPoints},
 * {@code projectTitle}; {@code competences} may be empty.
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
    String verificationUrl) {

  public CertificateSheet {
    hours = hours == null ? List.of() : List.copyOf(hours);
    modules = modules == null ? List.of() : List.copyOf(modules);
    competences = competences == null ? List.of() : List.copyOf(competences);
  }

  /** Hours of one learning mode, label already translated. */
  public record HoursLine(String label, long minutes) {}

  /** A module of the programme; waived ones were recognised from prior learning. */
  public record ModuleLine(String code, String name, boolean waived, BigDecimal ecvetPoints) {}

  /** A competence reached, with its framework and level. */
  public record CompetenceLine(String framework, String code, String name, String level) {}
}
