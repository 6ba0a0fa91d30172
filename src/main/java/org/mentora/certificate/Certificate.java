package org.mentora.certificate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.course.LearningMode;
import org.mentora.platform.persistence.BaseEntity;

/**
 * An issued certificate: an immutable record of who completed what (the snapshot), its verification
 * code, the SHA-256 of the PDF as issued ({@link CertificateFile} keeps its bytes), and its status.
 * Nothing of the snapshot can change after issue; a correction is a reissue, which supersedes this
 * one.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(
    name = Certificate.BY_CODE,
    query = "select c from Certificate c where c.code = :code or c.shortCode = :code")
public class Certificate extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String BY_CODE = "Certificate.byCode";
  public static final int NAME_MAX = 300;
  public static final int REASON_MAX = 1000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
  private Enrolment enrolment;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false, updatable = false)
  private Edition edition;

  @Column(nullable = false, unique = true, length = VerificationCode.LENGTH, updatable = false)
  private String code;

  @Column(
      name = "short_code",
      nullable = false,
      unique = true,
      length = VerificationCode.SHORT_LENGTH,
      updatable = false)
  private String shortCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CertificateStatus status = CertificateStatus.VALID;

  /**
   * The enrolment while this certificate is valid, else null: a unique column, so two valid
   * certificates for one participant are impossible even when two administrators race.
   */
  @Column(name = "valid_enrolment_id", unique = true)
  private Long validEnrolmentId;

  @Column(name = "holder_name", nullable = false, length = NAME_MAX, updatable = false)
  private String holderName;

  @Column(name = "edition_code", nullable = false, length = Edition.CODE_MAX, updatable = false)
  private String editionCode;

  @Column(name = "edition_name", nullable = false, length = NAME_MAX, updatable = false)
  private String editionName;

  @Column(name = "programme_name", nullable = false, length = NAME_MAX, updatable = false)
  private String programmeName;

  @Column(name = "profile_name", length = NAME_MAX, updatable = false)
  private String profileName;

  @Column(name = "starts_on", updatable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", updatable = false)
  private LocalDate endsOn;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "certificate_hours", joinColumns = @JoinColumn(name = "certificate_id"))
  @OrderColumn(name = "position")
  private List<HoursRow> hours = new ArrayList<>();

  @Column(name = "total_minutes", nullable = false, updatable = false)
  private long totalMinutes;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "certificate_module", joinColumns = @JoinColumn(name = "certificate_id"))
  @OrderColumn(name = "position")
  private List<ModuleRow> modules = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "certificate_competence",
      joinColumns = @JoinColumn(name = "certificate_id"))
  @OrderColumn(name = "position")
  private List<CompetenceRow> competences = new ArrayList<>();

  @Column(name = "ecvet_total", precision = 7, scale = 2, updatable = false)
  private BigDecimal ecvetTotal;

  @Column(name = "project_title", length = NAME_MAX, updatable = false)
  private String projectTitle;

  @Column(name = "issuer_username", nullable = false, length = 64, updatable = false)
  private String issuerUsername;

  @Column(name = "issuer_name", nullable = false, length = NAME_MAX, updatable = false)
  private String issuerName;

  @Column(name = "issuing_body", nullable = false, length = NAME_MAX, updatable = false)
  private String issuingBody;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(nullable = false, length = 10, updatable = false)
  private String language;

  /** Printed with English beside every label (never for an English certificate). */
  @Column(name = "also_english", nullable = false, updatable = false)
  private boolean alsoEnglish;

  @Column(name = "pdf_sha256", nullable = false, length = 64, updatable = false)
  private String pdfSha256;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 64)
  private String revokedBy;

  @Column(name = "revoke_reason", length = REASON_MAX)
  private String revokeReason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "superseded_by_id")
  private Certificate supersededBy;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  protected Certificate() {}

  public Certificate(Enrolment enrolment, CertificateSnapshot snapshot, String pdfSha256) {
    this.enrolment = enrolment;
    this.edition = enrolment.getEdition();
    this.validEnrolmentId = enrolment.getId();
    this.code = snapshot.code();
    this.shortCode = snapshot.code().substring(0, VerificationCode.SHORT_LENGTH);
    this.holderName = snapshot.holderName();
    this.editionCode = snapshot.editionCode();
    this.editionName = snapshot.editionName();
    this.programmeName = snapshot.programmeName();
    this.profileName = snapshot.profileName();
    this.startsOn = snapshot.startsOn();
    this.endsOn = snapshot.endsOn();
    snapshot.hours().forEach(h -> hours.add(new HoursRow(h.mode().getCode(), h.minutes())));
    this.totalMinutes = snapshot.totalMinutes();
    snapshot
        .modules()
        .forEach(m -> modules.add(new ModuleRow(m.code(), m.name(), m.waived(), m.ecvetPoints())));
    snapshot
        .competences()
        .forEach(
            c -> competences.add(new CompetenceRow(c.framework(), c.code(), c.name(), c.level())));
    this.ecvetTotal = snapshot.ecvetTotal();
    this.projectTitle = snapshot.projectTitle();
    this.issuerUsername = snapshot.issuerUsername();
    this.issuerName = snapshot.issuerName();
    this.issuingBody = snapshot.issuingBody();
    this.issuedOn = snapshot.issuedOn();
    this.issuedAt = snapshot.issuedAt();
    this.language = snapshot.language();
    this.alsoEnglish = snapshot.alsoInEnglish();
    this.pdfSha256 = pdfSha256;
  }

  /**
   * The programme's mode with the code the certificate recorded; a mode the programme no longer has
   * still shows, under its code (an issued certificate never changes).
   */
  private LearningMode mode(String code) {
    return edition
        .getProgramme()
        .mode(code)
        .orElseGet(
            () ->
                LearningMode.of(
                    edition.getProgramme(),
                    code,
                    code,
                    org.mentora.course.StaffRole.TUTOR,
                    false,
                    false,
                    "#7f7f7f",
                    0));
  }

  /** The record as issued, from which the PDF and the verification page are both rendered. */
  public CertificateSnapshot snapshot() {
    return new CertificateSnapshot(
        code,
        holderName,
        editionCode,
        editionName,
        programmeName,
        profileName,
        startsOn,
        endsOn,
        hours.stream().map(h -> new CertificateSnapshot.Hours(mode(h.mode), h.minutes)).toList(),
        totalMinutes,
        modules.stream()
            .map(m -> new CertificateSnapshot.Module(m.code, m.name, m.waived, m.ecvetPoints))
            .toList(),
        competences.stream()
            .map(c -> new CertificateSnapshot.Competence(c.framework, c.code, c.name, c.level))
            .toList(),
        ecvetTotal,
        projectTitle,
        issuerUsername,
        issuerName,
        issuingBody,
        issuedOn,
        issuedAt,
        language,
        alsoEnglish);
  }

  public void revoke(String by, Instant at, String reason) {
    this.status = CertificateStatus.REVOKED;
    this.validEnrolmentId = null;
    this.revokedBy = by;
    this.revokedAt = at;
    this.revokeReason = reason;
  }

  /** Steps aside for a reissue; called before the successor is written (one valid at a time). */
  public void retire() {
    this.validEnrolmentId = null;
  }

  public void supersede(Certificate successor, Instant at) {
    this.status = CertificateStatus.SUPERSEDED;
    this.validEnrolmentId = null;
    this.supersededBy = successor;
    this.supersededAt = at;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public Edition getEdition() {
    return edition;
  }

  public String getCode() {
    return code;
  }

  public String getShortCode() {
    return VerificationCode.shortForm(code);
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public boolean isValid() {
    return status == CertificateStatus.VALID;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getEditionCode() {
    return editionCode;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getLanguage() {
    return language;
  }

  public boolean isAlsoEnglish() {
    return alsoEnglish;
  }

  public String getPdfSha256() {
    return pdfSha256;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public Certificate getSupersededBy() {
    return supersededBy;
  }

  public Instant getSupersededAt() {
    return supersededAt;
  }

  /** One line of hours as stored. */
  @Embeddable
  public static class HoursRow implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "mode", nullable = false, length = 20)
    private String mode;

    @Column(nullable = false)
    private long minutes;

    protected HoursRow() {}

    HoursRow(String mode, long minutes) {
      this.mode = mode;
      this.minutes = minutes;
    }
  }

  /** One module as stored. */
  @Embeddable
  public static class ModuleRow implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean waived;

    @Column(name = "ecvet_points", precision = 5, scale = 2)
    private BigDecimal ecvetPoints;

    protected ModuleRow() {}

    ModuleRow(String code, String name, boolean waived, BigDecimal ecvetPoints) {
      this.code = code;
      this.name = name;
      this.waived = waived;
      this.ecvetPoints = ecvetPoints;
    }
  }

  /** One competence as stored. */
  @Embeddable
  public static class CompetenceRow implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 40)
    private String framework;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "competence_level", nullable = false, length = 40)
    private String level;

    protected CompetenceRow() {}

    CompetenceRow(String framework, String code, String name, String level) {
      this.framework = framework;
      this.code = code;
      this.name = name;
      this.level = level;
    }
  }
}
