package org.mentora.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.certificate.CertificateService.Verification;
import org.mentora.certificate.pdf.SignatureCheck;
import org.mentora.competence.AssessmentMoment;
import org.mentora.competence.AssessmentService;
import org.mentora.competence.CompetenceFixtures;
import org.mentora.competence.RatingForm;
import org.mentora.course.BiblioModes;
import org.mentora.logbook.EntryForm;
import org.mentora.logbook.EntryService;
import org.mentora.logbook.LogEntry;
import org.mentora.logbook.LogbookFixtures;
import org.mentora.logbook.ProgressService;
import org.mentora.logbook.ReviewService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.i18n.Bundles;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;
import org.mentora.support.WebSession;

/**
 * Completion and certificates in the container: eligibility from real logbook entries, module
 * results and waivers; issuing refused to the ineligible and twice; revoke, reissue, verification
 * by either code; who may download and issue; a batch of thirty; the ZIP.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class CertificateIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora()
        .addClasses(CertificateFixtures.class, LogbookFixtures.class, CompetenceFixtures.class);
  }

  @Inject CourseFixtures fixtures;
  @Inject CertificateFixtures certificateFixtures;
  @Inject LogbookFixtures logbookFixtures;
  @Inject EntryService entryService;
  @Inject ReviewService reviewService;
  @Inject ProgressService progress;
  @Inject EligibilityService eligibility;
  @Inject ModuleResultService results;
  @Inject CertificateService certificates;
  @Inject IssueBatches batches;
  @Inject CompetenceFixtures competenceFixtures;
  @Inject AssessmentService assessments;
  @Inject Clock clock;
  @Inject VerifyThrottle throttle;
  @ArquillianResource URL base;

  private World world;
  private String admin;
  private long adminId;
  private String trainer;
  private String trainee;
  private long enrolment;

  /** An edition with small completion rules, an administrator, a trainer and a participant. */
  @BeforeEach
  void world() {
    world = fixtures.world(100);
    certificateFixtures.rules(world.editionId(), CertificateFixtures.SMALL);
    admin = TestData.unique("admin");
    adminId = fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    trainer = TestData.unique("trainer");
    long trainerId = fixtures.person(trainer, "Andris", "Ozols", Role.TRAINER);
    fixtures.trainer(world.editionId(), world.moduleVirtual(), trainerId);
    trainee = TestData.unique("trainee");
    long traineeId =
        fixtures.person(trainee, "Jānis", TestData.unique("Bērziņš"), Role.PARTICIPANT);
    enrolment = fixtures.enrol(world.editionId(), traineeId);
    String mentor = TestData.unique("mentor");
    fixtures.mentor(enrolment, fixtures.person(mentor, "Inese", "Liepiņa", Role.MENTOR));
    String tutor = TestData.unique("tutor");
    long tutorId = fixtures.person(tutor, "Līga", "Bērziņa", Role.TUTOR);
    fixtures.putInGroup(enrolment, fixtures.group(world.editionId(), "A", tutorId));
  }

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  private static void as(String user) {
    TestLogin.as(user, TestData.PASSWORD);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LogEntry log(String mode, Long module, int minutes, int daysAgo) {
    as(trainee);
    return entryService.log(
        enrolment,
        new EntryForm(today().minusDays(daysAgo), mode, module, minutes, TestData.unique("Did")));
  }

  private static List<String> keys(Eligibility row) {
    return row.shortfalls().stream().map(Shortfall::key).toList();
  }

  private Certificate issueToEligible(String familyName) {
    long id = certificateFixtures.eligibleParticipant(world.editionId(), familyName);
    as(admin);
    return certificates.issue(id);
  }

  // ---- eligibility

  @Test
  void eligibilityCountsOnlyApprovedHoursTheProjectAndPassedOrWaivedModules() {
    LogEntry virtual = log(BiblioModes.VIRTUAL, world.moduleVirtual(), 120, 1);
    LogEntry project = log(BiblioModes.PROJECT_BASED, world.moduleProject(), 60, 2);
    LogEntry wbl = log(BiblioModes.WORK_BASED, null, 45, 3);
    LogEntry rejected = log(BiblioModes.WORK_BASED, null, 120, 4);

    as(admin);
    assertEquals(
        List.of(
            "certification.shortfall.hours.VIRTUAL",
            "certification.shortfall.hours.PROJECT_BASED",
            "certification.shortfall.hours.WORK_BASED",
            "certification.shortfall.hours.TOTAL",
            "certification.shortfall.project.none",
            "certification.shortfall.modules"),
        keys(eligibility.of(enrolment)),
        "waiting hours count for nothing");

    reviewService.approve(virtual.getId());
    reviewService.approve(project.getId());
    reviewService.approve(wbl.getId());
    reviewService.reject(rejected.getId(), "Not work-based learning");
    Eligibility halfway = eligibility.of(enrolment);
    assertEquals(
        List.of(
            "certification.shortfall.hours.WORK_BASED",
            "certification.shortfall.project.none",
            "certification.shortfall.modules"),
        keys(halfway),
        "the rejected 2 h do not count: 15 min of work-based learning still missing");
    assertEquals(
        "0.25", halfway.shortfalls().get(0).arguments().get(0).toString(), "15 minutes in hours");

    certificateFixtures.completedProject(enrolment);
    as(trainer);
    results.record(enrolment, world.moduleVirtual(), true, ModuleResultService.NOT_RECORDED);
    long notYet =
        results
            .record(enrolment, world.moduleProject(), false, ModuleResultService.NOT_RECORDED)
            .version();
    logbookFixtures.approvedWaiver(enrolment, world.moduleWorkBased());
    as(admin);
    Eligibility modules = eligibility.of(enrolment);
    assertEquals(
        List.of("certification.shortfall.hours.WORK_BASED", "certification.shortfall.modules"),
        keys(modules));
    assertEquals(List.of(1, "P1"), modules.shortfalls().get(1).arguments(), "W1 is waived");

    results.record(enrolment, world.moduleProject(), true, notYet);
    LogEntry last = log(BiblioModes.WORK_BASED, null, 15, 5);
    as(admin);
    reviewService.approve(last.getId());

    Eligibility done = eligibility.of(enrolment);
    assertTrue(done.isEligible(), () -> keys(done).toString());
    Eligibility row =
        eligibility.edition(world.editionId(), false).stream()
            .filter(e -> e.enrolmentId() == enrolment)
            .findFirst()
            .orElseThrow();
    assertTrue(row.isEligible(), "the edition list agrees with the participant's own status");
    assertEquals(
        progress.progress(enrolment).blendedTotal().approvedMinutes(),
        progress.editionProgress(world.editionId()).get(enrolment).blendedTotal().approvedMinutes(),
        "one query service for one participant and for the edition");

    as(trainee);
    assertTrue(eligibility.of(enrolment).isEligible(), "the participant sees the same");
  }

  @Test
  void aWithdrawnParticipantIsNotEligible() {
    long id = certificateFixtures.eligibleParticipant(world.editionId(), "Withdrawn");
    certificateFixtures.withdraw(id);
    as(admin);
    assertEquals(List.of("certification.shortfall.withdrawn"), keys(eligibility.of(id)));
  }

  @Test
  void aTrainerRecordsResultsOnlyInEditionsTheyTeach() {
    World other = fixtures.world(5);
    long elsewhere = fixtures.enrol(other.editionId(), fixtures.personWithoutAccount("Elsewhere"));
    as(trainer);
    assertThrows(
        NotFoundException.class,
        () ->
            results.record(
                elsewhere, other.moduleVirtual(), true, ModuleResultService.NOT_RECORDED));
    assertThrows(NotFoundException.class, () -> results.grid(other.editionId()));
    assertEquals(1, results.grid(world.editionId()).rows().size());
  }

  @Test
  void theSecondOfTwoTrainersRecordingTheSameCellIsToldItChangedMeanwhile() {
    long enrolment = fixtures.enrol(world.editionId(), fixtures.personWithoutAccount("Twice"));
    as(trainer);
    long cell = ModuleResultService.NOT_RECORDED;

    long afterFirst = results.record(enrolment, world.moduleVirtual(), true, cell).version();
    assertThrows(
        ConcurrentChangeException.class,
        () -> results.record(enrolment, world.moduleVirtual(), false, cell));
    results.record(enrolment, world.moduleVirtual(), false, afterFirst);
    assertThrows(
        ConcurrentChangeException.class,
        () -> results.record(enrolment, world.moduleVirtual(), true, afterFirst));
  }

  // ---- issue

  @Test
  void issuingIsRefusedToTheIneligibleWithTheReasonAndToAnyoneAlreadyCertified() {
    as(admin);
    NotEligibleException refused =
        assertThrows(NotEligibleException.class, () -> certificates.issue(enrolment));
    assertEquals("certification.shortfall.hours.VIRTUAL", refused.messageKey());
    assertEquals(6, refused.shortfalls().size());

    long id = certificateFixtures.eligibleParticipant(world.editionId(), "Ozoliņa");
    Certificate issued = certificates.issue(id);
    assertEquals(CertificateStatus.VALID, issued.getStatus());
    assertEquals(26, issued.getCode().length());
    assertTrue(issued.getHolderName().startsWith("Anna Ozoliņa"));

    BusinessException twice = assertThrows(BusinessException.class, () -> certificates.issue(id));
    assertEquals("certification.issue.alreadyValid", twice.messageKey());
    assertEquals(id, eligibility.of(id).enrolmentId());
    assertNotNull(eligibility.of(id).certificateId());
  }

  @Test
  void theRecordIsASnapshotAndThePdfIsByteIdenticalAndSigned() {
    Certificate issued = issueToEligible("Snapshot");
    Verification record = certificates.verify(issued.getCode()).orElseThrow();
    CertificateSnapshot snapshot = record.record();
    assertEquals("Test edition", snapshot.editionName());
    assertEquals(world.editionId(), issued.getEdition().getId());
    assertEquals("en", snapshot.language(), "the participant's preferred language");
    assertEquals(3 * 60 + 60, snapshot.totalMinutes(), "2 h virtual, 1 h project, 1 h work-based");
    assertEquals(
        List.of("P1", "V1", "W1"), snapshot.modules().stream().map(m -> m.code()).toList());
    assertEquals(0, snapshot.ecvetTotal().compareTo(new java.math.BigDecimal("3")));
    assertNotNull(snapshot.projectTitle());
    assertEquals("Ilze Kalniņa", snapshot.issuerName());

    byte[] first = certificates.pdf(issued.getId()).content();
    byte[] second = certificates.pdf(issued.getId()).content();
    assertArrayEquals(first, second, "served exactly as issued");
    assertEquals(CertificateService.sha256(first), record.pdfSha256());
    SignatureCheck.Result check = SignatureCheck.verify(first);
    assertTrue(check.valid(), check::problem);
    assertEquals(
        Optional.of(new CertificateService.FileCheck(true, true)),
        certificates.checkFile(issued.getShortCode(), first));
    byte[] tampered = first.clone();
    tampered[tampered.length / 2] ^= 1;
    assertFalse(certificates.checkFile(issued.getCode(), tampered).orElseThrow().identical());
  }

  @Test
  void theSecondOfTwoAdministratorsSavingCompletionRulesIsToldTheyChangedMeanwhile() {
    CompletionRules.Rules small = CertificateFixtures.SMALL;
    CompletionRules.Rules withoutModules =
        new CompletionRules.Rules(
            small.minimumMinutes(), small.minimumTotalMinutes(), small.project(), false, false);
    as(admin);
    long seenByBoth = eligibility.rulesVersion(world.editionId());
    eligibility.saveRules(world.editionId(), seenByBoth, withoutModules);
    assertThrows(
        ConcurrentChangeException.class,
        () -> eligibility.saveRules(world.editionId(), seenByBoth, small));
    assertThrows(
        ConcurrentChangeException.class,
        () -> eligibility.resetRules(world.editionId(), seenByBoth));
    assertFalse(eligibility.rules(world.editionId()).modulesRequired(), "the first save stands");

    eligibility.resetRules(world.editionId(), eligibility.rulesVersion(world.editionId()));
    long defaultsSeenByBoth = eligibility.rulesVersion(world.editionId());
    assertEquals(EligibilityService.DEFAULT_RULES, defaultsSeenByBoth);
    eligibility.saveRules(world.editionId(), defaultsSeenByBoth, withoutModules);
    assertThrows(
        ConcurrentChangeException.class,
        () -> eligibility.saveRules(world.editionId(), defaultsSeenByBoth, small));
  }

  @Test
  void whenTheEditionAsksForCompetenceTargetsTheMentorsRatingsDecideAndTheRecordStatesTheLevels() {
    competenceFixtures.profile(world.editionId(), Map.of("1.1", 4, "2.4", 5));
    CompletionRules.Rules small = CertificateFixtures.SMALL;
    as(admin);
    eligibility.saveRules(
        world.editionId(),
        eligibility.rulesVersion(world.editionId()),
        new CompletionRules.Rules(
            small.minimumMinutes(),
            small.minimumTotalMinutes(),
            small.project(),
            small.modulesRequired(),
            true));
    long competent = certificateFixtures.eligibleParticipant(world.editionId(), "Competent");
    String mentor = TestData.unique("mentor");
    fixtures.mentor(competent, fixtures.person(mentor, "Ilze", "Liepa", Role.MENTOR));

    as(admin);
    Eligibility before = eligibility.of(competent);
    assertEquals(List.of("certification.shortfall.competences"), keys(before));
    assertThrows(NotEligibleException.class, () -> certificates.issue(competent));

    as(mentor);
    RatingForm browsing = new RatingForm();
    browsing.setCompetenceId(competenceFixtures.digComp("1.1"));
    browsing.setMoment(AssessmentMoment.COURSE_END);
    browsing.setLevel(4);
    assessments.rate(competent, browsing);
    as(admin);
    assertEquals(
        List.of("certification.shortfall.competences"),
        keys(eligibility.of(competent)),
        "one target still short");
    as(mentor);
    RatingForm collaborating = new RatingForm();
    collaborating.setCompetenceId(competenceFixtures.digComp("2.4"));
    collaborating.setMoment(AssessmentMoment.COURSE_END);
    collaborating.setLevel(6);
    assessments.rate(competent, collaborating);

    as(admin);
    assertEquals(List.of(), keys(eligibility.of(competent)));
    Certificate issued = certificates.issue(competent, new IssueLanguage("lv", false));
    CertificateSnapshot snapshot = certificates.verify(issued.getCode()).orElseThrow().record();
    // Level names are written in the certificate's language (Latvian, as chosen at issue).
    assertEquals(
        List.of("1.1 Vidējais 4", "2.4 Augstākais 6"),
        snapshot.competences().stream().map(c -> c.code() + " " + c.level()).toList());
  }

  @Test
  void theAdministratorsHearOnceThatAParticipantCanReceiveACertificate() {
    long almost = certificateFixtures.eligibleParticipant(world.editionId(), "Almost");
    certificateFixtures.forgetResult(almost, world.moduleVirtual());
    String told =
        "select count(n) from Notification n where n.recipient.id = :p0"
            + " and n.kind = org.mentora.notification.NotificationKind.ELIGIBLE"
            + " and n.groupKey = :p1";
    as(trainer);
    ModuleResultService.Recorded notPassed =
        results.record(almost, world.moduleVirtual(), false, ModuleResultService.NOT_RECORDED);
    assertEquals(0, fixtures.count(told, adminId, "eligible:" + almost), "one module short");

    // The trainer's mark makes the difference: the administrators hear it, in its transaction.
    ModuleResultService.Recorded passed =
        results.record(almost, world.moduleVirtual(), true, notPassed.version());
    assertEquals(1, fixtures.count(told, adminId, "eligible:" + almost));
    results.record(almost, world.moduleVirtual(), true, passed.version());
    assertEquals(1, fixtures.count(told, adminId, "eligible:" + almost), "once");
  }

  // ---- revoke, reissue

  @Test
  void revokingNeedsAReasonAndTheRevokedPdfCarriesTheWatermark() {
    Certificate issued = issueToEligible("Revoked");
    BusinessException noReason =
        assertThrows(BusinessException.class, () -> certificates.revoke(issued.getId(), " "));
    assertEquals(Optional.of("reason"), noReason.field());

    certificates.revoke(issued.getId(), "Issued in error");
    // The holder was told of both, the issue with the address anyone can check it at.
    long holder = issued.getId();
    String told =
        "select count(n) from Notification n where n.recipient.id ="
            + " (select c.enrolment.person.id from Certificate c where c.id = :p0)"
            + " and n.kind = org.mentora.notification.NotificationKind.CERTIFICATE"
            + " and n.textKey = :p1 and n.arguments like :p2";
    assertEquals(
        1,
        fixtures.count(
            told, holder, "notification.certificate.issued", "%/verify?code=" + issued.getCode()));
    assertEquals(
        1, fixtures.count(told, holder, "notification.certificate.revoked", "%Issued in error"));
    TestLogin.logout();
    Verification seen = certificates.verify(issued.getCode()).orElseThrow();
    assertEquals(CertificateStatus.REVOKED, seen.status());
    assertEquals("Issued in error", seen.revokeReason());
    assertNotNull(seen.revokedAt());

    as(admin);
    byte[] revoked = certificates.pdf(issued.getId()).content();
    assertNotEquals(seen.pdfSha256(), CertificateService.sha256(revoked), "never the clean copy");
    assertTrue(SignatureCheck.verify(revoked).valid());
    assertThrows(
        BusinessException.class, () -> certificates.revoke(issued.getId(), "Again"), "only once");
    assertEquals(
        "certification.reissue.notValid",
        assertThrows(BusinessException.class, () -> certificates.reissue(issued.getId()))
            .messageKey());
  }

  @Test
  void reissuingAfterANameCorrectionSupersedesTheOldCertificate() {
    long id = certificateFixtures.eligibleParticipant(world.editionId(), "Misspelt");
    as(admin);
    Certificate old = certificates.issue(id);
    String corrected = TestData.unique("Corrected");
    certificateFixtures.renamePerson(id, corrected);

    Certificate successor = certificates.reissue(old.getId());
    assertEquals("Anna " + corrected, successor.getHolderName());
    assertNotEquals(old.getCode(), successor.getCode());

    Verification before = certificates.verify(old.getCode()).orElseThrow();
    assertEquals(CertificateStatus.SUPERSEDED, before.status());
    assertEquals(successor.getCode(), before.successorCode());
    assertTrue(before.record().holderName().contains("Misspelt"), "the old record is unchanged");
    assertEquals(CertificateStatus.VALID, certificates.verify(successor.getCode()).get().status());
    assertEquals(successor.getId(), eligibility.of(id).certificateId());
  }

  // ---- the certificate's language

  @Test
  void aCertificateIssuedInBulgarianPrintsCyrillicWithTheBulgarianHoursUnitAndNames()
      throws IOException {
    Locale bulgarian = Locale.forLanguageTag("bg");
    certificateFixtures.nameInLanguage(
        world.editionId(), "bg", "Библиотеки като общностни центрове");
    long id = certificateFixtures.eligibleParticipant(world.editionId(), "Petrova");
    as(admin);
    Certificate issued = certificates.issue(id, new IssueLanguage("bg", false));
    assertEquals("bg", issued.getLanguage());
    assertFalse(issued.isAlsoEnglish());
    CertificateSnapshot record = certificates.verify(issued.getCode()).orElseThrow().record();
    assertEquals("bg", record.language());
    assertEquals("Библиотеки като общностни центрове", record.programmeName());
    assertTrue(record.modules().stream().allMatch(m -> m.name().startsWith("Библиотеки")));

    String text = pdfText(certificates.pdf(issued.getId()).content());
    assertTrue(text.contains(Bundles.format(bulgarian, "certificate.pdf.title")), text);
    assertTrue(text.matches("(?s).*\\p{IsCyrillic}{5,}.*"), "Cyrillic words");
    String unit = Bundles.format(bulgarian, "hours.value", 4);
    assertEquals("4 ч", unit, "the bg bundle's unit");
    assertTrue(text.contains(unit), () -> "total hours as " + unit + " in:\n" + text);
    assertFalse(text.contains("hours.value"), "no key printed");
    assertFalse(text.contains(Bundles.format(Locale.ENGLISH, "certificate.pdf.title")));
  }

  @Test
  void aBilingualGreekCertificateHoldsGreekAndEnglishLabelsAndAReissueKeepsThem()
      throws IOException {
    long id = certificateFixtures.eligibleParticipant(world.editionId(), "Papadopoulou");
    as(admin);
    Certificate issued = certificates.issue(id, new IssueLanguage("el", true));
    assertEquals("el", issued.getLanguage());
    assertTrue(issued.isAlsoEnglish());
    assertTrue(certificates.verify(issued.getCode()).orElseThrow().record().alsoInEnglish());
    String text = pdfText(certificates.pdf(issued.getId()).content());
    for (String key : List.of("certificate.pdf.title", "certificate.pdf.hours.title")) {
      assertTrue(text.contains(Bundles.format(Locale.forLanguageTag("el"), key)), key + ": Greek");
      assertTrue(text.contains(Bundles.format(Locale.ENGLISH, key)), key + ": English");
    }

    Certificate kept = certificates.reissue(issued.getId());
    assertEquals("el", kept.getLanguage(), "a reissue keeps the language");
    assertTrue(kept.isAlsoEnglish(), "and the English beside it");
    Certificate changed = certificates.reissue(kept.getId(), new IssueLanguage("lv", false));
    assertEquals("lv", changed.getLanguage());
    assertFalse(changed.isAlsoEnglish());
    assertTrue(
        pdfText(certificates.pdf(changed.getId()).content())
            .contains(Bundles.format(Locale.forLanguageTag("lv"), "certificate.pdf.title")));

    Certificate english =
        certificates.issue(
            certificateFixtures.eligibleParticipant(world.editionId(), "Smith"),
            new IssueLanguage("en", true));
    assertFalse(english.isAlsoEnglish(), "English beside English has no effect");
  }

  @Test
  void theDefaultLanguageIsTheParticipantsThenTheEditionsAndAnUnofferedOneIsRefused() {
    long italian = certificateFixtures.eligibleParticipant(world.editionId(), "Rossi");
    certificateFixtures.preferLanguage(italian, "it");
    long german = certificateFixtures.eligibleParticipant(world.editionId(), "Schmidt");
    certificateFixtures.preferLanguage(german, "de");
    as(admin);
    assertEquals("it", certificates.defaultLanguage(italian));
    assertEquals("it", certificates.issue(italian).getLanguage(), "the participant's language");
    assertEquals(
        "lv", certificates.issue(german).getLanguage(), "not offered: the edition's language");

    long other = certificateFixtures.eligibleParticipant(world.editionId(), "Other");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> certificates.issue(other, new IssueLanguage("xx", false)));
    assertEquals("certification.issue.language.unknown", refused.messageKey());
    assertEquals(Optional.of("language"), refused.field());
  }

  @Test
  void theVerificationPageSpeaksTheVisitorsLanguageAndShowsTheNamesAsIssued() throws Exception {
    certificateFixtures.nameInLanguage(world.editionId(), "el", "Βιβλιοθήκες και κοινότητα");
    long id = certificateFixtures.eligibleParticipant(world.editionId(), "Verified");
    as(admin);
    Certificate issued = certificates.issue(id, new IssueLanguage("el", true));
    TestLogin.logout();
    Locale latvian = Locale.forLanguageTag("lv");
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(root() + "verify/?code=" + issued.getCode()))
                    .header("Accept-Language", "lv")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    String body = page.body();
    assertTrue(body.contains(Bundles.format(latvian, "certification.verify.valid")), body);
    assertTrue(body.contains(Bundles.format(latvian, "certification.holder")), "Latvian labels");
    assertTrue(body.contains("Βιβλιοθήκες και κοινότητα"), "the programme's name as issued");
    assertTrue(
        body.contains(
            Bundles.format(
                latvian,
                "certification.language.withEnglish",
                Locale.forLanguageTag("el").getDisplayLanguage(latvian))),
        "the certificate's languages named in Latvian");
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return java.text.Normalizer.normalize(
          new org.apache.pdfbox.text.PDFTextStripper().getText(document),
          java.text.Normalizer.Form.NFKC);
    }
  }

  // ---- verification

  @Test
  void verificationAcceptsTheFullCodeOrShortFormInAnyCaseAndNothingElse() {
    Certificate issued = issueToEligible("Verified");
    TestLogin.logout();
    String code = issued.getCode();
    assertEquals(
        issued.getHolderName(), certificates.verify(code).orElseThrow().record().holderName());
    assertTrue(
        certificates.verify(VerificationCode.group(code).toLowerCase(Locale.ROOT)).isPresent());
    assertTrue(certificates.verify(issued.getShortCode()).isPresent());
    assertTrue(
        certificates
            .verify(" " + issued.getShortCode().replace("-", " ").toLowerCase(Locale.ROOT))
            .isPresent());
    assertEquals(Optional.empty(), certificates.verify("0000-0000-0000-0000"));
    assertEquals(Optional.empty(), certificates.verify("not a code!"));
    assertEquals(Optional.empty(), certificates.verify(code + code));
  }

  // ---- authorization

  @Test
  void aParticipantDownloadsOnlyTheirOwnCertificatesAndATrainerCannotIssue() {
    String other = TestData.unique("other");
    long otherEnrolment =
        fixtures.enrol(
            world.editionId(), fixtures.person(other, "Other", "Person", Role.PARTICIPANT));
    certificateFixtures.approvedHours(otherEnrolment, BiblioModes.VIRTUAL, 120, 1);
    certificateFixtures.approvedHours(otherEnrolment, BiblioModes.PROJECT_BASED, 60, 2);
    certificateFixtures.approvedHours(otherEnrolment, BiblioModes.WORK_BASED, 60, 3);
    certificateFixtures.completedProject(otherEnrolment);
    certificateFixtures.passAll(otherEnrolment);
    as(admin);
    Certificate theirs = certificates.issue(otherEnrolment);

    as(other);
    assertTrue(certificates.pdf(theirs.getId()).content().length > 1000);
    assertEquals(1, certificates.mine().size());
    as(trainee);
    assertThrows(NotFoundException.class, () -> certificates.pdf(theirs.getId()));
    assertEquals(List.of(), certificates.mine());
    assertThrows(EJBAccessException.class, () -> certificates.issue(otherEnrolment));
    assertThrows(NotFoundException.class, () -> eligibility.of(otherEnrolment));

    as(trainer);
    assertThrows(EJBAccessException.class, () -> certificates.issue(enrolment));
    assertThrows(EJBAccessException.class, () -> certificates.revoke(theirs.getId(), "No"));
    assertThrows(EJBAccessException.class, () -> certificates.pdf(theirs.getId()));
    assertThrows(EJBAccessException.class, () -> eligibility.edition(world.editionId(), false));
  }

  // ---- many at once

  @Test
  void aBatchIssuesToThirtyEligibleParticipantsAndReportsTheOneItCouldNot() throws Exception {
    List<Long> eligible = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      eligible.add(certificateFixtures.eligibleParticipant(world.editionId(), "Batch" + i));
    }
    as(admin);
    IssueBatch all = certificates.startBatch(world.editionId(), List.of());
    assertEquals(30, all.total(), "every eligible participant without a certificate");
    await(all);
    assertEquals(30, all.issuedCount(), () -> all.failures().toString());
    assertEquals(30, certificates.ofEdition(world.editionId(), CertificateStatus.VALID).size());

    List<Long> chosen = List.of(enrolment, eligible.get(0));
    IssueBatch again = certificates.startBatch(world.editionId(), chosen);
    await(again);
    assertEquals(0, again.issuedCount());
    Map<Long, String> why = new HashMap<>();
    again.failures().forEach(f -> why.put(f.enrolmentId(), f.key()));
    assertEquals("certification.shortfall.hours.VIRTUAL", why.get(enrolment));
    assertEquals("certification.issue.alreadyValid", why.get(eligible.get(0)));
  }

  // ---- guessing, and the demo world

  @Test
  void guessingUnknownCodesIsAnsweredWith429AfterTheLimitButAValidCodeStillAnswers()
      throws Exception {
    Certificate issued = issueToEligible("Guessed");
    TestLogin.logout();
    // The test server trusts 127.0.0.1 as a proxy (MENTORA_TRUSTED_PROXIES in the pom), so each
    // run guesses from an address of its own: the count lives in the database and survives.
    java.util.Random random = new java.util.Random();
    String guesser = "198.51." + random.nextInt(256) + "." + (1 + random.nextInt(250));
    String guesserChain = "203.0.113." + (System.nanoTime() % 250) + ", " + guesser;
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> answer =
          fromProxy(client, "verify/?code=ZZZZ-ZZZZ-ZZZZ-ZZZ" + i, guesserChain);
      assertEquals(200, answer.statusCode());
      assertTrue(answer.body().contains("No certificate has this code"), answer.body());
    }
    HttpResponse<String> blocked =
        fromProxy(client, "verify/?code=" + "A".repeat(200), guesserChain);
    assertEquals(429, blocked.statusCode());
    assertTrue(blocked.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(blocked.body().contains("Too many unknown codes"), blocked.body());
    assertTrue(blocked.body().contains("id=\"pageTitle\""), "the styled error page");
    assertTrue(blocked.headers().firstValue("Retry-After").isPresent());

    HttpResponse<String> valid =
        fromProxy(client, "verify/?code=" + issued.getCode(), guesserChain);
    assertEquals(200, valid.statusCode(), "a real certificate is always answered");
    assertTrue(valid.body().contains("id=\"verifyStatus\""), valid.body());
    HttpResponse<String> neighbour =
        fromProxy(
            client, "verify/?code=ZZZZ-ZZZZ-ZZZZ-ZZZZ", guesser.replace("198.51.", "198.52."));
    assertEquals(
        200, neighbour.statusCode(), "another client behind the same proxy is not blocked");
  }

  @Test
  void aPdfCheckIsRefusedOverTenMegabytesAndPastItsOwnLimit() {
    Certificate issued = issueToEligible("Checked");
    TestLogin.logout();
    BusinessException tooLarge =
        assertThrows(
            BusinessException.class,
            () -> certificates.checkFile(issued.getCode(), new byte[10 * 1024 * 1024 + 1]));
    assertEquals("file.tooLarge", tooLarge.messageKey());
    String address = "192.0.2." + (1 + new java.util.Random().nextInt(250)) + "-" + clock.millis();
    for (int i = 0; i < 20; i++) {
      assertTrue(throttle.mayCheckFile(address), "check " + (i + 1));
    }
    assertFalse(throttle.mayCheckFile(address), "the 21st check in ten minutes");
  }

  @Test
  void aPdfCheckOfElevenThirtyOneOrFortyMegabytesGetsTheTooLargeMessageBesideTheField()
      throws Exception {
    Certificate issued = issueToEligible("Oversized");
    TestLogin.logout();
    // Through the trusted proxy on this machine, from an address of this run's own, so that the
    // checks count against nobody else's limit.
    String visitor =
        "198.18." + new java.util.Random().nextInt(256) + "." + (1 + clock.millis() % 250);
    URL local = new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getPath());
    WebSession session = new WebSession(local, Map.of("X-Forwarded-For", visitor));
    for (int megabytes : List.of(11, 31, 40)) {
      String page = session.open("verify/?code=" + issued.getCode()).body();
      java.util.regex.Matcher action =
          java.util.regex.Pattern.compile("<form id=\"upload\"[^>]*action=\"([^\"]+)\"")
              .matcher(page);
      assertTrue(action.find(), page);
      Map<String, String> after = new java.util.LinkedHashMap<>();
      after.put("upload:checkFile", "");
      after.put("jakarta.faces.ViewState", WebSession.viewState(page));
      after.put("primefaces.nonce", WebSession.cspNonce(page));
      HttpResponse<String> answer =
          session.postMultipart(
              action.group(1).replace("&amp;", "&"),
              Map.of("upload", "upload"),
              new WebSession.FilePart(
                  // PrimeFaces names a simple upload's file input after its id plus _input.
                  "upload:file_input",
                  "certificate.pdf",
                  "application/pdf",
                  WebSession.megabytes(megabytes)),
              after);
      assertEquals(200, answer.statusCode(), megabytes + " MB: " + answer.body());
      assertTrue(
          answer.body().contains("The file is larger than 10 MB. Please upload a smaller file."),
          megabytes + " MB: " + answer.body());
      assertTrue(answer.body().contains("id=\"verifyStatus\""), "the certificate is still shown");
    }
  }

  @Test
  void anUploadLargerThanTheServerTakesIsAnswered413WithAStyledPageInTheVisitorsLanguage()
      throws Exception {
    String path = base.getPath() + (base.getPath().endsWith("/") ? "" : "/") + "verify/index.xhtml";
    long declared = org.mentora.platform.web.UploadLimitFilter.CONTAINER_LIMIT + 1;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(60_000);
      var out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1:"
              + base.getPort()
              + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
              + declared
              + "\r\nAccept-Language: lv\r\nConnection: close\r\n\r\n"
              + "--x\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"a.pdf\""
              + "\r\nContent-Type: application/pdf\r\n\r\n";
      out.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.write(new byte[64 * 1024]);
      out.flush();
      // The answer comes before the body is sent, let alone read.
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      var in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      String text = "";
      for (int n; !text.contains("</html>") && (n = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, n);
        text = answer.toString(java.nio.charset.StandardCharsets.UTF_8);
      }
      assertTrue(text.startsWith("HTTP/1.1 413"), text);
      assertTrue(text.contains("id=\"pageTitle\""), "the styled error page: " + text);
      assertTrue(text.contains("Augšupielāde ir par lielu"), "in Latvian: " + text);
    }
  }

  @Test
  void anUploadLargerThanTheServerTakesSentWithoutItsLengthIsAnswered413Too() throws Exception {
    String path = base.getPath() + (base.getPath().endsWith("/") ? "" : "/") + "verify/index.xhtml";
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(120_000);
      // Read while sending: the server answers once it stops reading, before the body ends.
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      Thread reader =
          new Thread(
              () -> {
                byte[] buffer = new byte[8192];
                try {
                  var in = socket.getInputStream();
                  for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (answer) {
                      answer.write(buffer, 0, n);
                    }
                  }
                } catch (IOException closed) {
                  // the server closed the connection after answering
                }
              });
      reader.start();
      var out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1:"
              + base.getPort()
              + "\r\nContent-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked"
              + "\r\nAccept-Language: it\r\nConnection: close\r\n\r\n";
      String part =
          "--x\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"a.pdf\""
              + "\r\nContent-Type: application/pdf\r\n\r\n";
      byte[] megabyte = new byte[1024 * 1024];
      try {
        out.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.write((Integer.toHexString(part.length()) + "\r\n" + part + "\r\n").getBytes());
        long chunks = org.mentora.platform.web.UploadLimitFilter.CONTAINER_LIMIT / megabyte.length;
        for (long i = 0; i <= chunks; i++) {
          out.write((Integer.toHexString(megabyte.length) + "\r\n").getBytes());
          out.write(megabyte);
          out.write("\r\n".getBytes());
        }
        out.write("0\r\n\r\n".getBytes());
        out.flush();
      } catch (IOException stoppedReading) {
        // the server answered and closed before the body was all sent
      }
      reader.join(120_000);
      String text;
      synchronized (answer) {
        text = answer.toString(java.nio.charset.StandardCharsets.UTF_8);
      }
      assertTrue(text.startsWith("HTTP/1.1 413"), text);
      assertTrue(text.contains("id=\"pageTitle\""), "the styled error page: " + text);
      assertTrue(text.contains("Caricamento troppo grande"), "in Italian: " + text);
    }
  }

  /** A request as a trusted proxy on this machine would forward it. */
  private HttpResponse<String> fromProxy(HttpClient client, String path, String forwardedFor)
      throws Exception {
    URI uri = URI.create(root() + path);
    URI local =
        new URI(
            uri.getScheme(), null, "127.0.0.1", uri.getPort(), uri.getPath(), uri.getQuery(), null);
    return client.send(
        HttpRequest.newBuilder(local)
            .header("X-Forwarded-For", forwardedFor)
            .header("Accept-Language", "en")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The application's address with its trailing slash (in-container it may come without). */
  private String root() {
    String url = base.toString();
    return url.endsWith("/") ? url : url + "/";
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(root() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theDemoTraineeIsEligibleAndNotYetCertifiedWhileOthersLackSomething() {
    as(admin);
    Optional<Long> pilot = certificateFixtures.demoEditionWithCertificateDemo();
    // A database seeded before the certificate demo existed has no eligible trainee to look at.
    Assumptions.assumeTrue(pilot.isPresent(), "demo world seeded with the certificate demo");
    List<Eligibility> rows = eligibility.edition(pilot.get(), false);
    Eligibility demoTrainee =
        rows.stream().filter(r -> r.name().equals("Jānis Bērziņš")).findFirst().orElseThrow();
    assertTrue(demoTrainee.isEligible(), () -> keys(demoTrainee).toString());
    assertTrue(rows.stream().filter(r -> r != demoTrainee).noneMatch(Eligibility::isEligible));
    assertTrue(rows.stream().anyMatch(r -> keys(r).contains("certification.shortfall.modules")));
  }

  private void await(IssueBatch batch) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!batches.get(batch.id()).finished() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertTrue(batch.finished(), "the batch finished in time");
  }

  @Test
  void theZipHoldsTheEditionsPdfsAsIssued() throws IOException {
    Map<String, String> shaByName = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      Certificate issued = issueToEligible("Zip" + i);
      shaByName.put(issued.getShortCode(), issued.getPdfSha256());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    certificates.zip(world.editionId(), List.of(), out);
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        byte[] pdf = zip.readAllBytes();
        String shortCode =
            shaByName.keySet().stream().filter(entry.getName()::contains).findFirst().orElseThrow();
        assertEquals(shaByName.get(shortCode), CertificateService.sha256(pdf));
        entries++;
      }
    }
    assertEquals(3, entries);
  }

  // ---- the signer as the application has it (a self-signed key under target/, see pom.xml)

  @Inject org.mentora.certificate.pdf.CertificateSigning signing;

  @Test
  void theConfiguredSignerSignsCertificatesThatVerifyInEveryLanguage() {
    assertTrue(signing.ready());
    assertNotNull(signing.signerName());
    for (java.util.Locale language :
        org.mentora.certificate.pdf.CertificateLanguages.certificateLanguages()) {
      SignatureCheck.Result result = SignatureCheck.verify(signing.renderSigned(sheet(language)));
      assertTrue(result.valid(), result::problem);
      assertEquals(signing.signerName(), result.signer());
    }
    SignatureCheck.Result revoked =
        SignatureCheck.verify(signing.renderRevoked(sheet(java.util.Locale.ENGLISH)));
    assertTrue(revoked.valid(), revoked::problem);
  }

  private static org.mentora.certificate.pdf.CertificateSheet sheet(java.util.Locale language) {
    return new org.mentora.certificate.pdf.CertificateSheet(
        language,
        "Līga Ozoliņa-Šķēle",
        "Libraries as Community Hubs",
        "LV-PILOT",
        "Latvian pilot",
        null,
        null,
        null,
        List.of(new org.mentora.certificate.pdf.CertificateSheet.HoursLine("Online", 600)),
        600,
        List.of(
            new org.mentora.certificate.pdf.CertificateSheet.ModuleLine(
                "M1", "Digital services", false, java.math.BigDecimal.ONE)),
        List.of(),
        null,
        null,
        "Jānis Bērziņš",
        "Latvijas Nacionālā bibliotēka",
        java.time.LocalDate.of(2026, 12, 2),
        "IT-CODE1",
        "https://mentora.example.org/verify/IT-CODE1");
  }
}
