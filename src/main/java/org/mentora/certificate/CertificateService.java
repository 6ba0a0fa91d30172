package org.mentora.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.certificate.pdf.CertificateLanguages;
import org.mentora.certificate.pdf.CertificateSigning;
import org.mentora.certificate.pdf.SignatureCheck;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.logbook.Progress;
import org.mentora.notification.Notice;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.Notifier;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileRules;
import org.mentora.platform.i18n.Languages;
import org.mentora.platform.security.Role;

/**
 * Issues, revokes and reissues certificates, serves their PDFs and answers verification. Issuing is
 * always an administrator's explicit act for a participant who completed the edition; the record is
 * fixed at issue and its PDF is kept exactly as signed.
 */
@Stateless
public class CertificateService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String MY_CERTIFICATE = "/certificate/my-certificate.xhtml";

  @PersistenceContext EntityManager em;
  @Inject EligibilityService eligibility;
  @Inject CertificateSigning signing;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject IssueBatches batches;
  @Inject Notifier notifier;

  @Inject
  @ConfigProperty(name = "mentora.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "mentora.issuing-body", defaultValue = " ")
  String issuingBody;

  /**
   * Issues a certificate to a participant who completed the edition and holds no valid one, in the
   * participant's default language.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public Certificate issue(long enrolmentId) {
    return issue(enrolmentId, IssueLanguage.DEFAULT);
  }

  /** The same, in the chosen language (a configured one), optionally with English as well. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Certificate issue(long enrolmentId, IssueLanguage choice) {
    checkLanguage(choice);
    Locale language = language(enrolmentId, choice);
    EligibilityService.Completion completion = eligibility.completion(enrolmentId, language);
    if (completion.eligibility().certificateId() != null) {
      throw new BusinessException("certification.issue.alreadyValid");
    }
    if (!completion.eligibility().isEligible()) {
      throw new NotEligibleException(completion.eligibility().shortfalls());
    }
    return write(completion, language, choice != null && choice.alsoEnglish());
  }

  /**
   * The same, in a transaction of its own: a batch issues each certificate apart, so one failure
   * loses nothing of the others.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long issueAlone(long enrolmentId, IssueLanguage choice) {
    return issue(enrolmentId, choice).getId();
  }

  /** The language a certificate for this participant is issued in when none is chosen. */
  @RolesAllowed(Role.ADMIN_NAME)
  public String defaultLanguage(long enrolmentId) {
    Enrolment enrolment =
        Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
            .orElseThrow(NotFoundException::new);
    return defaultLanguage(enrolment).toLanguageTag();
  }

  /** The chosen language, or the participant's default when none was chosen. */
  private Locale language(long enrolmentId, IssueLanguage choice) {
    if (choice != null && choice.language() != null) {
      return CertificateLanguages.firstOffered(choice.language());
    }
    return defaultLanguage(
        Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
            .orElseThrow(NotFoundException::new));
  }

  private static Locale defaultLanguage(Enrolment enrolment) {
    return CertificateSheets.defaultLanguage(
        enrolment.getPerson().getPreferredLanguage(), enrolment.getEdition().getLanguage());
  }

  private static void checkLanguage(IssueLanguage choice) {
    if (choice != null
        && choice.language() != null
        && !Languages.configured().isOffered(choice.language())) {
      throw BusinessException.onField("language", "certification.issue.language.unknown");
    }
  }

  /**
   * Starts issuing to many participants of an edition in the background: the chosen ones, or every
   * eligible participant without a valid certificate when none are chosen. Each is checked again
   * when its turn comes; the page polls {@link IssueBatches#get} for progress and failures.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public IssueBatch startBatch(long editionId, List<Long> enrolmentIds) {
    return startBatch(editionId, enrolmentIds, IssueLanguage.DEFAULT);
  }

  /** The same, each certificate in the chosen language (null: each participant's default). */
  @RolesAllowed(Role.ADMIN_NAME)
  public IssueBatch startBatch(long editionId, List<Long> enrolmentIds, IssueLanguage choice) {
    checkLanguage(choice);
    List<Eligibility> rows = eligibility.edition(editionId, false);
    List<IssueBatches.Target> targets =
        rows.stream()
            .filter(
                row ->
                    enrolmentIds == null || enrolmentIds.isEmpty()
                        ? row.isIssuable()
                        : enrolmentIds.contains(row.enrolmentId()))
            .map(row -> new IssueBatches.Target(row.enrolmentId(), row.name()))
            .toList();
    return batches.start(editionId, targets, choice == null ? IssueLanguage.DEFAULT : choice);
  }

  /** Revokes a valid certificate; the reason is required and shown to anyone verifying it. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void revoke(long certificateId, String reason) {
    Certificate certificate = find(certificateId);
    if (reason == null || reason.isBlank()) {
      throw BusinessException.onField("reason", "certification.revoke.reason.required");
    }
    if (reason.strip().length() > Certificate.REASON_MAX) {
      throw BusinessException.onField("reason", "validation.tooLong");
    }
    if (!certificate.isValid()) {
      throw new BusinessException("certification.revoke.notValid");
    }
    certificate.revoke(callers.username(), clock.instant(), reason.strip());
    notifier.tell(
        new Notice(
            certificate.getEnrolment().getPerson().getId(),
            NotificationKind.CERTIFICATE,
            "notification.certificate.revoked",
            List.of(certificate.getEnrolment().getEdition().getTitle(), reason.strip()),
            MY_CERTIFICATE,
            null));
  }

  /**
   * Issues a new certificate from the current facts (e.g. after the holder's name was corrected)
   * and marks the old one superseded by it; in the old one's language(s).
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public Certificate reissue(long certificateId) {
    return reissue(certificateId, null);
  }

  /** The same in another language or with English added or dropped; null keeps the old ones. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Certificate reissue(long certificateId, IssueLanguage change) {
    checkLanguage(change);
    Certificate old = find(certificateId);
    IssueLanguage choice =
        change == null
            ? new IssueLanguage(old.getLanguage(), old.isAlsoEnglish())
            : new IssueLanguage(
                change.language() == null ? old.getLanguage() : change.language(),
                change.alsoEnglish());
    if (!old.isValid()) {
      throw new BusinessException("certification.reissue.notValid");
    }
    Locale language = CertificateLanguages.firstOffered(choice.language());
    EligibilityService.Completion completion =
        eligibility.completion(old.getEnrolment().getId(), language);
    if (!completion.eligibility().isEligible()) {
      throw new NotEligibleException(completion.eligibility().shortfalls());
    }
    old.retire();
    em.flush();
    Certificate successor = write(completion, language, choice.alsoEnglish());
    old.supersede(successor, clock.instant());
    return successor;
  }

  private Certificate write(
      EligibilityService.Completion completion, Locale language, boolean alsoEnglish) {
    if (!signing.ready()) {
      throw new BusinessException("certification.issue.signingNotReady");
    }
    Enrolment enrolment = completion.enrolment();
    Edition edition = enrolment.getEdition();
    Person issuer = callers.person();
    CertificateSnapshot snapshot = snapshot(completion, edition, issuer, language, alsoEnglish);
    byte[] pdf = signing.renderSigned(CertificateSheets.sheet(snapshot, publicUrl));
    Certificate certificate = new Certificate(enrolment, snapshot, sha256(pdf));
    try {
      em.persist(certificate);
      em.flush();
    } catch (PersistenceException raced) {
      // Another administrator issued at the same moment: the unique valid-per-enrolment column.
      throw new BusinessException("certification.issue.alreadyValid");
    }
    em.persist(new CertificateFile(certificate.getId(), pdf));
    // The holder hears of it with the link anyone can check it at (their own page needs a login).
    notifier.tell(
        new Notice(
            enrolment.getPerson().getId(),
            NotificationKind.CERTIFICATE,
            "notification.certificate.issued",
            List.of(
                edition.getTitle(), CertificateSheets.verificationUrl(publicUrl, snapshot.code())),
            MY_CERTIFICATE,
            null));
    return certificate;
  }

  private CertificateSnapshot snapshot(
      EligibilityService.Completion completion,
      Edition edition,
      Person issuer,
      Locale language,
      boolean alsoEnglish) {
    Progress progress = completion.progress();
    // Names in the certificate's language, frozen in the snapshot like everything else on it.
    List<CertificateSnapshot.Hours> hours = new ArrayList<>();
    long total = 0;
    for (Progress.Line line : progress.modes()) {
      long minutes = line.approvedMinutes() + line.recognisedMinutes();
      if (minutes > 0 || line.targetMinutes() > 0) {
        hours.add(new CertificateSnapshot.Hours(line.mode(), minutes));
        total += minutes;
      }
    }
    BigDecimal ecvet = BigDecimal.ZERO;
    List<CertificateSnapshot.Module> modules = new ArrayList<>();
    for (CourseModule module : completion.modulesDone()) {
      modules.add(
          new CertificateSnapshot.Module(
              module.getCode(),
              module.name(language),
              completion.waivedModuleIds().contains(module.getId()),
              module.getEcvetPoints()));
      ecvet = ecvet.add(module.getEcvetPoints());
    }
    String body = issuingBody == null ? "" : issuingBody.strip();
    if (body.isEmpty()) {
      body =
          issuer.getOrganisation() != null
              ? issuer.getOrganisation().getName()
              : edition.getProgramme().name(language);
    }
    Instant now = clock.instant();
    return new CertificateSnapshot(
        newCode(),
        completion.enrolment().getPerson().getFullName(),
        edition.getCode(),
        edition.getTitle(),
        edition.getProgramme().name(language),
        edition.getJobProfile() == null ? null : edition.getJobProfile().name(language),
        edition.getStartDate(),
        edition.getEndDate(),
        hours,
        total,
        modules,
        completion.competences(),
        ecvet,
        completion.projectTitle(),
        callers.username(),
        issuer.getFullName(),
        body,
        LocalDate.now(clock),
        now,
        language.toLanguageTag(),
        alsoEnglish);
  }

  private String newCode() {
    while (true) {
      String code = VerificationCode.generate(RANDOM);
      boolean taken =
          !em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
              .setParameter("code", code.substring(0, VerificationCode.SHORT_LENGTH))
              .getResultList()
              .isEmpty();
      if (!taken) {
        return code;
      }
    }
  }

  /** A PDF to download, with the name to save it under. */
  public record Download(String filename, byte[] content) {}

  /**
   * The PDF of a certificate, for an administrator or its holder (anyone else: not found). A
   * revoked certificate is only ever served with the REVOKED watermark; otherwise the bytes are
   * those issued.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.PARTICIPANT_NAME})
  public Download pdf(long certificateId) {
    Certificate certificate = find(certificateId);
    if (!callers.has(Role.ADMIN)) {
      Person me = callers.person();
      if (!certificate.getEnrolment().getPerson().getId().equals(me.getId())) {
        throw new NotFoundException();
      }
    }
    return new Download(filename(certificate), content(certificate));
  }

  private byte[] content(Certificate certificate) {
    if (certificate.getStatus() == CertificateStatus.REVOKED) {
      return signing.renderRevoked(CertificateSheets.sheet(certificate.snapshot(), publicUrl));
    }
    return em.find(CertificateFile.class, certificate.getId()).getContent();
  }

  private static String filename(Certificate certificate) {
    return "certificate-"
        + certificate.getEditionCode()
        + "-"
        + certificate.getShortCode()
        + (certificate.getStatus() == CertificateStatus.REVOKED ? "-revoked" : "")
        + ".pdf";
  }

  /**
   * Writes the PDFs of an edition's certificates as a ZIP, one at a time so memory stays flat: the
   * given ones, or all of the edition when none are given.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public void zip(long editionId, List<Long> certificateIds, OutputStream out) {
    Edition edition = edition(editionId);
    List<Long> ids =
        em.createQuery(
                "select c.id from Certificate c where c.edition = :edition order by c.id",
                Long.class)
            .setParameter("edition", edition)
            .getResultList();
    if (certificateIds != null && !certificateIds.isEmpty()) {
      ids = ids.stream().filter(certificateIds::contains).toList();
    }
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Long id : ids) {
        Certificate certificate = em.find(Certificate.class, id);
        zip.putNextEntry(new ZipEntry(filename(certificate)));
        zip.write(content(certificate));
        zip.closeEntry();
        em.clear();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An edition's certificates, newest first, optionally of one status. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<Certificate> ofEdition(long editionId, CertificateStatus status) {
    Edition edition = edition(editionId);
    var query =
        em.createQuery(
                "select c from Certificate c where c.edition = :edition"
                    + (status == null ? "" : " and c.status = :status")
                    + " order by c.issuedAt desc, c.id desc",
                Certificate.class)
            .setParameter("edition", edition);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  /** The caller's own certificates, newest first. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public List<Certificate> mine() {
    return em.createQuery(
            "select c from Certificate c where c.enrolment.person = :me"
                + " order by c.issuedAt desc, c.id desc",
            Certificate.class)
        .setParameter("me", callers.person())
        .getResultList();
  }

  /** What verification shows: the record, its status, and the successor's code if superseded. */
  public record Verification(
      CertificateSnapshot record,
      CertificateStatus status,
      Instant revokedAt,
      String revokeReason,
      String successorCode,
      String pdfSha256)
      implements java.io.Serializable {

    public CertificateSnapshot getRecord() {
      return record;
    }

    public CertificateStatus getStatus() {
      return status;
    }

    public Instant getRevokedAt() {
      return revokedAt;
    }

    public String getRevokeReason() {
      return revokeReason;
    }

    public String getSuccessorCode() {
      return successorCode;
    }

    public String getPdfSha256() {
      return pdfSha256;
    }
  }

  /**
   * Looks a certificate up by its full code or short form, as typed (any case, dashes or spaces);
   * empty for anything unknown or malformed. Open to anyone.
   */
  @PermitAll
  public Optional<Verification> verify(String typed) {
    return VerificationCode.normalise(typed).flatMap(this::byCode).map(this::verification);
  }

  private Optional<Certificate> byCode(String normalised) {
    return em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
        .setParameter("code", normalised)
        .getResultStream()
        .findFirst();
  }

  private Verification verification(Certificate certificate) {
    return new Verification(
        certificate.snapshot(),
        certificate.getStatus(),
        certificate.getRevokedAt(),
        certificate.getRevokeReason(),
        certificate.getSupersededBy() == null ? null : certificate.getSupersededBy().getCode(),
        certificate.getPdfSha256());
  }

  /** What a check of an uploaded PDF found. */
  public record FileCheck(boolean identical, boolean signatureValid)
      implements java.io.Serializable {
    public boolean isIdentical() {
      return identical;
    }

    public boolean isSignatureValid() {
      return signatureValid;
    }
  }

  /**
   * Whether an uploaded PDF is byte for byte the one issued under the code, and whether its
   * signature holds. Open to anyone; empty for an unknown code.
   */
  @PermitAll
  public Optional<FileCheck> checkFile(String typed, byte[] pdf) {
    FileRules.checkSize("file", pdf.length);
    return VerificationCode.normalise(typed)
        .flatMap(this::byCode)
        .map(
            certificate ->
                new FileCheck(sha256(pdf).equals(certificate.getPdfSha256()), signatureValid(pdf)));
  }

  private static boolean signatureValid(byte[] pdf) {
    try {
      return SignatureCheck.verify(pdf).valid();
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private Edition edition(long editionId) {
    return Optional.ofNullable(em.find(Edition.class, editionId))
        .orElseThrow(NotFoundException::new);
  }

  private Certificate find(long certificateId) {
    return Optional.ofNullable(em.find(Certificate.class, certificateId))
        .orElseThrow(NotFoundException::new);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
