package org.mentora.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.certificate.CertificateFixtures;
import org.mentora.certificate.CertificateService;
import org.mentora.certificate.CertificateSnapshot;
import org.mentora.certificate.CompletionRules;
import org.mentora.certificate.Eligibility;
import org.mentora.certificate.EligibilityService;
import org.mentora.certificate.ProjectRequirement;
import org.mentora.certificate.Shortfall;
import org.mentora.competence.AssessmentMoment;
import org.mentora.competence.AssessmentService;
import org.mentora.competence.CompetenceFixtures;
import org.mentora.competence.RatingForm;
import org.mentora.course.BiblioModes;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.LogbookFixtures;
import org.mentora.logbook.Progress;
import org.mentora.logbook.ProgressService;
import org.mentora.logbook.WeeklyMinutes;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectStatus;
import org.mentora.report.AtRiskRule.Reason;
import org.mentora.report.EditionDashboard.GroupBy;
import org.mentora.report.ReportFixtures.StatementCounter;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.LogbookGenerator;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * The dashboards' figures on a small world with known totals: an edition of four participants (one
 * on pace with every kind of entry and a waived module, one silent and behind, one withdrawn, one
 * without a host library who never logged) beside a second edition in another country; who may see
 * which dashboard; and how many SQL statements each dashboard costs.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class ReportIT {

  /** The most statements a dashboard may issue, whatever the number of participants. */
  private static final int MAX_STATEMENTS = 10;

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora()
        .addClasses(
            ReportFixtures.class,
            LogbookFixtures.class,
            CompetenceFixtures.class,
            CertificateFixtures.class);
  }

  @Inject CourseFixtures fixtures;
  @Inject ReportFixtures report;
  @Inject LogbookFixtures logbookFixtures;
  @Inject CompetenceFixtures competenceFixtures;
  @Inject AssessmentService assessments;
  @Inject TraineeDashboards traineeDashboards;
  @Inject StaffDashboards staffDashboards;
  @Inject EditionDashboards editionDashboards;
  @Inject EditionCompletions completions;
  @Inject CertificateFixtures certificates;
  @Inject CertificateService certificateService;
  @Inject EligibilityService eligibilityService;
  @Inject ProgressService progressService;
  @Inject LogbookGenerator generator;
  @Inject Clock clock;

  private World world;
  private long second;
  private String admin;
  private String anna;
  private String mentor;
  private String otherMentor;
  private long annaEnrolment;
  private long bertsEnrolment;
  private long claraEnrolment;
  private long dainisEnrolment;
  private long evaEnrolment;
  private long browsing;

  @BeforeEach
  void world() {
    world = fixtures.world(50);
    second = fixtures.world(50).editionId();
    admin = TestData.unique("admin");
    fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    long vidzeme = report.organisation("Cēsis library", "LV", "Vidzeme");
    long kurzeme = report.organisation("Kuldīga library", "LV", "Kurzeme");
    long harju = report.organisation("Tallinn library", "EE", "Harju");

    anna = TestData.unique("anna");
    annaEnrolment =
        report.enrol(
            world.editionId(), fixtures.person(anna, "Anna", "Ābele", Role.PARTICIPANT), vidzeme);
    String berts = TestData.unique("berts");
    bertsEnrolment =
        report.enrol(
            world.editionId(),
            fixtures.person(berts, "Berts", "Bērziņš", Role.PARTICIPANT),
            kurzeme);
    claraEnrolment =
        report.enrol(world.editionId(), fixtures.personWithoutAccount("clara"), vidzeme);
    dainisEnrolment =
        report.enrol(world.editionId(), fixtures.personWithoutAccount("dainis"), null);
    evaEnrolment = report.enrol(second, fixtures.personWithoutAccount("eva"), harju);

    mentor = TestData.unique("mentor");
    long mentorId = fixtures.person(mentor, "Inese", "Liepiņa", Role.MENTOR);
    fixtures.mentor(annaEnrolment, mentorId);
    fixtures.mentor(bertsEnrolment, mentorId);
    otherMentor = TestData.unique("mentor");
    fixtures.mentor(dainisEnrolment, fixtures.person(otherMentor, "Other", "Mentor", Role.MENTOR));

    // Anna: on pace. Approved 80 h virtual (four days), 20 h face-to-face, 10 h work-based; a
    // rejected and a
    // withdrawn entry (never counted); 2 h waiting; the 8 h virtual module waived.
    for (int day = 3; day <= 6; day++) { // at most 24 h per entry
      report.entry(annaEnrolment, BiblioModes.VIRTUAL, 1200, EntryStatus.APPROVED, day);
    }
    report.entry(annaEnrolment, BiblioModes.FACE_TO_FACE, 1200, EntryStatus.APPROVED, 10);
    report.entry(annaEnrolment, BiblioModes.WORK_BASED, 600, EntryStatus.APPROVED, 1);
    report.entry(annaEnrolment, BiblioModes.VIRTUAL, 300, EntryStatus.REJECTED, 2);
    report.entry(annaEnrolment, BiblioModes.VIRTUAL, 60, EntryStatus.WITHDRAWN, 2);
    report.entry(annaEnrolment, BiblioModes.PROJECT_BASED, 120, EntryStatus.SUBMITTED, 0);
    logbookFixtures.approvedWaiver(annaEnrolment, world.moduleVirtual());
    // Berts: one approved hour, twenty days ago; nothing since.
    report.entry(bertsEnrolment, BiblioModes.VIRTUAL, 60, EntryStatus.APPROVED, 20);
    // Clara: withdrawn, her approved hours count nowhere.
    report.entry(claraEnrolment, BiblioModes.VIRTUAL, 600, EntryStatus.APPROVED, 5);
    report.withdraw(claraEnrolment);
    // Eva, in the second edition: 20 h approved.
    report.entry(evaEnrolment, BiblioModes.VIRTUAL, 1200, EntryStatus.APPROVED, 4);

    report.idea(annaEnrolment, ProjectStatus.DRAFT, true);
    report.idea(bertsEnrolment, ProjectStatus.SUBMITTED, false);
    report.idea(claraEnrolment, ProjectStatus.APPROVED, true);

    competenceFixtures.profile(world.editionId(), Map.of("1.1", 3, "1.2", 4));
    browsing = competenceFixtures.digComp("1.1");
    as(mentor);
    RatingForm form = new RatingForm();
    form.setCompetenceId(browsing);
    form.setMoment(AssessmentMoment.COURSE_START);
    form.setLevel(4);
    assessments.rate(annaEnrolment, form);
    TestLogin.logout();
  }

  @AfterEach
  void logout() throws ReflectiveOperationException {
    report.removeCounter();
    TestLogin.logout();
  }

  private static void as(String user) {
    TestLogin.as(user, TestData.PASSWORD);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private EditionDashboard edition(String country, String region, long... editions) {
    as(admin);
    return editionDashboards.editionDashboard(
        new EditionFilter(
            java.util.Arrays.stream(editions).boxed().toList(), country, region, null));
  }

  // ---- the administrator's figures

  @Test
  void countsApprovedHoursOnlyAndLeavesWithdrawnParticipantsOut() {
    EditionDashboard dashboard = edition(null, null, world.editionId());
    EditionDashboard.EditionRow row = dashboard.editions().get(0);
    assertEquals(3, row.enrolled());
    assertEquals(1, row.withdrawn());
    assertEquals(1, row.active(), "only Anna logged within the inactive days");
    assertEquals(2, row.atRisk(), "Berts behind and silent, Dainis never logged");
    assertEquals(4800 + 1200 + 600 + 60, row.approvedMinutes());
    assertEquals(480, row.recognisedMinutes());
    assertEquals(120, row.pendingMinutes());
    assertEquals(
        Set.of(annaEnrolment, bertsEnrolment, dainisEnrolment),
        dashboard.participants().stream()
            .map(ParticipantRow::enrolmentId)
            .collect(Collectors.toSet()));
  }

  @Test
  void flagsThoseBehindThePaceOrSilent() {
    Map<Long, ParticipantRow> rows =
        edition(null, null, world.editionId()).participants().stream()
            .collect(Collectors.toMap(ParticipantRow::enrolmentId, r -> r));
    ParticipantRow annaRow = rows.get(annaEnrolment);
    assertEquals(Set.of(), annaRow.risk());
    assertEquals(today(), annaRow.lastLogged());
    assertEquals(6600 + 480, annaRow.getDoneMinutes());
    assertEquals(EnumSet.of(Reason.BEHIND_PACE, Reason.INACTIVE), rows.get(bertsEnrolment).risk());
    assertEquals(today().minusDays(20), rows.get(bertsEnrolment).lastLogged());
    assertEquals(EnumSet.of(Reason.BEHIND_PACE, Reason.INACTIVE), rows.get(dainisEnrolment).risk());
    assertEquals(null, rows.get(dainisEnrolment).lastLogged());
  }

  @Test
  void comparesByLibraryRegionAndCountry() {
    EditionDashboard dashboard = edition(null, null, world.editionId());
    List<EditionDashboard.GroupRow> libraries = dashboard.groups(GroupBy.ORGANISATION);
    assertEquals(3, libraries.size(), "Cēsis, Kuldīga and no library");
    EditionDashboard.GroupRow cesis =
        libraries.stream().filter(g -> "Vidzeme".equals(g.region())).findFirst().orElseThrow();
    assertEquals(1, cesis.participants(), "Clara is withdrawn");
    assertEquals(6600, cesis.approvedMinutes());
    assertEquals(
        Map.of("Vidzeme", 6600L, "Kurzeme", 60L),
        dashboard.groups(GroupBy.REGION).stream()
            .filter(g -> g.region() != null)
            .collect(
                Collectors.toMap(
                    EditionDashboard.GroupRow::region,
                    EditionDashboard.GroupRow::approvedMinutes)));
    EditionDashboard.GroupRow latvia =
        dashboard.groups(GroupBy.COUNTRY).stream()
            .filter(g -> "LV".equals(g.country()))
            .findFirst()
            .orElseThrow();
    assertEquals(2, latvia.participants());
    assertEquals(1, latvia.atRisk());
  }

  @Test
  void filtersByRegionAndShowsEditionsSideBySide() {
    EditionDashboard vidzeme = edition(null, "Vidzeme", world.editionId());
    assertEquals(
        List.of(annaEnrolment),
        vidzeme.participants().stream().map(ParticipantRow::enrolmentId).toList());
    assertEquals(1, vidzeme.editions().get(0).enrolled());
    assertEquals(1, vidzeme.editions().get(0).withdrawn());
    assertEquals(6600, vidzeme.editions().get(0).approvedMinutes());
    assertEquals(6600, weeklyTotal(vidzeme));
    assertEquals(1, vidzeme.projects().size());

    EditionDashboard both = edition(null, null, world.editionId(), second);
    assertEquals(2, both.editions().size());
    assertEquals(1200, both.editions().get(1).approvedMinutes());
    assertEquals(1, both.editions().get(1).enrolled());
    assertEquals(6660 + 1200, weeklyTotal(both));

    EditionDashboard estonia = edition("EE", null, world.editionId(), second);
    assertEquals(0, estonia.editions().get(0).enrolled());
    assertEquals(
        List.of(evaEnrolment),
        estonia.participants().stream().map(ParticipantRow::enrolmentId).toList());
  }

  private static long weeklyTotal(EditionDashboard dashboard) {
    return dashboard.weeklyMinutes().values().stream()
        .flatMap(List::stream)
        .mapToLong(Long::longValue)
        .sum();
  }

  @Test
  void weeklyChartHoldsTheApprovedHoursPerMode() {
    EditionDashboard dashboard = edition(null, null, world.editionId());
    assertEquals(6660, weeklyTotal(dashboard));
    assertEquals(4800 + 60, weekly(dashboard, BiblioModes.VIRTUAL));
    assertEquals(0, weekly(dashboard, BiblioModes.PROJECT_BASED));
    dashboard
        .weeklyMinutes()
        .values()
        .forEach(series -> assertEquals(dashboard.weeks().size(), series.size()));
  }

  /**
   * The chart's minutes of the mode with this code (its series are keyed by the programme's modes).
   */
  private static long weekly(EditionDashboard dashboard, String code) {
    return dashboard.weeklyMinutes().entrySet().stream()
        .filter(series -> series.getKey().getCode().equals(code))
        .flatMap(series -> series.getValue().stream())
        .mapToLong(Long::longValue)
        .sum();
  }

  @Test
  void countsProjectIdeasByTopicAndStateAndCompetenceShares() {
    EditionDashboard dashboard = edition(null, null, world.editionId());
    assertEquals(
        List.of(
            new EditionDashboard.ProjectRow(report.topicName(), ProjectStatus.DRAFT, 1),
            new EditionDashboard.ProjectRow(null, ProjectStatus.SUBMITTED, 1)),
        dashboard.projects());
    Map<String, Integer> shares =
        dashboard.competences().stream()
            .collect(
                Collectors.toMap(
                    EditionDashboard.CompetenceShare::code,
                    EditionDashboard.CompetenceShare::percentReached));
    assertEquals(Map.of("1.1", 33, "1.2", 0), shares, "Anna reached 1.1, one of three");
  }

  @Test
  void countsWhoIsEligibleWhoIsCertifiedAndWhatTheOthersLack() {
    certificates.rules(world.editionId(), CertificateFixtures.SMALL);
    long certified = certificates.eligibleParticipant(world.editionId(), "Certified");
    long eligible = certificates.eligibleParticipant(world.editionId(), "Eligible");
    as(admin);
    certificateService.issue(certified);

    EditionDashboard dashboard = edition(null, null, world.editionId());
    assertEquals(1, dashboard.editions().get(0).certified());
    assertEquals(
        Set.of(certified),
        dashboard.participants().stream()
            .filter(ParticipantRow::isCertified)
            .map(ParticipantRow::enrolmentId)
            .collect(Collectors.toSet()));

    CompletionFigures figures = completions.completion(EditionFilter.of(world.editionId()));
    CompletionFigures.EditionCompletion row = figures.editions().get(0);
    assertEquals(
        5, row.participants(), "Anna, Berts, Dainis and the two complete; Clara withdrawn");
    assertEquals(2, row.eligible());
    assertEquals(1, row.certified());
    assertEquals(1, row.toIssue(), "the eligible one without a certificate: " + eligible);
    assertEquals(3, row.getNotYet());
    Map<String, Long> missing =
        figures.missing().stream()
            .collect(
                Collectors.toMap(
                    CompletionFigures.Reason::key, CompletionFigures.Reason::participants));
    assertEquals(2L, missing.get("report.completion.reason.project.COMPLETED"), "Anna and Berts");
    assertEquals(1L, missing.get("report.completion.reason.project.none"), "Dainis");
    assertEquals(
        3L,
        missing.get("report.completion.reason.hours.PROJECT_BASED"),
        "Anna's project hours still wait for review");
    assertEquals(null, missing.get("report.completion.reason.withdrawn"), "Clara is left out");

    // Within a region: Anna alone (Clara is withdrawn), not eligible.
    CompletionFigures vidzeme =
        completions.completion(
            new EditionFilter(List.of(world.editionId()), null, "Vidzeme", null));
    assertEquals(1, vidzeme.editions().get(0).participants());
    assertEquals(0, vidzeme.editions().get(0).eligible());
  }

  @Test
  void competenceSharesFollowTheFilters() {
    EditionDashboard vidzeme = edition(null, "Vidzeme", world.editionId());
    assertEquals(
        100,
        vidzeme.competences().stream()
            .filter(c -> c.code().equals("1.1"))
            .findFirst()
            .orElseThrow()
            .percentReached(),
        "Anna, the only participant in Vidzeme, reached 1.1");
    EditionDashboard kurzeme = edition(null, "Kurzeme", world.editionId());
    assertEquals(
        List.of(0, 0),
        kurzeme.competences().stream()
            .map(EditionDashboard.CompetenceShare::percentReached)
            .toList());
  }

  @Test
  void theEditionReportIsAPdf() {
    as(admin);
    byte[] pdf =
        editionDashboards.editionReportPdf(
            EditionFilter.of(world.editionId()), java.util.Locale.ENGLISH);
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertTrue(text.contains("Enrolled 3, active 1, at risk 2, certified 0, withdrawn 1"), text);
    assertTrue(text.contains("Completion and certificates"), text);
    assertTrue(text.contains("3 participants, 0 eligible, 0 certified"), text);
  }

  // ---- staff and trainee

  @Test
  void aMentorSeesOnlyTheirOwnParticipants() {
    as(mentor);
    StaffDashboard mine = staffDashboards.staffDashboard();
    assertEquals(
        List.of(annaEnrolment, bertsEnrolment),
        mine.participants().stream().map(ParticipantRow::enrolmentId).toList());
    assertEquals(120, mine.participants().get(0).pendingMinutes());
    assertEquals(1, mine.getAtRisk());
    as(otherMentor);
    assertEquals(
        List.of(dainisEnrolment),
        staffDashboards.staffDashboard().participants().stream()
            .map(ParticipantRow::enrolmentId)
            .toList());
  }

  @Test
  void theTraineeSeesWhatWaitsAndWhatToDoNext() {
    as(anna);
    TraineeDashboard mine = traineeDashboards.traineeDashboard(null).orElseThrow();
    assertEquals(annaEnrolment, mine.enrolmentId());
    assertEquals(4800 + 1200, mine.progress().blendedTotal().approvedMinutes());
    assertEquals(1, mine.waitingEntries());
    assertEquals(120, mine.waitingMinutes());
    assertEquals(1, mine.sentBackEntries(), "the rejected entry; the withdrawn one is hers alone");
    assertEquals(today(), mine.lastLogged());
    assertEquals(ProjectStatus.DRAFT, mine.projectStatus());
    assertEquals(2, mine.competences());
    assertEquals(List.of("1.2"), mine.gaps().stream().map(g -> g.code()).toList());
    assertEquals(Set.of(), mine.risk());
    assertEquals(
        List.of("report.next.fixEntries", "report.next.submitProject", "report.next.selfAssess"),
        mine.nextSteps().stream().map(NextSteps.Step::key).toList());
  }

  @Test
  void theTraineeDashboardShowsTheNextMilestones() {
    String flora = TestData.unique("flora");
    long enrolment =
        report.enrol(
            world.editionId(), fixtures.person(flora, "Flora", "Zariņa", Role.PARTICIPANT), null);
    long idea = report.idea(enrolment, ProjectStatus.IN_IMPLEMENTATION, true);
    report.milestone(idea, "Survey", today().minusDays(2));
    report.milestone(idea, "Plan", today().plusDays(5));
    as(flora);
    TraineeDashboard mine = traineeDashboards.traineeDashboard(null).orElseThrow();
    assertEquals(
        List.of("Survey", "Plan"),
        mine.milestones().stream().map(TraineeDashboard.MilestoneLine::title).toList());
    assertTrue(mine.milestones().get(0).overdue());
    assertEquals("report.next.overdueMilestone", mine.nextSteps().get(0).key());
  }

  // ---- one figure, the same on every page

  /** Minutes no participant reaches, so every mode's and the total's shortfall states the sums. */
  private static final int OUT_OF_REACH = 10_000_000;

  /**
   * Issue 16: hours are computed once. On a generated world (size S: a hundred participants, about
   * fifty entries each, approved, waiting and sent back, across the five modes) plus participants
   * with accounts whose logbooks hold every status, approved waivers, one who only has recognised
   * prior learning and one withdrawn, each participant's figures are the same on the progress page,
   * in the eligibility check's progress and shortfalls, on the edition dashboard's and the tutor's
   * participant rows, on the trainee's own dashboard and on the certificate.
   */
  @Test
  void everyFigureOfAParticipantIsTheSameOnEveryPage() throws java.sql.SQLException {
    LogbookGenerator.World generated = generator.generate(LogbookGenerator.Size.S);
    long edition =
        fixtures.count(
            "select e.edition.id from Enrolment e where e.id = :p0",
            generated.participantEnrolment());
    long moduleVirtual = module(generated.participantEnrolment(), "V1");
    long moduleProject = module(generated.participantEnrolment(), "P1");

    // Participants with accounts, whose logbooks hold every status of an entry.
    List<String> trainees = new java.util.ArrayList<>(List.of(generated.participant()));
    for (int i = 0; i < 2; i++) {
      String user = TestData.unique("same");
      long enrolment =
          report.enrol(
              edition, fixtures.person(user, "Līva", "Ozola " + i, Role.PARTICIPANT), null);
      report.entry(enrolment, BiblioModes.VIRTUAL, 90 + i, EntryStatus.APPROVED, 2);
      report.entry(enrolment, BiblioModes.VIRTUAL, 45, EntryStatus.SUBMITTED, 1);
      report.entry(enrolment, BiblioModes.PROJECT_BASED, 60, EntryStatus.APPROVED, 3);
      report.entry(enrolment, BiblioModes.PROJECT_BASED, 30, EntryStatus.CHANGES_REQUESTED, 3);
      report.entry(enrolment, BiblioModes.WORK_BASED, 120, EntryStatus.APPROVED, 4);
      report.entry(enrolment, BiblioModes.WORK_BASED, 30, EntryStatus.SUBMITTED, 4);
      report.entry(enrolment, BiblioModes.ASSESSMENT, 15, EntryStatus.REJECTED, 5);
      report.entry(enrolment, BiblioModes.FACE_TO_FACE, 60, EntryStatus.WITHDRAWN, 5);
      logbookFixtures.approvedWaiver(enrolment, i == 0 ? moduleVirtual : moduleProject);
      trainees.add(user);
    }
    logbookFixtures.approvedWaiver(generated.participantEnrolment(), moduleProject);
    long onlyRecognised = report.enrol(edition, fixtures.personWithoutAccount("waived"), null);
    logbookFixtures.approvedWaiver(onlyRecognised, moduleVirtual);
    long withdrawn = report.enrol(edition, fixtures.personWithoutAccount("gone"), null);
    report.entry(withdrawn, BiblioModes.VIRTUAL, 300, EntryStatus.APPROVED, 6);
    logbookFixtures.approvedWaiver(withdrawn, moduleVirtual);
    report.withdraw(withdrawn);

    as(admin);
    // The progress page of every participant, withdrawn ones too: the figures all others must show.
    Map<Long, Progress> bulk = progressService.editionProgress(edition);
    assertEquals(LogbookGenerator.Size.S.participants + 4, bulk.size());
    Map<Long, Map<String, List<Long>>> page = new java.util.HashMap<>();
    for (long enrolment : bulk.keySet()) {
      page.put(enrolment, figures(progressService.progress(enrolment)));
      assertEquals(page.get(enrolment), figures(bulk.get(enrolment)), "bulk progress " + enrolment);
      // What the progress pages themselves ask for: bars and weeks in one call.
      ProgressService.Overview overview = progressService.overview(enrolment);
      assertEquals(page.get(enrolment), figures(overview.progress()), "overview " + enrolment);
      assertEquals(
          sum(page.get(enrolment), 0),
          overview.weeks().stream().mapToLong(WeeklyMinutes.Week::minutes).sum(),
          "the weeks hold the approved minutes " + enrolment);
    }
    assertEquals(
        fixtures.count(
            "select sum(l.minutes) from LogEntry l where l.enrolment.edition.id = :p0"
                + " and l.status = org.mentora.logbook.EntryStatus.APPROVED",
            edition),
        page.values().stream().mapToLong(f -> sum(f, 0)).sum(),
        "every approved minute of the edition is on someone's progress page");
    assertEquals(
        List.of(0L, 0L, 480L),
        page.get(onlyRecognised).get(BiblioModes.VIRTUAL).subList(0, 3),
        "the waived module's planned hours, recognised");

    // The edition dashboard's rows: every participant but the withdrawn one, the same sums.
    EditionDashboard dashboard = editionDashboards.editionDashboard(EditionFilter.of(edition));
    Set<Long> active = new java.util.HashSet<>(bulk.keySet());
    active.remove(withdrawn);
    assertEquals(
        active,
        dashboard.participants().stream()
            .map(ParticipantRow::enrolmentId)
            .collect(Collectors.toSet()));
    for (ParticipantRow row : dashboard.participants()) {
      assertSameSums(page.get(row.enrolmentId()), row, "edition dashboard");
    }
    EditionDashboard.EditionRow totals = dashboard.editions().get(0);
    assertEquals(
        active.stream().mapToLong(id -> sum(page.get(id), 0)).sum(), totals.approvedMinutes());
    assertEquals(
        active.stream().mapToLong(id -> sum(page.get(id), 1)).sum(), totals.pendingMinutes());
    assertEquals(
        active.stream().mapToLong(id -> sum(page.get(id), 2)).sum(), totals.recognisedMinutes());

    // The eligibility check: its progress, and the shortfalls it states from its facts.
    eligibilityService.saveRules(
        edition,
        EligibilityService.DEFAULT_RULES,
        new CompletionRules.Rules(
            BiblioModes.ALL.stream().collect(Collectors.toMap(m -> m, m -> OUT_OF_REACH)),
            OUT_OF_REACH,
            ProjectRequirement.NONE,
            false,
            false));
    List<Eligibility> eligibilities = eligibilityService.edition(edition, true);
    assertEquals(bulk.keySet().size(), eligibilities.size());
    for (Eligibility eligibility : eligibilities) {
      Map<String, List<Long>> figures = page.get(eligibility.enrolmentId());
      Map<String, java.math.BigDecimal> lacking = new java.util.HashMap<>();
      figures.forEach((code, f) -> lacking.put(code, lacking(OUT_OF_REACH - f.get(0) - f.get(2))));
      Map<String, java.math.BigDecimal> stated = new java.util.HashMap<>();
      for (Shortfall shortfall : eligibility.shortfalls()) {
        String prefix = "certification.shortfall.hours.";
        if (shortfall.key().startsWith(prefix)) {
          stated.put(
              shortfall.key().substring(prefix.length()),
              new java.math.BigDecimal(shortfall.arguments().get(0).toString()));
        }
      }
      assertEquals(lacking.keySet(), stated.keySet(), "eligibility " + eligibility.enrolmentId());
      lacking.forEach(
          (code, hours) ->
              assertEquals(
                  0,
                  hours.compareTo(stated.get(code)),
                  "eligibility " + eligibility.enrolmentId() + " " + code + ": " + stated));
    }
    for (long enrolment : List.of(generated.participantEnrolment(), onlyRecognised, withdrawn)) {
      assertEquals(
          page.get(enrolment),
          figures(eligibilityService.completion(enrolment).progress()),
          "completion " + enrolment);
    }

    // The tutor's dashboard: the generated group, summed per enrolment rather than per edition.
    as(generated.tutor());
    List<ParticipantRow> group = staffDashboards.staffDashboard().participants();
    assertEquals(LogbookGenerator.Size.S.participants, group.size());
    for (ParticipantRow row : group) {
      assertSameSums(page.get(row.enrolmentId()), row, "tutor's dashboard");
    }

    // Each trainee's own dashboard.
    Map<Long, ParticipantRow> rows =
        dashboard.participants().stream()
            .collect(Collectors.toMap(ParticipantRow::enrolmentId, r -> r));
    for (String trainee : trainees) {
      as(trainee);
      TraineeDashboard mine = traineeDashboards.traineeDashboard(null).orElseThrow();
      Map<String, List<Long>> figures = page.get(mine.enrolmentId());
      assertEquals(figures, figures(mine.progress()), trainee);
      assertEquals(sum(figures, 1), mine.waitingMinutes(), trainee);
      assertSameSums(figures(mine.progress()), rows.get(mine.enrolmentId()), trainee);
      assertEquals(rows.get(mine.enrolmentId()).lastLogged(), mine.lastLogged(), trainee);
      assertEquals(rows.get(mine.enrolmentId()).risk(), mine.risk(), trainee);
    }

    // The certificate of one made eligible: its hours per mode and total.
    as(admin);
    long certified = generated.participantEnrolment();
    eligibilityService.saveRules(
        edition, eligibilityService.rulesVersion(edition), CertificateFixtures.SMALL);
    certificates.completedProject(certified);
    certificates.passAll(certified);
    CertificateSnapshot snapshot =
        certificateService
            .verify(certificateService.issue(certified).getCode())
            .orElseThrow()
            .record();
    Map<String, List<Long>> figures = page.get(certified);
    Map<String, Long> expected = new java.util.HashMap<>();
    figures.forEach(
        (code, f) -> {
          if (!code.equals("TOTAL") && (f.get(0) + f.get(2) > 0 || f.get(3) > 0)) {
            expected.put(code, f.get(0) + f.get(2));
          }
        });
    assertEquals(
        expected,
        snapshot.hours().stream()
            .collect(
                Collectors.toMap(h -> h.mode().getCode(), CertificateSnapshot.Hours::minutes)));
    assertEquals(sum(figures, 0) + sum(figures, 2), snapshot.totalMinutes());
    assertEquals(rows.get(certified).getDoneMinutes(), snapshot.totalMinutes());
    assertTrue(figures.get("TOTAL").get(2) > 0, "the certificate counts recognised learning");
  }

  private long module(long enrolmentId, String code) {
    return fixtures.count(
        "select m.id from CourseModule m, Enrolment e where e.id = :p0"
            + " and m.programme = e.edition.programme and m.code = '"
            + code
            + "'",
        enrolmentId);
  }

  /**
   * A progress page's figures: per mode code (and TOTAL for the blended total) the approved,
   * waiting and recognised minutes and the target.
   */
  private static Map<String, List<Long>> figures(Progress progress) {
    Map<String, List<Long>> figures = new java.util.HashMap<>();
    for (Progress.Line line : progress.modes()) {
      figures.put(line.getKey(), line(line));
    }
    figures.put("TOTAL", line(progress.blendedTotal()));
    return figures;
  }

  private static List<Long> line(Progress.Line line) {
    return List.of(
        line.approvedMinutes(),
        line.pendingMinutes(),
        line.recognisedMinutes(),
        line.targetMinutes());
  }

  /** One figure (0 approved, 1 waiting, 2 recognised) over every mode, blended or apart. */
  private static long sum(Map<String, List<Long>> figures, int which) {
    return figures.entrySet().stream()
        .filter(e -> !e.getKey().equals("TOTAL"))
        .mapToLong(e -> e.getValue().get(which))
        .sum();
  }

  private static void assertSameSums(Map<String, List<Long>> page, ParticipantRow row, String on) {
    String who = on + ", enrolment " + row.enrolmentId();
    assertEquals(sum(page, 0), row.approvedMinutes(), who + ": approved");
    assertEquals(sum(page, 1), row.pendingMinutes(), who + ": waiting");
    assertEquals(sum(page, 2), row.recognisedMinutes(), who + ": recognised");
  }

  /** Minutes as the shortfall states them: hours, rounded up to hundredths. */
  private static java.math.BigDecimal lacking(long minutes) {
    return java.math.BigDecimal.valueOf(minutes)
        .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.CEILING);
  }

  // ---- who may see what

  @Test
  void everyDashboardRefusesTheOtherRoles() {
    as(mentor);
    assertThrows(
        EJBAccessException.class,
        () -> editionDashboards.editionDashboard(EditionFilter.of(world.editionId())));
    assertThrows(EJBAccessException.class, () -> traineeDashboards.traineeDashboard(null));
    assertThrows(
        EJBAccessException.class,
        () -> completions.completion(EditionFilter.of(world.editionId())));
    as(anna);
    assertThrows(EJBAccessException.class, () -> staffDashboards.staffDashboard());
    assertThrows(
        EJBAccessException.class,
        () -> editionDashboards.editionDashboard(EditionFilter.of(world.editionId())));
    assertThrows(NotFoundException.class, () -> traineeDashboards.traineeDashboard(bertsEnrolment));
    as(admin);
    assertThrows(EJBAccessException.class, () -> staffDashboards.staffDashboard());
    assertThrows(
        NotFoundException.class, () -> editionDashboards.editionDashboard(EditionFilter.of(-1)));
  }

  // ---- statements per dashboard

  @Test
  void eachDashboardIssuesAFewStatementsWhateverItsSize() throws ReflectiveOperationException {
    report.installCounter();
    as(admin);
    int one = count(() -> editionDashboards.editionDashboard(EditionFilter.of(world.editionId())));
    int several =
        count(
            () ->
                editionDashboards.editionDashboard(
                    new EditionFilter(List.of(world.editionId(), second), "LV", "Vidzeme", null)));
    as(mentor);
    int staff = count(() -> staffDashboards.staffDashboard());
    as(anna);
    int trainee = count(() -> traineeDashboards.traineeDashboard(null));
    List<String> traineeStatements = StatementCounter.statements();
    String counts =
        "edition "
            + one
            + ", two editions "
            + several
            + ", staff "
            + staff
            + ", trainee "
            + trainee;
    assertTrue(one > 0 && staff > 0 && trainee > 0, "the counter sees statements: " + counts);
    assertTrue(one <= MAX_STATEMENTS, counts);
    assertTrue(several <= MAX_STATEMENTS, counts);
    assertTrue(staff <= MAX_STATEMENTS, counts);
    assertTrue(trainee <= MAX_STATEMENTS, counts + ": " + String.join("\n", traineeStatements));

    // Twenty more participants with entries change nothing in the count.
    long organisation = report.organisation("Valmiera library", "LV", "Vidzeme");
    for (int i = 0; i < 20; i++) {
      long enrolment =
          report.enrol(world.editionId(), fixtures.personWithoutAccount("more"), organisation);
      report.entry(enrolment, BiblioModes.VIRTUAL, 60, EntryStatus.APPROVED, 1);
      report.idea(enrolment, ProjectStatus.DRAFT, false);
    }
    as(admin);
    assertEquals(
        one,
        count(() -> editionDashboards.editionDashboard(EditionFilter.of(world.editionId()))),
        counts);
    System.out.println("ReportIT statements per dashboard: " + counts);
  }

  private static int count(Supplier<?> dashboard) {
    StatementCounter.start();
    try {
      dashboard.get();
    } catch (RuntimeException e) {
      StatementCounter.stop();
      throw e;
    }
    int count = StatementCounter.stop();
    System.out.println("ReportIT statements: " + StatementCounter.statements());
    return count;
  }
}
