package org.mentora.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.course.roster.RosterKind;
import org.mentora.course.roster.RosterReport;
import org.mentora.directory.DirectoryService;
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
 * The course structure's services in the container: rules that refuse bad input with a field,
 * admission by rank within capacity even under concurrency, staff who see only their own
 * participants, and waivers whose evidence is checked by content.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class CourseIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @Inject CourseFixtures fixtures;
  @Inject EditionService editions;
  @Inject ProgrammeService programmes;
  @Inject AdmissionService admission;
  @Inject StaffService staff;
  @Inject WaiverService waivers;
  @Inject CourseAccess access;
  @Inject ParticipationService participation;
  @Inject RosterService roster;
  @Inject DirectoryService directory;

  @Resource ManagedExecutorService executor;

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  private String admin() {
    String user = TestData.unique("admin");
    fixtures.person(user, "Ilze", "Admin", Role.ADMIN);
    TestLogin.as(user, TestData.PASSWORD);
    return user;
  }

  // ---- editions

  @Test
  void anEditionWhosePartsDoNotAddUpIsSavedWithTheDifference() {
    admin();
    World world = fixtures.world(25);
    Edition edition = editions.edition(world.editionId());
    edition.setTargets(HourTargets.ofHours(20, 160, 40, 25, 240, 165));

    EditionService.Saved saved = editions.saveEdition(edition, world.programmeId(), null);

    assertEquals(245 * 60, saved.mismatch().orElseThrow().partsMinutes());
    assertEquals(240 * 60, saved.mismatch().orElseThrow().statedMinutes());
    assertEquals(240 * 60, editions.edition(world.editionId()).getTargets().getBlendedTotal());
  }

  @Test
  void refusesAnEndBeforeTheStartNegativeOrAbsurdHoursAndATakenCode() {
    admin();
    World world = fixtures.world(25);
    Edition edition = editions.edition(world.editionId());
    edition.setEndDate(edition.getStartDate().minusDays(1));
    assertField(
        "endDate",
        "edition.endDate.beforeStart",
        () -> editions.saveEdition(edition, world.programmeId(), null));

    Edition negative = editions.edition(world.editionId());
    negative.setTargets(negative.getTargets().with(BiblioModes.VIRTUAL, -60));
    assertField(
        "target.VIRTUAL",
        "edition.hours.range",
        () -> editions.saveEdition(negative, world.programmeId(), null));

    Edition absurd = editions.edition(world.editionId());
    absurd.setTargets(absurd.getTargets().with(BiblioModes.WORK_BASED, 100_000 * 60));
    assertField(
        "target.WORK_BASED",
        "edition.hours.range",
        () -> editions.saveEdition(absurd, world.programmeId(), null));

    World other = fixtures.world(25);
    Edition copy = editions.edition(other.editionId());
    copy.setCode(editions.edition(world.editionId()).getCode());
    assertField(
        "code", "edition.code.taken", () -> editions.saveEdition(copy, other.programmeId(), null));
  }

  @Test
  void theSecondOfTwoAdministratorsEditingAnEditionIsToldItChangedMeanwhile() {
    admin();
    World world = fixtures.world(25);
    Edition first = editions.edition(world.editionId());
    Edition second = editions.edition(world.editionId());
    first.setTitle("First title");
    editions.saveEdition(first, world.programmeId(), null);
    second.setTitle("Second title");

    assertThrows(
        ConcurrentChangeException.class,
        () -> editions.saveEdition(second, world.programmeId(), null));
    assertEquals("First title", editions.edition(world.editionId()).getTitle());
  }

  @Test
  void theSecondOfTwoAdministratorsMovingAParticipantToAGroupIsToldItChangedMeanwhile() {
    admin();
    World world = fixtures.world(10);
    long enrolment = fixtures.enrol(world.editionId(), fixtures.personWithoutAccount("g"));
    long tutor = fixtures.person(TestData.unique("tutor"), "Līga", "Bērziņa");
    long groupA = fixtures.group(world.editionId(), "A", tutor);
    long groupB = fixtures.group(world.editionId(), "B", tutor);
    long seenByBoth = staff.participant(enrolment).getVersion();

    staff.moveToGroup(enrolment, seenByBoth, groupA);
    assertThrows(
        ConcurrentChangeException.class, () -> staff.moveToGroup(enrolment, seenByBoth, groupB));
    assertEquals(groupA, staff.participant(enrolment).getTutorGroup().getId());
  }

  // ---- admission

  @Test
  void candidatesAreRankedByTheEditionsRuleAndAcceptanceEnrolsThem() {
    admin();
    World world = fixtures.world(10);
    long noMooc = fixtures.personWithoutAccount("nomooc");
    long moocOnly = fixtures.personWithoutAccount("mooc");
    long all = fixtures.personWithoutAccount("all");
    admission.recordApplication(world.editionId(), noMooc, form(false, "Idea"));
    admission.recordApplication(world.editionId(), moocOnly, form(true, null));
    admission.recordApplication(world.editionId(), all, form(true, "Digital safety strategy"));

    List<AdmissionService.RankedApplication> ranked = admission.ranked(world.editionId());

    assertEquals(
        List.of(all, moocOnly, noMooc),
        ranked.stream().map(r -> r.application().getPerson().getId()).toList());
    admission.decide(
        ranked.get(0).getId(),
        ranked.get(0).getApplication().getVersion(),
        ApplicationStatus.ACCEPTED,
        null);
    assertEquals(1, editions.activeEnrolments(world.editionId()));
    BusinessException again =
        assertThrows(
            BusinessException.class,
            () -> admission.recordApplication(world.editionId(), all, form(true, "x")));
    assertEquals("admission.alreadyEnrolled", again.messageKey());
  }

  @Test
  void acceptanceGivesTheCandidatesAccountTheParticipantRole() {
    admin();
    World world = fixtures.world(10);
    long candidate = fixtures.person(TestData.unique("cand"), "Σοφία", "Παπαδοπούλου");
    Application application =
        admission.recordApplication(world.editionId(), candidate, form(true, "Idea"));
    admission.decide(
        application.getId(), application.getVersion(), ApplicationStatus.ACCEPTED, "Welcome");
    assertTrue(fixtures.rolesOf(candidate).contains(Role.PARTICIPANT));
  }

  @Test
  void aFullEditionRefusesAnotherAcceptanceAndSaysWhy() {
    admin();
    World world = fixtures.world(1);
    Application first =
        admission.recordApplication(
            world.editionId(), fixtures.personWithoutAccount("a"), form(true, null));
    Application second =
        admission.recordApplication(
            world.editionId(), fixtures.personWithoutAccount("b"), form(true, null));
    admission.decide(first.getId(), first.getVersion(), ApplicationStatus.ACCEPTED, null);

    BusinessException full =
        assertThrows(
            BusinessException.class,
            () ->
                admission.decide(
                    second.getId(), second.getVersion(), ApplicationStatus.ACCEPTED, null));
    assertEquals("admission.full", full.messageKey());
    admission.decide(second.getId(), second.getVersion(), ApplicationStatus.WAITLISTED, null);
    assertEquals(1, editions.activeEnrolments(world.editionId()));
  }

  @Test
  void ofTwoAdministratorsDecidingAWaitListedApplicationAgainTheSecondIsRefused() {
    admin();
    World world = fixtures.world(10);
    Application applied =
        admission.recordApplication(
            world.editionId(), fixtures.personWithoutAccount("wait"), form(true, null));
    admission.decide(
        applied.getId(), applied.getVersion(), ApplicationStatus.WAITLISTED, "First on the list");

    // Both administrators open the list; the first moves the note on, keeping it wait-listed.
    long loaded = shown(world, applied.getId()).getVersion();
    admission.decide(applied.getId(), loaded, ApplicationStatus.WAITLISTED, "Call in March");
    // The second, who still sees the old note, rejects it: refused, nothing of the first is lost.
    assertThrows(
        ConcurrentChangeException.class,
        () -> admission.decide(applied.getId(), loaded, ApplicationStatus.REJECTED, "No place"));
    Application now = shown(world, applied.getId());
    assertEquals(ApplicationStatus.WAITLISTED, now.getStatus());
    assertEquals("Call in March", now.getDecisionNote());

    // Having loaded it again, the second's decision goes through.
    admission.decide(applied.getId(), now.getVersion(), ApplicationStatus.ACCEPTED, null);
    assertEquals(1, editions.activeEnrolments(world.editionId()));
  }

  /** The application as the admission page lists it. */
  private Application shown(World world, long applicationId) {
    return admission.ranked(world.editionId()).stream()
        .filter(r -> r.getId() == applicationId)
        .findFirst()
        .orElseThrow()
        .application();
  }

  @Test
  void twoAdministratorsAcceptingForTheLastPlaceAtOnceEnrolExactlyOne() throws Exception {
    String user = admin();
    World world = fixtures.world(1);
    List<Application> applications = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      applications.add(
          admission.recordApplication(
              world.editionId(), fixtures.personWithoutAccount("race"), form(true, null)));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (Application application : applications) {
      Callable<String> accept =
          () -> {
            start.await();
            try {
              admission.decide(
                  application.getId(), application.getVersion(), ApplicationStatus.ACCEPTED, null);
              return "accepted";
            } catch (BusinessException e) {
              return e.messageKey();
            } catch (RuntimeException e) {
              return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
          };
      results.add(executor.submit(accept));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> result : results) {
      outcomes.add(result.get());
    }
    assertEquals(
        1,
        outcomes.stream().filter("accepted"::equals).count(),
        outcomes.toString() + " as " + user);
    assertEquals(
        3, outcomes.stream().filter("admission.full"::equals).count(), outcomes.toString());
    assertEquals(1, editions.activeEnrolments(world.editionId()));
  }

  @Test
  void aTraineeAppliesTheAdministratorRanksAndAdmitsAndTheTraineeIsEnrolled() {
    World world = fixtures.world(10);
    String user = TestData.unique("cand");
    long candidate = fixtures.person(user, "Līga", "Ābele", Role.PARTICIPANT);
    TestLogin.as(user, TestData.PASSWORD);
    assertTrue(
        admission.openToMe().stream().anyMatch(e -> e.getId() == world.editionId()),
        "an open edition is offered to a trainee who is not in it");
    Application application = admission.apply(world.editionId(), form(true, "Reading club"));
    assertEquals(ApplicationStatus.SUBMITTED, admission.myApplications().get(0).getStatus());
    BusinessException twice =
        assertThrows(
            BusinessException.class, () -> admission.apply(world.editionId(), form(true, null)));
    assertEquals("admission.alreadyApplied", twice.messageKey());

    admin();
    List<AdmissionService.RankedApplication> ranked = admission.ranked(world.editionId());
    assertEquals(1, ranked.get(0).getRank());
    assertEquals(application.getId(), ranked.get(0).getId());
    admission.decide(
        ranked.get(0).getId(),
        ranked.get(0).getApplication().getVersion(),
        ApplicationStatus.ACCEPTED,
        "Welcome");
    assertTrue(
        editions.participants(world.editionId(), PageRequest.all()).rows().stream()
            .anyMatch(
                r -> r.enrolment().getPerson().getId() == candidate && r.enrolment().isActive()));

    TestLogin.as(user, TestData.PASSWORD);
    assertEquals(world.editionId(), participation.myEnrolments().get(0).getEdition().getId());
    assertEquals(ApplicationStatus.ACCEPTED, admission.myApplications().get(0).getStatus());
    assertFalse(admission.openToMe().stream().anyMatch(e -> e.getId() == world.editionId()));
  }

  @Test
  void staffCannotApplyToTheirOwnEditionAndAdministratorsOrTrainersNotAtAll() {
    World world = fixtures.world(10);
    String mentorUser = TestData.unique("mentor");
    long mentor = fixtures.person(mentorUser, "Inese", "Liepiņa", Role.MENTOR);
    fixtures.mentor(fixtures.enrol(world.editionId(), fixtures.personWithoutAccount("p")), mentor);
    TestLogin.as(mentorUser, TestData.PASSWORD);
    assertFalse(admission.openToMe().stream().anyMatch(e -> e.getId() == world.editionId()));
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> admission.apply(world.editionId(), form(true, null)));
    assertEquals("admission.staffOfEdition", refused.messageKey());
    World other = fixtures.world(10);
    admission.apply(other.editionId(), form(false, null));

    String trainerUser = TestData.unique("trainer");
    fixtures.person(trainerUser, "Andris", "Ozols", Role.TRAINER);
    TestLogin.as(trainerUser, TestData.PASSWORD);
    assertThrows(
        EJBAccessException.class, () -> admission.apply(world.editionId(), form(true, null)));
    admin();
    assertThrows(
        EJBAccessException.class, () -> admission.apply(world.editionId(), form(true, null)));
  }

  // ---- staff and who sees whom

  @Test
  void aMentorSeesOnlyTheirOwnParticipants() {
    World world = fixtures.world(10);
    String mentorUser = TestData.unique("mentor");
    long mentor = fixtures.person(mentorUser, "Inese", "Liepiņa", Role.MENTOR);
    long mine =
        fixtures.enrol(
            world.editionId(),
            fixtures.person(TestData.unique("p"), "Jānis", "Bērziņš", Role.PARTICIPANT));
    long notMine =
        fixtures.enrol(
            world.editionId(),
            fixtures.person(TestData.unique("p"), "Мария", "Иванова", Role.PARTICIPANT));
    fixtures.mentor(mine, mentor);

    TestLogin.as(mentorUser, TestData.PASSWORD);

    assertEquals(
        List.of(mine),
        staff.myParticipants().stream().map(StaffService.MyParticipant::getId).toList());
    assertEquals("Jānis Bērziņš", staff.participant(mine).getPerson().getFullName());
    assertThrows(NotFoundException.class, () -> staff.participant(notMine));
    assertThrows(NotFoundException.class, () -> waivers.ofEnrolment(notMine));
    assertThrows(
        EJBAccessException.class,
        () -> editions.participants(world.editionId(), PageRequest.all()));
  }

  @Test
  void aTutorSeesTheirGroupAndATrainerTheEditionsTheyTeach() {
    World world = fixtures.world(10);
    String tutorUser = TestData.unique("tutor");
    long tutor = fixtures.person(tutorUser, "Līga", "Bērziņa", Role.TUTOR);
    String trainerUser = TestData.unique("trainer");
    long trainer = fixtures.person(trainerUser, "Andris", "Ozols", Role.TRAINER);
    long inGroup = fixtures.enrol(world.editionId(), fixtures.personWithoutAccount("g"));
    long outside = fixtures.enrol(world.editionId(), fixtures.personWithoutAccount("o"));
    fixtures.putInGroup(inGroup, fixtures.group(world.editionId(), "A", tutor));
    fixtures.trainer(world.editionId(), world.moduleVirtual(), trainer);
    World otherEdition = fixtures.world(10);
    long elsewhere = fixtures.enrol(otherEdition.editionId(), fixtures.personWithoutAccount("e"));

    TestLogin.as(tutorUser, TestData.PASSWORD);
    assertEquals(
        List.of(inGroup),
        staff.myParticipants().stream().map(StaffService.MyParticipant::getId).toList());
    assertThrows(NotFoundException.class, () -> staff.participant(outside));

    TestLogin.as(trainerUser, TestData.PASSWORD);
    List<Long> taught =
        staff.myParticipants().stream().map(StaffService.MyParticipant::getId).toList();
    assertTrue(taught.containsAll(List.of(inGroup, outside)), taught.toString());
    assertFalse(taught.contains(elsewhere));
    assertThrows(NotFoundException.class, () -> staff.participant(elsewhere));
  }

  @Test
  void aParticipantSeesThemselvesAndNobodyElse() {
    World world = fixtures.world(10);
    String user = TestData.unique("p");
    long me =
        fixtures.enrol(
            world.editionId(), fixtures.person(user, "Jānis", "Bērziņš", Role.PARTICIPANT));
    long other = fixtures.enrol(world.editionId(), fixtures.personWithoutAccount("x"));

    TestLogin.as(user, TestData.PASSWORD);

    assertEquals(me, participation.myEnrolments().get(0).getId());
    assertEquals(3, participation.modules(me).size());
    assertThrows(NotFoundException.class, () -> staff.participant(other));
    assertThrows(EJBAccessException.class, () -> staff.myParticipants());
    assertThrows(
        EJBAccessException.class,
        () -> editions.participants(world.editionId(), PageRequest.all()));
    assertThrows(EJBAccessException.class, () -> admission.ranked(world.editionId()));
  }

  @Test
  void assigningAnotherMentorKeepsTheHistoryAndGrantsTheMentorRole() {
    admin();
    World world = fixtures.world(10);
    long enrolment = fixtures.enrol(world.editionId(), fixtures.personWithoutAccount("p"));
    long first = fixtures.person(TestData.unique("m1"), "Gita", "Krastiņa");
    long second = fixtures.person(TestData.unique("m2"), "Dzintra", "Mežule");

    staff.assignMentor(enrolment, first, MentorRelation.OWN_LIBRARY, false);
    staff.assignMentor(enrolment, second, MentorRelation.PARTNER_ORGANISATION, false);

    assertEquals(second, staff.currentMentor(enrolment).orElseThrow().getStaff().getId());
    List<StaffAssignment> mentors =
        staff.history(world.editionId()).stream()
            .filter(a -> a.getRole() == StaffRole.MENTOR)
            .toList();
    assertEquals(2, mentors.size());
    assertEquals(1, mentors.stream().filter(StaffAssignment::isCurrent).count());
    assertTrue(fixtures.rolesOf(second).contains(Role.MENTOR));
    assertField(
        "relation",
        "staff.relation.required",
        () -> staff.assignMentor(enrolment, first, null, false));
  }

  @Test
  void aFellowTraineeIsOfferedAfterStaffAndBecomesMentorOnlyWhenConfirmed() {
    admin();
    World world = fixtures.world(10);
    String name = TestData.unique("Liep");
    long trainee = fixtures.person(TestData.unique("t"), "Anna", name + "a", Role.PARTICIPANT);
    fixtures.enrol(world.editionId(), trainee);
    long mentor = fixtures.person(TestData.unique("m"), "Inese", name + "iņa", Role.MENTOR);
    long enrolment = fixtures.enrol(world.editionId(), fixtures.personWithoutAccount("p"));

    List<StaffService.StaffCandidate> offered = staff.candidates(world.editionId(), name, 15);
    assertEquals(List.of(mentor, trainee), offered.stream().map(c -> c.person().getId()).toList());
    assertTrue(offered.get(0).isStaff());
    assertEquals(List.of(Role.MENTOR), offered.get(0).getRoles());
    assertTrue(offered.get(1).isParticipant());

    assertField(
        "mentor",
        StaffService.FELLOW_TRAINEE_NEEDS_CONFIRMATION,
        () -> staff.assignMentor(enrolment, trainee, MentorRelation.OWN_LIBRARY, false));
    assertTrue(staff.currentMentor(enrolment).isEmpty());
    staff.assignMentor(enrolment, trainee, MentorRelation.OWN_LIBRARY, true);
    assertEquals(trainee, staff.currentMentor(enrolment).orElseThrow().getStaff().getId());
  }

  // ---- programmes

  @Test
  void aProgrammesDefaultsMustAddUpAndANewEditionFromThemSavesWithoutAWarning() {
    admin();
    World world = fixtures.world(10);
    Programme programme = programmes.programme(world.programmeId());
    programme.setDefaultTargets(HourTargets.ofHours(20, 160, 40, 25, 240, 165));
    assertField(
        "blendedTotal", "programme.defaults.mismatch", () -> programmes.saveProgramme(programme));
    programme.setDefaultTargets(HourTargets.ofHours(20, 155, 40, 25, 240, 165));
    programme.setDefaultCapacity(0);
    assertField(
        "defaultCapacity", "edition.capacity.range", () -> programmes.saveProgramme(programme));
    programme.setDefaultCapacity(30);
    programmes.saveProgramme(programme);

    Programme saved = programmes.programme(world.programmeId());
    assertEquals(240 * 60, saved.getDefaultTargets().getBlendedTotal());
    assertEquals(155 * 60, saved.getDefaultTargets().target(BiblioModes.VIRTUAL));
    assertEquals(30, saved.getDefaultCapacity());
    Edition fresh = new Edition(null);
    fresh.setCode(TestData.unique("NEW"));
    fresh.setTitle("From the defaults");
    fresh.setCountry("LV");
    fresh.setLanguage("lv");
    fresh.setStartDate(editions.edition(world.editionId()).getStartDate());
    fresh.setEndDate(editions.edition(world.editionId()).getEndDate());
    fresh.setTargets(saved.getDefaultTargets());
    fresh.setCapacity(saved.getDefaultCapacity());
    EditionService.Saved created = editions.saveEdition(fresh, world.programmeId(), null);
    assertTrue(created.mismatch().isEmpty(), created.mismatch().toString());
    assertEquals(30, created.edition().getCapacity());
  }

  // ---- waivers

  @Test
  void anApprovedWaiverCountsTheModuleAsDoneAndCreditsItsHours() {
    World world = fixtures.world(10);
    String user = TestData.unique("p");
    long enrolment =
        fixtures.enrol(world.editionId(), fixtures.person(user, "Anna", "Ozola", Role.PARTICIPANT));
    TestLogin.as(user, TestData.PASSWORD);
    Waiver waiver =
        waivers.request(enrolment, world.moduleVirtual(), "cert.pdf", pdf(), "ECDL certificate");
    assertField(
        "module",
        "waiver.alreadyRequested",
        () -> waivers.request(enrolment, world.moduleVirtual(), "cert.pdf", pdf(), null));

    admin();
    assertField(
        "reason", "waiver.reason.required", () -> waivers.decide(waiver.getId(), false, " "));
    waivers.decide(waiver.getId(), true, null);

    assertEquals(8 * 60, waivers.recognisedMinutes(enrolment));
    assertTrue(
        participation.modules(enrolment).stream()
            .filter(m -> m.getId() == world.moduleVirtual())
            .findFirst()
            .orElseThrow()
            .isWaived());
  }

  @Test
  void anExecutableRenamedToPdfAndAnOversizedFileAreRefusedAndNothingIsSaved() {
    World world = fixtures.world(10);
    String user = TestData.unique("p");
    long enrolment =
        fixtures.enrol(world.editionId(), fixtures.person(user, "Anna", "Ozola", Role.PARTICIPANT));
    TestLogin.as(user, TestData.PASSWORD);
    byte[] elf = new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
    byte[] windows =
        "MZ\u0090\u0000 This program cannot be run in DOS mode"
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] huge = new byte[11 * 1024 * 1024];
    System.arraycopy(pdf(), 0, huge, 0, pdf().length);

    assertField(
        "evidence",
        "file.typeNotAllowed",
        () -> waivers.request(enrolment, world.moduleVirtual(), "certificate.pdf", elf, null));
    assertField(
        "evidence",
        "file.typeNotAllowed",
        () -> waivers.request(enrolment, world.moduleVirtual(), "certificate.pdf", windows, null));
    assertField(
        "evidence",
        "file.tooLarge",
        () -> waivers.request(enrolment, world.moduleVirtual(), "certificate.pdf", huge, null));
    assertTrue(waivers.ofEnrolment(enrolment).isEmpty());
  }

  @Test
  void evidenceIsServedOnlyToThoseWhoMaySeeTheParticipant() {
    World world = fixtures.world(10);
    String owner = TestData.unique("p");
    long enrolment =
        fixtures.enrol(
            world.editionId(), fixtures.person(owner, "Anna", "Ozola", Role.PARTICIPANT));
    String stranger = TestData.unique("p");
    fixtures.enrol(
        world.editionId(), fixtures.person(stranger, "Laura", "Krūmiņa", Role.PARTICIPANT));
    TestLogin.as(owner, TestData.PASSWORD);
    Waiver waiver =
        waivers.request(enrolment, world.moduleVirtual(), "../../etc/cert\".pdf", pdf(), null);
    WaiverService.Evidence evidence = waivers.evidence(waiver.getId());
    assertEquals("application/pdf", evidence.file().getContentType());
    assertEquals("cert_.pdf", evidence.file().getFilename());

    TestLogin.as(stranger, TestData.PASSWORD);
    assertThrows(NotFoundException.class, () -> waivers.evidence(waiver.getId()));
  }

  // ---- helpers

  private static ApplicationForm form(boolean mooc, String idea) {
    ApplicationForm form = new ApplicationForm();
    form.setMoocCompleted(mooc);
    form.setMoocEvidence(mooc ? "MOOC-1" : null);
    form.setProjectIdeaTitle(idea);
    return form;
  }

  private static byte[] pdf() {
    return "%PDF-1.4\n%test\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void assertField(String field, String key, Runnable action) {
    BusinessException refusal = assertThrows(BusinessException.class, action::run);
    assertEquals(key, refusal.messageKey(), refusal.toString());
    assertEquals(field, refusal.field().orElse(null), refusal.toString());
  }

  // ---- roster import

  private static byte[] csv(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String participantsCsv(String library, String prefix, int rows) {
    StringBuilder file =
        new StringBuilder("\uFEFFemail;given_name;family_name;organisation;language\n");
    for (int i = 0; i < rows; i++) {
      file.append(prefix)
          .append(i)
          .append("@roster.example;Jānis;Bērziņš ")
          .append(i)
          .append(';')
          .append(library)
          .append(";lv\n");
    }
    return file.toString();
  }

  @Test
  void aRosterEnrolsItsPeopleAndImportingItAgainChangesNothing() {
    admin();
    World world = fixtures.world(25);
    String library = fixtures.organisation("Cēsu bibliotēka", "LV");
    String prefix = TestData.unique("r");
    byte[] file =
        csv(
            participantsCsv(library, prefix, 3)
                + "maria."
                + prefix
                + "@roster.example;Мария;Иванова;"
                + library
                + ";bg\n");

    RosterReport dryRun = roster.check(RosterKind.ENROLMENTS, world.editionId(), file);
    assertTrue(dryRun.isClean(), dryRun.problems().toString());
    assertEquals(4, dryRun.created());
    assertEquals(
        0,
        fixtures.count(
            "select count(e) from Enrolment e where e.edition.id = :p0", world.editionId()),
        "a dry run writes nothing");

    RosterReport first = roster.importRoster(RosterKind.ENROLMENTS, world.editionId(), file);
    assertTrue(first.imported());
    assertEquals(4, first.created());
    assertEquals(
        4,
        fixtures.count(
            "select count(e) from Enrolment e where e.edition.id = :p0", world.editionId()));
    assertEquals(
        "Иванова",
        directory
            .personByEmail("maria." + prefix + "@roster.example")
            .orElseThrow()
            .getFamilyName());

    RosterReport again = roster.importRoster(RosterKind.ENROLMENTS, world.editionId(), file);
    assertEquals(List.of(0, 0, 4), List.of(again.created(), again.updated(), again.unchanged()));
    assertEquals(
        4,
        fixtures.count(
            "select count(e) from Enrolment e where e.edition.id = :p0", world.editionId()));
    assertEquals(
        4,
        fixtures.count("select count(p) from Person p where p.email like :p0", "%" + prefix + "%"));
  }

  @Test
  void aBadRowAtLine9999OfTenThousandCommitsNothing() {
    admin();
    World world = fixtures.world(Edition.MAX_CAPACITY);
    String library = fixtures.organisation("Rīgas bibliotēka", "LV");
    String prefix = TestData.unique("big");
    String good = participantsCsv(library, prefix, 10_000);
    // Line 1 is the header, so data row 9,997 (0-based) is on line 9,999.
    String bad = good.replace(prefix + "9997@roster.example", "not-an-address");

    RosterReport report = roster.importRoster(RosterKind.ENROLMENTS, world.editionId(), csv(bad));

    assertFalse(report.imported());
    assertEquals(1, report.problems().size(), report.problems().toString());
    assertEquals(9_999, report.problems().get(0).line());
    assertEquals("roster.row.emailInvalid", report.problems().get(0).messageKey());
    assertEquals(
        0,
        fixtures.count("select count(p) from Person p where p.email like :p0", "%" + prefix + "%"));
    assertEquals(
        0,
        fixtures.count(
            "select count(e) from Enrolment e where e.edition.id = :p0", world.editionId()));

    RosterReport fixed = roster.importRoster(RosterKind.ENROLMENTS, world.editionId(), csv(good));
    assertTrue(fixed.imported(), fixed.problems().toString());
    assertEquals(
        10_000,
        fixtures.count(
            "select count(e) from Enrolment e where e.edition.id = :p0", world.editionId()));
  }

  @Test
  void anUnknownOrganisationADuplicateEmailAndAFullEditionAreNamedAndNothingIsSaved() {
    admin();
    World world = fixtures.world(2);
    String library = fixtures.organisation("Valmieras bibliotēka", "LV");
    String prefix = TestData.unique("bad");
    String text =
        "email,given_name,family_name,organisation\n"
            + prefix
            + "a@x.lv,Anna,Ozola,"
            + library
            + "\n"
            + prefix
            + "b-at-x.lv,Berta,Liepa,No Such Library\n"
            + prefix
            + "A@x.lv,Anna,Again,"
            + library
            + "\n";

    RosterReport report = roster.importRoster(RosterKind.ENROLMENTS, world.editionId(), csv(text));

    assertFalse(report.imported());
    assertEquals(
        List.of(
            "3:roster.row.emailInvalid",
            "3:roster.row.organisationUnknown",
            "4:roster.row.duplicate"),
        report.problems().stream().map(p -> p.line() + ":" + p.messageKey()).toList());
    assertEquals(
        0,
        fixtures.count(
            "select count(p) from Person p where p.email like :p0",
            prefix.toLowerCase(java.util.Locale.ROOT) + "%"));

    RosterReport full =
        roster.check(
            RosterKind.ENROLMENTS, world.editionId(), csv(participantsCsv(library, prefix, 3)));
    assertEquals("roster.file.overCapacity", full.problems().get(0).messageKey());
    assertEquals(0, full.problems().get(0).line());
  }

  @Test
  void organisationsImportMatchesOnNameAndCountryAndExportRoundTrips() {
    admin();
    String name = TestData.unique("Ogres bibliotēka");
    byte[] file = csv("name;kind;country;region;city\n" + name + ";public;lv;Vidzeme;Ogre\n");

    assertEquals(1, roster.importRoster(RosterKind.ORGANISATIONS, null, file).created());
    byte[] moved =
        csv(
            "name;kind;country;region;city\n"
                + name.toUpperCase(java.util.Locale.ROOT)
                + ";REGIONAL;LV;Vidzeme;Ogre\n");
    RosterReport second = roster.importRoster(RosterKind.ORGANISATIONS, null, moved);
    assertEquals(List.of(0, 1), List.of(second.created(), second.updated()));

    String exported =
        new String(
            roster.export(RosterKind.ORGANISATIONS, null), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        exported.startsWith("\uFEFFname,kind,country,region,city"), exported.substring(0, 40));
    assertTrue(exported.contains(name + ",REGIONAL,LV,Vidzeme,Ogre"));
    RosterReport reimport = roster.check(RosterKind.ORGANISATIONS, null, csv(exported));
    assertTrue(reimport.isClean(), reimport.problems().toString());
    assertEquals(0, reimport.created() + reimport.updated());
  }

  @Test
  void onlyAnAdministratorMayImportOrExportARoster() {
    String user = TestData.unique("trainee");
    fixtures.person(user, "Jānis", "Bērziņš", Role.PARTICIPANT, Role.MENTOR);
    TestLogin.as(user, TestData.PASSWORD);

    assertThrows(
        EJBAccessException.class,
        () ->
            roster.check(
                RosterKind.PEOPLE, null, csv("email,given_name,family_name\na@b.lv,A,B\n")));
    assertThrows(EJBAccessException.class, () -> roster.export(RosterKind.PEOPLE, null));
  }
}
