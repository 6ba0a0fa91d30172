package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
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
import org.mentora.course.StaffRole;
import org.mentora.logbook.ReviewService.QueueFilter;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.PageRequest;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * The logbook in the container: entries routed to the right reviewer, only that reviewer (or an
 * administrator) deciding, never the participant, one winner among concurrent deciders with one
 * audit row, and progress that counts approved hours only.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class LogbookIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora().addClass(LogbookFixtures.class);
  }

  @Inject CourseFixtures fixtures;
  @Inject LogbookFixtures logbookFixtures;
  @Inject EntryRouting entryRouting;
  @Inject EntryService entryService;
  @Inject LogbookReader logbookReader;
  @Inject LogbookRulesService logbookRules;
  @Inject ReviewService reviewService;
  @Inject ProgressService progress;
  @Inject AttendanceService attendance;
  @Inject java.time.Clock clock;
  @Inject org.mentora.project.ProjectService projects;
  @Inject org.mentora.course.StaffService staff;

  @Resource ManagedExecutorService executor;

  private World world;
  private String trainee;
  private long traineeId;
  private long enrolment;
  private String mentor;
  private long mentorId;
  private String tutor;
  private long tutorId;
  private String trainer;
  private long trainerId;
  private long faceToFace;

  /** A participant with a mentor, a tutor group and a trainer for a face-to-face module. */
  @BeforeEach
  void world() {
    world = fixtures.world(10);
    trainee = TestData.unique("trainee");
    traineeId = fixtures.person(trainee, "Jānis", "Bērziņš", Role.PARTICIPANT);
    enrolment = fixtures.enrol(world.editionId(), traineeId);
    mentor = TestData.unique("mentor");
    mentorId = fixtures.person(mentor, "Inese", "Liepiņa", Role.MENTOR);
    fixtures.mentor(enrolment, mentorId);
    tutor = TestData.unique("tutor");
    tutorId = fixtures.person(tutor, "Līga", "Bērziņa", Role.TUTOR);
    fixtures.putInGroup(enrolment, fixtures.group(world.editionId(), "A", tutorId));
    trainer = TestData.unique("trainer");
    trainerId = fixtures.person(trainer, "Andris", "Ozols", Role.TRAINER);
    faceToFace = logbookFixtures.faceToFaceModule(world.editionId(), trainerId);
  }

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  /** Today in the programme's time zone (the services' clock), not the test machine's. */
  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static void as(String user) {
    TestLogin.as(user, TestData.PASSWORD);
  }

  private LogEntry log(String mode, Long module, int minutes, int daysAgo) {
    as(trainee);
    return entryService.log(
        enrolment,
        new EntryForm(today().minusDays(daysAgo), mode, module, minutes, TestData.unique("Did")));
  }

  private List<Long> queueIds() {
    return reviewService
        .queue(PageRequest.all(), new QueueFilter(null, null, null, null, null))
        .rows()
        .stream()
        .map(LogEntry::getId)
        .toList();
  }

  // ---- routing

  @Test
  void eachLearningModeIsRoutedToItsReviewer() {
    LogEntry wbl = log(BiblioModes.WORK_BASED, null, 120, 1);
    LogEntry project = log(BiblioModes.PROJECT_BASED, world.moduleProject(), 60, 1);
    LogEntry virtual = log(BiblioModes.VIRTUAL, world.moduleVirtual(), 90, 1);
    LogEntry session = log(BiblioModes.FACE_TO_FACE, faceToFace, 240, 2);

    assertEquals(StaffRole.MENTOR, wbl.getReviewerRole());
    assertEquals(mentorId, wbl.getReviewer().getId());
    assertEquals(mentorId, project.getReviewer().getId());
    assertEquals(StaffRole.TUTOR, virtual.getReviewerRole());
    assertEquals(tutorId, virtual.getReviewer().getId());
    assertEquals(StaffRole.TRAINER, session.getReviewerRole());
    assertEquals(trainerId, session.getReviewer().getId());
  }

  @Test
  void eachReviewerQueuesOnlyWhatWasRoutedToThemOldestFirst() {
    LogEntry recent = log(BiblioModes.WORK_BASED, null, 120, 1);
    LogEntry older = log(BiblioModes.PROJECT_BASED, world.moduleProject(), 60, 5);
    LogEntry virtual = log(BiblioModes.VIRTUAL, world.moduleVirtual(), 90, 3);

    as(mentor);
    assertEquals(List.of(older.getId(), recent.getId()), queueIds());
    assertEquals(
        List.of(recent.getId()),
        reviewService
            .queue(
                PageRequest.all(),
                new QueueFilter("bērziņš", BiblioModes.WORK_BASED, null, null, null))
            .rows()
            .stream()
            .map(LogEntry::getId)
            .toList());
    as(tutor);
    assertEquals(List.of(virtual.getId()), queueIds());
    assertEquals(1, reviewService.waitingCount());
  }

  @Test
  void faceToFaceHoursGoToTheTrainerWhoHeldThatDaysSessionWhoApprovesThem() {
    String second = TestData.unique("trainer");
    long secondId = fixtures.person(second, "Ligita", "Dumpe", Role.TRAINER);
    fixtures.trainer(world.editionId(), faceToFace, secondId);
    as(second);
    attendance.save(
        new AttendanceService.SessionForm(
            world.editionId(),
            faceToFace,
            today().minusDays(3),
            240,
            Set.of(),
            AttendanceService.NO_SESSION));

    LogEntry atTheSession = log(BiblioModes.FACE_TO_FACE, faceToFace, 240, 3);
    LogEntry otherDay = log(BiblioModes.FACE_TO_FACE, faceToFace, 120, 1);

    assertEquals(secondId, atTheSession.getReviewer().getId(), "the session's trainer");
    assertEquals(trainerId, otherDay.getReviewer().getId(), "no session: the module's trainer");
    as(second);
    assertEquals(List.of(atTheSession.getId()), queueIds());
    assertEquals(EntryStatus.APPROVED, reviewService.approve(atTheSession.getId()).getStatus());
  }

  @Test
  void aFaceToFaceModuleNobodyTeachesLeavesTheEntryToTheAdministratorAndShowsAsAGap() {
    long untaught = logbookFixtures.untaughtFaceToFaceModule(world.editionId(), "F9");
    LogEntry entry = log(BiblioModes.FACE_TO_FACE, untaught, 120, 1);
    assertEquals(StaffRole.TRAINER, entry.getReviewerRole());
    assertEquals(null, entry.getReviewer(), "no mentor or tutor stands in for the trainer");

    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    as(admin);
    EntryRouting.TrainerGap gap =
        entryRouting.trainerGaps().stream()
            .filter(g -> g.editionId() == world.editionId())
            .findFirst()
            .orElseThrow();
    assertEquals("F9", gap.moduleCode());
    assertEquals(1, gap.waiting());

    fixtures.trainer(world.editionId(), untaught, trainerId);
    assertTrue(
        entryRouting.trainerGaps().stream().noneMatch(g -> g.editionId() == world.editionId()),
        "a trainer assigned closes the gap");
  }

  @Test
  void aTrainerAssignedLaterTakesOverTheFaceToFaceEntriesThatWaitedForTheAdministrator() {
    long untaught = logbookFixtures.untaughtFaceToFaceModule(world.editionId(), "F8");
    LogEntry waiting = log(BiblioModes.FACE_TO_FACE, untaught, 120, 1);
    LogEntry taught = log(BiblioModes.FACE_TO_FACE, faceToFace, 60, 2);
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    as(admin);
    assertTrue(queueIds().contains(waiting.getId()), "nobody teaches F8: the administrator");
    assertEquals(
        1,
        entryRouting.trainerGaps().stream()
            .filter(g -> g.editionId() == world.editionId() && g.moduleCode().equals("F8"))
            .findFirst()
            .orElseThrow()
            .waiting());

    String newcomer = TestData.unique("trainer");
    long newcomerId = fixtures.person(newcomer, "Ligita", "Dumpe", Role.TRAINER);
    staff.assignTrainer(world.editionId(), untaught, newcomerId);

    assertTrue(
        entryRouting.trainerGaps().stream().noneMatch(g -> g.editionId() == world.editionId()),
        "the gap is closed and nothing of F8 waits for the administrator");
    as(newcomer);
    assertEquals(List.of(waiting.getId()), queueIds(), "the F8 entry moved to its new trainer");
    assertEquals(EntryStatus.APPROVED, reviewService.approve(waiting.getId()).getStatus());
    as(trainer);
    assertEquals(
        List.of(taught.getId()), queueIds(), "other modules' entries stay where they were");
  }

  // ---- authorization

  @Test
  void aMentorCannotApproveAParticipantWhoIsNotTheirs() {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    String otherMentor = TestData.unique("mentor");
    long other = fixtures.person(otherMentor, "Gita", "Krastiņa", Role.MENTOR);
    long otherTrainee =
        fixtures.enrol(
            world.editionId(), fixtures.person(TestData.unique("t"), "A", "B", Role.PARTICIPANT));
    fixtures.mentor(otherTrainee, other);

    as(otherMentor);
    assertThrows(NotFoundException.class, () -> reviewService.approve(entry.getId()));
    assertThrows(NotFoundException.class, () -> reviewService.reject(entry.getId(), "No"));
    assertThrows(NotFoundException.class, () -> reviewService.approveMany(List.of(entry.getId())));
    assertTrue(queueIds().isEmpty());
    assertEquals(EntryStatus.SUBMITTED, logbookFixtures.status(entry.getId()));
  }

  @Test
  void aParticipantCannotApproveOwnEntries() {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    as(trainee);
    assertThrows(EJBAccessException.class, () -> reviewService.approve(entry.getId()));
    assertThrows(EJBAccessException.class, () -> reviewService.approveMany(List.of(entry.getId())));
    assertThrows(
        EJBAccessException.class,
        () ->
            reviewService.queue(PageRequest.all(), new QueueFilter(null, null, null, null, null)));
    assertEquals(EntryStatus.SUBMITTED, logbookFixtures.status(entry.getId()));
  }

  @Test
  void aParticipantWhoIsAlsoStaffStillCannotDecideTheirOwnHours() {
    String both = TestData.unique("both");
    long person =
        fixtures.person(both, "Dace", "Vītola", Role.PARTICIPANT, Role.MENTOR, Role.ADMIN);
    long own = fixtures.enrol(world.editionId(), person);
    fixtures.mentor(own, person);
    as(both);
    LogEntry entry =
        entryService.log(own, new EntryForm(today(), BiblioModes.WORK_BASED, null, 60, "Desk"));
    BusinessException refusal =
        assertThrows(BusinessException.class, () -> reviewService.approve(entry.getId()));
    assertEquals("logbook.notOwnDecision", refusal.messageKey());
  }

  @Test
  void aTutorWhoSeesTheParticipantCannotDecideWhatWentToTheMentor() {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    as(tutor);
    BusinessException refusal =
        assertThrows(BusinessException.class, () -> reviewService.approve(entry.getId()));
    assertEquals("logbook.notYourReview", refusal.messageKey());
  }

  @Test
  void anAdministratorMayDecideAnyEntry() {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    as(admin);
    // The administrator's queue holds every waiting entry of every edition: ask for this one's.
    assertTrue(
        reviewService
            .queue(PageRequest.all(), new QueueFilter(null, null, null, null, enrolment))
            .rows()
            .stream()
            .anyMatch(e -> e.getId().equals(entry.getId())));
    assertEquals(EntryStatus.APPROVED, reviewService.approve(entry.getId()).getStatus());
  }

  // ---- the participant's side

  @Test
  void badInputIsRefusedWithEveryFieldAndNothingIsSaved() {
    as(trainee);
    EntryForm form = new EntryForm(today().plusDays(1), BiblioModes.VIRTUAL, null, 50, " ");
    EntryRefused refused =
        assertThrows(EntryRefused.class, () -> entryService.log(enrolment, form));
    assertEquals(
        List.of("date", "module", "duration", "description"),
        refused.problems().stream().map(HoursPolicy.Problem::field).toList());
    assertTrue(logbookReader.entries(enrolment).isEmpty());
  }

  @Test
  void theDayCapCountsEveryEntryOfTheDayAndAnExactDuplicateIsRefused() {
    log(BiblioModes.WORK_BASED, null, 600, 2);
    EntryRefused cap =
        assertThrows(
            EntryRefused.class, () -> log(BiblioModes.VIRTUAL, world.moduleVirtual(), 150, 2));
    assertEquals("logbook.duration.dayCap", cap.messageKey());

    as(trainee);
    EntryForm form = new EntryForm(today(), BiblioModes.WORK_BASED, null, 60, "Same");
    entryService.log(enrolment, form);
    EntryRefused duplicate =
        assertThrows(EntryRefused.class, () -> entryService.log(enrolment, form));
    assertEquals("logbook.duplicate", duplicate.messageKey());
  }

  @Test
  void aRejectionNeedsACommentWhichTheParticipantSeesFixesAndResubmits() {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    as(mentor);
    BusinessException noComment =
        assertThrows(BusinessException.class, () -> reviewService.reject(entry.getId(), " "));
    assertEquals("comment", noComment.field().orElseThrow());
    reviewService.reject(entry.getId(), "Please say which event");

    as(trainee);
    LogbookReader.EntryView view = logbookReader.entries(enrolment).get(0);
    assertEquals(EntryStatus.REJECTED, view.entry().getStatus());
    assertEquals("Please say which event", view.entry().getLastComment());
    assertEquals("Please say which event", view.trail().get(1).getComment());
    EntryForm fixed = EntryForm.of(view.entry());
    fixed.setDescription("Reading club for seniors, 3 March");
    LogEntry again = entryService.resubmit(entry.getId(), view.entry().getVersion(), fixed);
    assertEquals(EntryStatus.SUBMITTED, again.getStatus());

    List<EntryAudit> trail = logbookReader.entries(enrolment).get(0).trail();
    assertEquals(
        List.of(EntryStatus.SUBMITTED, EntryStatus.REJECTED, EntryStatus.SUBMITTED),
        trail.stream().map(EntryAudit::getToStatus).toList());
    assertEquals(trainee, trail.get(2).getActor());
    assertEquals(mentor, trail.get(1).getActor());
  }

  @Test
  void anApprovedEntryCanNoLongerBeEditedOrWithdrawn() {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    as(mentor);
    LogEntry approved = reviewService.approve(entry.getId());
    as(trainee);
    BusinessException refusal =
        assertThrows(
            BusinessException.class,
            () -> entryService.withdraw(entry.getId(), approved.getVersion()));
    assertEquals("logbook.notOpen", refusal.messageKey());
  }

  @Test
  void aParticipantEditsAndWithdrawsAWaitingEntry() {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    as(trainee);
    EntryForm form = EntryForm.of(entry);
    form.setMinutes(75);
    LogEntry edited = entryService.edit(entry.getId(), entry.getVersion(), form);
    assertEquals(75, edited.getMinutes());
    assertEquals(
        EntryStatus.WITHDRAWN,
        entryService.withdraw(entry.getId(), edited.getVersion()).getStatus());
    as(mentor);
    assertTrue(queueIds().isEmpty());
  }

  // ---- concurrency

  /**
   * An approval and a rejection of the same entry at the same moment (two tabs of one reviewer: the
   * executor's tasks carry the submitting caller, so two different callers cannot race here).
   */
  @Test
  void anApprovalAndARejectionAtOnceLeaveExactlyOneDecision() throws Exception {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    as(mentor);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    results.add(executor.submit(decider(start, () -> reviewService.approve(entry.getId()))));
    results.add(
        executor.submit(
            decider(start, () -> reviewService.reject(entry.getId(), "Not in the plan"))));
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> result : results) {
      outcomes.add(result.get());
    }
    assertEquals(1, outcomes.stream().filter("done"::equals).count(), outcomes.toString());
    assertTrue(
        outcomes.contains("logbook.alreadyDecided") || outcomes.contains("error.concurrentChange"),
        outcomes.toString());
    assertEquals(2, logbookFixtures.allAudits(entry.getId()));
  }

  @Test
  void theSecondOfTwoReviewersIsToldTheEntryWasDecidedAlready() {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    as(mentor);
    reviewService.approve(entry.getId());
    as(admin);
    BusinessException late =
        assertThrows(BusinessException.class, () -> reviewService.reject(entry.getId(), "No"));
    assertEquals("logbook.alreadyDecided", late.messageKey());
    assertEquals(EntryStatus.APPROVED, logbookFixtures.status(entry.getId()));
    assertEquals(2, logbookFixtures.allAudits(entry.getId()));
  }

  @Test
  void twentyConcurrentApprovalsOfOneEntryMakeOneChangeAndOneAuditRow() throws Exception {
    LogEntry entry = log(BiblioModes.WORK_BASED, null, 60, 1);
    as(mentor);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      results.add(executor.submit(decider(start, () -> reviewService.approve(entry.getId()))));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> result : results) {
      outcomes.add(result.get());
    }
    assertEquals(1, outcomes.stream().filter("done"::equals).count(), outcomes.toString());
    assertTrue(
        outcomes.stream()
            .filter(o -> !"done".equals(o))
            .allMatch(Set.of("logbook.alreadyDecided", "error.concurrentChange")::contains),
        outcomes.toString());
    assertEquals(EntryStatus.APPROVED, logbookFixtures.status(entry.getId()));
    assertEquals(1, logbookFixtures.audits(entry.getId(), EntryStatus.APPROVED));
    assertEquals(2, logbookFixtures.allAudits(entry.getId()));
  }

  private static Callable<String> decider(CountDownLatch start, Runnable decision) {
    return () -> {
      start.await();
      try {
        decision.run();
        return "done";
      } catch (BusinessException e) {
        return e.messageKey();
      } catch (RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
      }
    };
  }

  @Test
  void approvingManyApprovesTheWaitingAndSkipsTheDecided() {
    LogEntry first = log(BiblioModes.WORK_BASED, null, 60, 1);
    LogEntry second = log(BiblioModes.PROJECT_BASED, world.moduleProject(), 60, 2);
    LogEntry third = log(BiblioModes.WORK_BASED, null, 45, 3);
    as(mentor);
    reviewService.reject(third.getId(), "Which library?");
    ReviewService.Bulk bulk =
        reviewService.approveMany(List.of(first.getId(), second.getId(), third.getId()));
    assertEquals(new ReviewService.Bulk(2, 1), bulk);
    assertEquals(1, logbookFixtures.audits(first.getId(), EntryStatus.APPROVED));
  }

  // ---- progress

  @Test
  void progressCountsOnlyApprovedHoursAndShowsWaitingAndRecognisedApart() {
    LogEntry approved = log(BiblioModes.VIRTUAL, world.moduleVirtual(), 90, 1);
    LogEntry rejected = log(BiblioModes.VIRTUAL, world.moduleVirtual(), 120, 2);
    log(BiblioModes.VIRTUAL, world.moduleVirtual(), 45, 3);
    LogEntry wbl = log(BiblioModes.WORK_BASED, null, 60, 1);
    as(tutor);
    reviewService.approve(approved.getId());
    reviewService.reject(rejected.getId(), "Duplicate of the webinar");
    as(mentor);
    reviewService.approve(wbl.getId());
    logbookFixtures.approvedWaiver(enrolment, world.moduleProject());

    as(trainee);
    Progress progress = this.progress.progress(enrolment);
    Map<String, Progress.Line> byMode = new java.util.HashMap<>();
    progress.modes().forEach(line -> byMode.put(line.mode().getCode(), line));
    Progress.Line virtual = byMode.get(BiblioModes.VIRTUAL);
    assertEquals(90, virtual.approvedMinutes());
    assertEquals(45, virtual.pendingMinutes());
    assertEquals(160 * 60, virtual.targetMinutes());
    assertEquals(60, byMode.get(BiblioModes.WORK_BASED).approvedMinutes());
    assertEquals(40 * 60, byMode.get(BiblioModes.PROJECT_BASED).recognisedMinutes());
    assertEquals(0, byMode.get(BiblioModes.PROJECT_BASED).approvedMinutes());
    assertEquals(90, progress.blendedTotal().approvedMinutes());
    assertEquals(40 * 60, progress.blendedTotal().recognisedMinutes());
    assertEquals(240 * 60, progress.blendedTotal().targetMinutes());
    assertEquals(
        150L,
        this.progress.overview(enrolment).weeks().stream()
            .mapToLong(WeeklyMinutes.Week::minutes)
            .sum());
  }

  @Test
  void staffWhoDoNotSeeTheParticipantCannotReadTheirLogbook() {
    log(BiblioModes.WORK_BASED, null, 60, 1);
    String stranger = TestData.unique("mentor");
    fixtures.person(stranger, "Vija", "Smiltniece", Role.MENTOR);
    as(stranger);
    assertThrows(NotFoundException.class, () -> logbookReader.entries(enrolment));
    assertThrows(NotFoundException.class, () -> progress.progress(enrolment));
    as(mentor);
    assertEquals(1, logbookReader.entries(enrolment).size());
  }

  @Test
  void hoursLinkedToAProjectShowOnItApprovedApartFromWaitingAndOnlyToThoseWhoSeeIt() {
    as(trainee);
    org.mentora.project.ProjectIdea draft = new org.mentora.project.ProjectIdea();
    draft.setTitle("Library website improvement strategy");
    long idea = projects.create(enrolment, draft, null).getId();
    EntryForm planning =
        new EntryForm(
            today().minusDays(2),
            BiblioModes.PROJECT_BASED,
            world.moduleProject(),
            90,
            "Planned the new menu");
    planning.setProjectIdeaId(idea);
    long planned = entryService.log(enrolment, planning).getId();
    EntryForm building =
        new EntryForm(today().minusDays(1), BiblioModes.WORK_BASED, null, 120, "Built the menu");
    building.setProjectIdeaId(idea);
    entryService.log(enrolment, building);
    log(BiblioModes.WORK_BASED, null, 60, 1);
    TestLogin.logout();

    as(mentor);
    reviewService.approve(planned);
    List<ProgressService.ProjectHours> hours = progress.projectHours(idea);
    assertEquals(
        List.of("PROJECT_BASED 90/0", "WORK_BASED 0/120"),
        hours.stream()
            .map(h -> h.mode() + " " + h.approvedMinutes() + "/" + h.pendingMinutes())
            .sorted()
            .toList());
    TestLogin.logout();

    String stranger = TestData.unique("mentor");
    fixtures.person(stranger, "Gita", "Krastiņa", Role.MENTOR);
    as(stranger);
    assertThrows(NotFoundException.class, () -> progress.projectHours(idea));
  }

  @Test
  void theSecondOfTwoAdministratorsSavingRulesIsToldTheyChangedMeanwhile() {
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    as(admin);
    HoursPolicy.Settings first = new HoursPolicy.Settings(true, 10, 120, 30, true, true);
    HoursPolicy.Settings second = new HoursPolicy.Settings(false, 5, 180, 15, false, false);
    long defaultsSeenByBoth = logbookRules.settingsVersion(world.editionId());
    assertEquals(LogbookRulesService.DEFAULT_RULES, defaultsSeenByBoth);

    logbookRules.saveSettings(world.editionId(), defaultsSeenByBoth, first);
    assertThrows(
        ConcurrentChangeException.class,
        () -> logbookRules.saveSettings(world.editionId(), defaultsSeenByBoth, second));
    assertEquals(first, logbookRules.settings(world.editionId()), "the first save stands");

    long ownRulesSeenByBoth = logbookRules.settingsVersion(world.editionId());
    logbookRules.saveSettings(world.editionId(), ownRulesSeenByBoth, second);
    assertThrows(
        ConcurrentChangeException.class,
        () -> logbookRules.saveSettings(world.editionId(), ownRulesSeenByBoth, first));
    assertEquals(second, logbookRules.settings(world.editionId()));
  }

  @Test
  void anAdministratorSetsAnEditionsRulesAndTheyApplyToTheNextEntry() {
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    as(admin);
    logbookRules.saveSettings(
        world.editionId(),
        logbookRules.settingsVersion(world.editionId()),
        new HoursPolicy.Settings(true, 10, 2 * 60, 30, true, true));
    long version = logbookRules.settingsVersion(world.editionId());
    BusinessException step =
        assertThrows(
            BusinessException.class,
            () ->
                logbookRules.saveSettings(
                    world.editionId(),
                    version,
                    new HoursPolicy.Settings(true, 10, 120, 25, true, true)));
    assertEquals("stepMinutes", step.field().orElseThrow());
    TestLogin.logout();

    as(trainee);
    entryService.log(
        enrolment,
        new EntryForm(today().plusDays(1), BiblioModes.WORK_BASED, null, 90, "Planned ahead"));
    EntryRefused tooMuch =
        assertThrows(
            EntryRefused.class,
            () ->
                entryService.log(
                    enrolment,
                    new EntryForm(
                        today().plusDays(1), BiblioModes.WORK_BASED, null, 60, "And more")));
    assertTrue(
        tooMuch.problems().stream().anyMatch(p -> p.field().equals("duration")),
        tooMuch.problems().toString());
    assertThrows(
        EJBAccessException.class,
        () ->
            logbookRules.saveSettings(
                world.editionId(),
                LogbookRulesService.DEFAULT_RULES,
                HoursPolicy.Settings.DEFAULTS));
  }
}
