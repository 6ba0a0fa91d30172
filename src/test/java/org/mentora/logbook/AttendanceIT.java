package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.course.BiblioModes;
import org.mentora.logbook.AttendanceService.SessionForm;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * Attendance and evidence files in the container: present participants get one approved entry per
 * session with an audit row saying so, however often (and however concurrently) the session is
 * saved; only the module's trainer or an administrator records it; evidence files are checked by
 * content and served only to those who may see the entry.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class AttendanceIT {

  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora().addClass(LogbookFixtures.class);
  }

  @Inject CourseFixtures fixtures;
  @Inject LogbookFixtures logbookFixtures;
  @Inject AttendanceService attendance;
  @Inject EntryService entryService;
  @Inject LogbookReader logbookReader;
  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  private World world;
  private String trainer;
  private long faceToFace;
  private String trainee;
  private long first;
  private long second;
  private long third;

  /** An edition with three participants and a trainer of its face-to-face module. */
  @BeforeEach
  void world() {
    world = fixtures.world(10);
    trainer = TestData.unique("trainer");
    long trainerId = fixtures.person(trainer, "Andris", "Ozols", Role.TRAINER);
    faceToFace = logbookFixtures.faceToFaceModule(world.editionId(), trainerId);
    trainee = TestData.unique("trainee");
    first =
        fixtures.enrol(
            world.editionId(), fixtures.person(trainee, "Jānis", "Bērziņš", Role.PARTICIPANT));
    second = participant();
    third = participant();
  }

  private long participant() {
    return fixtures.enrol(
        world.editionId(),
        fixtures.person(TestData.unique("p"), "Anna", "Kalniņa", Role.PARTICIPANT));
  }

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  private static void as(String user) {
    TestLogin.as(user, TestData.PASSWORD);
  }

  private LocalDate day() {
    return LocalDate.now(clock).minusDays(2);
  }

  /** The session form as the caller saves it right after loading the page. */
  private SessionForm session(Long... present) {
    return form(attendance.recorded(world.editionId(), faceToFace, day()).version(), present);
  }

  /** The session form as saved from a page loaded when the session had the given version. */
  private SessionForm form(long versionSeen, Long... present) {
    return new SessionForm(world.editionId(), faceToFace, day(), 180, Set.of(present), versionSeen);
  }

  private long entries(long enrolment) {
    return fixtures.count(
        "select count(e) from LogEntry e where e.enrolment.id = :p0 and e.session is not null",
        enrolment);
  }

  private long approvedEntries(long enrolment) {
    return fixtures.count(
        "select count(e) from LogEntry e where e.enrolment.id = :p0 and e.session is not null"
            + " and e.status = org.mentora.logbook.EntryStatus.APPROVED",
        enrolment);
  }

  private long attendanceAudits(long enrolment) {
    return fixtures.count(
        "select count(a) from EntryAudit a where a.entry.enrolment.id = :p0"
            + " and a.origin = 'ATTENDANCE' and a.toStatus = org.mentora.logbook.EntryStatus.APPROVED",
        enrolment);
  }

  // ---- attendance

  @Test
  void presentParticipantsGetApprovedEntriesWithAnAttendanceAuditRow() {
    as(trainer);
    AttendanceService.Saved saved = attendance.save(session(first, second));
    assertEquals(2, saved.added());
    assertEquals(1, approvedEntries(first));
    assertEquals(1, approvedEntries(second));
    assertEquals(0, entries(third));
    assertEquals(1, attendanceAudits(first));
    assertEquals(
        180,
        fixtures.count(
            "select sum(e.minutes) from LogEntry e where e.enrolment.id = :p0"
                + " and e.mode.code = 'FACE_TO_FACE'",
            first));
    assertEquals(
        Set.of(first, second),
        attendance.present(world.editionId(), faceToFace, LocalDate.now(clock).minusDays(2)));
    assertEquals(
        List.of("Jānis Bērziņš"),
        attendance.sessions(world.editionId()).get(0).present().stream()
            .filter(n -> n.startsWith("Jānis"))
            .toList());
  }

  @Test
  void savingTwiceCreatesNoDuplicatesAndUntickingWithdraws() {
    as(trainer);
    attendance.save(session(first, second));
    AttendanceService.Saved again = attendance.save(session(first, second));
    assertEquals(0, again.added());
    AttendanceService.Saved more = attendance.save(session(first, second, third));
    assertEquals(1, more.added());
    assertEquals(1, entries(first));
    assertEquals(1, entries(third));

    AttendanceService.Saved unticked = attendance.save(session(first, third));
    assertEquals(1, unticked.withdrawn());
    assertEquals(1, entries(second));
    assertEquals(0, approvedEntries(second));

    attendance.save(session(first, second, third));
    assertEquals(1, entries(second), "ticked again: the same entry, approved again");
    assertEquals(1, approvedEntries(second));
    assertEquals(1, attendance.sessions(world.editionId()).size());
  }

  @Test
  void twentyConcurrentSavesOfOneSessionLeaveOneEntryPerParticipant() throws Exception {
    as(trainer);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      SessionForm form = i % 2 == 0 ? session(first, second) : session(first, second, third);
      results.add(
          executor.submit(
              () -> {
                start.await();
                try {
                  attendance.save(form);
                  return "done";
                } catch (BusinessException e) {
                  return e.messageKey();
                }
              }));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> result : results) {
      outcomes.add(result.get());
    }
    assertTrue(outcomes.contains("done"), outcomes.toString());
    assertTrue(
        outcomes.stream()
            .allMatch(
                Set.of("done", "attendance.savedMeanwhile", "error.concurrentChange")::contains),
        outcomes.toString());
    assertEquals(1, entries(first));
    assertEquals(1, entries(second));
    assertTrue(entries(third) <= 1);
    assertEquals(1, attendance.sessions(world.editionId()).size());
  }

  @Test
  void ofTwoTrainersWhoOpenedTheSameSessionTheSecondIsRefusedAndTheFirstsTicksStay() {
    String colleague = TestData.unique("trainer");
    fixtures.trainer(
        world.editionId(), faceToFace, fixtures.person(colleague, "Ligita", "Dumpe", Role.TRAINER));

    // Both open the day before anything is recorded; the first saves, the second is refused.
    as(trainer);
    AttendanceService.Saved created =
        attendance.save(form(AttendanceService.NO_SESSION, first, second));
    as(colleague);
    assertThrows(
        ConcurrentChangeException.class,
        () -> attendance.save(form(AttendanceService.NO_SESSION, third)));
    assertEquals(Set.of(first, second), attendance.present(world.editionId(), faceToFace, day()));

    // Both open the recorded session; the first adds the third, the second (who still sees the
    // first two) unticks the second: refused, and the first's three stay present.
    long loaded = attendance.recorded(world.editionId(), faceToFace, day()).version();
    assertEquals(created.version(), loaded);
    as(trainer);
    AttendanceService.Saved added = attendance.save(form(loaded, first, second, third));
    assertEquals(1, added.added());
    as(colleague);
    assertThrows(ConcurrentChangeException.class, () -> attendance.save(form(loaded, first)));
    assertEquals(
        Set.of(first, second, third), attendance.present(world.editionId(), faceToFace, day()));
    assertEquals(1, approvedEntries(second));
    assertEquals(1, approvedEntries(third));

    // Loaded again, the second's change goes through.
    AttendanceService.Saved again = attendance.save(session(first));
    assertEquals(2, again.withdrawn());
    assertTrue(again.version() > added.version());
  }

  @Test
  void aTrainerOfAnotherModuleAndAParticipantAreRefused() {
    String other = TestData.unique("trainer");
    long otherId = fixtures.person(other, "Pēteris", "Zariņš", Role.TRAINER);
    fixtures.trainer(world.editionId(), world.moduleVirtual(), otherId);
    as(other);
    assertThrows(
        NotFoundException.class, () -> attendance.save(form(AttendanceService.NO_SESSION, first)));
    assertThrows(
        NotFoundException.class,
        () -> attendance.present(world.editionId(), faceToFace, LocalDate.now(clock)));
    as(trainee);
    assertThrows(
        EJBAccessException.class, () -> attendance.save(form(AttendanceService.NO_SESSION, first)));
    assertEquals(0, entries(first));
  }

  @Test
  void aSessionInTheFutureOrOfAnOddLengthIsRefusedAtItsField() {
    as(trainer);
    BusinessException future =
        assertThrows(
            BusinessException.class,
            () ->
                attendance.save(
                    new SessionForm(
                        world.editionId(),
                        faceToFace,
                        LocalDate.now(clock).plusDays(1),
                        60,
                        Set.of(first),
                        AttendanceService.NO_SESSION)));
    assertEquals("date", future.field().orElseThrow());
    BusinessException odd =
        assertThrows(
            BusinessException.class,
            () ->
                attendance.save(
                    new SessionForm(
                        world.editionId(),
                        faceToFace,
                        LocalDate.now(clock),
                        50,
                        Set.of(first),
                        AttendanceService.NO_SESSION)));
    assertEquals("minutes", odd.field().orElseThrow());
  }

  // ---- evidence files

  private EntryForm entryForm() {
    return new EntryForm(
        LocalDate.now(clock).minusDays(1),
        BiblioModes.VIRTUAL,
        world.moduleVirtual(),
        60,
        TestData.unique("Read"));
  }

  @Test
  void aPdfIsKeptAndServedOnlyToThoseWhoMaySeeTheEntry() {
    String tutor = TestData.unique("tutor");
    long tutorId = fixtures.person(tutor, "Līga", "Bērziņa", Role.TUTOR);
    fixtures.putInGroup(first, fixtures.group(world.editionId(), "A", tutorId));
    as(trainee);
    EntryForm form = entryForm();
    form.attachEvidenceFile("certificate.pdf", PDF);
    LogEntry entry = entryService.log(first, form);

    assertArrayEquals(PDF, logbookReader.evidence(entry.getId()).content());
    as(tutor);
    assertArrayEquals(PDF, logbookReader.evidence(entry.getId()).content());
    String elsewhere = TestData.unique("trainer");
    long elsewhereId = fixtures.person(elsewhere, "Pēteris", "Zariņš", Role.TRAINER);
    logbookFixtures.faceToFaceModule(fixtures.world(10).editionId(), elsewhereId);
    as(elsewhere);
    assertThrows(NotFoundException.class, () -> logbookReader.evidence(entry.getId()));
    String stranger = TestData.unique("p");
    fixtures.person(stranger, "Ieva", "Ozola", Role.PARTICIPANT);
    as(stranger);
    assertThrows(NotFoundException.class, () -> logbookReader.evidence(entry.getId()));
  }

  @Test
  void aRenamedExecutableIsRefusedAtTheFieldAndNothingIsSaved() {
    as(trainee);
    EntryForm form = entryForm();
    form.attachEvidenceFile(
        "report.pdf", "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1));
    BusinessException refused =
        assertThrows(BusinessException.class, () -> entryService.log(first, form));
    assertEquals("evidenceFile", refused.field().orElseThrow());
    assertEquals("file.typeNotAllowed", refused.messageKey());
    assertEquals(
        0, fixtures.count("select count(e) from LogEntry e where e.enrolment.id = :p0", first));
  }

  @Test
  void anEditCanAddEvidenceToAWaitingEntry() {
    as(trainee);
    LogEntry entry = entryService.log(first, entryForm());
    assertThrows(NotFoundException.class, () -> logbookReader.evidence(entry.getId()));
    EntryForm form = EntryForm.of(entry);
    form.attachEvidenceFile("scan.pdf", PDF);
    entryService.edit(entry.getId(), entry.getVersion(), form);
    assertArrayEquals(PDF, logbookReader.evidence(entry.getId()).content());
  }

  @Test
  void aFileAttachedToAnOpenEntryIsServedAndAnApprovedEntryTakesNone() {
    as(trainee);
    LogEntry entry = entryService.log(first, entryForm());
    LogEntry attached =
        entryService.attachEvidence(entry.getId(), entry.getVersion(), "scan.pdf", PDF);
    assertArrayEquals(PDF, logbookReader.evidence(entry.getId()).content());
    BusinessException renamed =
        assertThrows(
            BusinessException.class,
            () ->
                entryService.attachEvidence(
                    entry.getId(),
                    attached.getVersion(),
                    "photo.png",
                    "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("evidenceFile", renamed.field().orElseThrow());

    as(trainer);
    attendance.save(session(first));
    long attendedId =
        fixtures.count(
            "select max(e.id) from LogEntry e where e.enrolment.id = :p0 and e.session is not null",
            first);
    as(trainee);
    LogEntry approved = logbookReader.entry(attendedId);
    BusinessException closed =
        assertThrows(
            BusinessException.class,
            () -> entryService.attachEvidence(attendedId, approved.getVersion(), "scan.pdf", PDF));
    assertEquals("logbook.evidenceFile.closed", closed.messageKey());
  }
}
