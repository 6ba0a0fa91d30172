package org.mentora.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.course.JobProfile;
import org.mentora.course.Programme;
import org.mentora.course.ProgrammeService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;
import org.mentora.support.WebSession;

/**
 * The administrator's side of competences in the container: the seeded frameworks, CSV import as a
 * dry run and all or nothing, new versions beside old ones without touching what points at them,
 * profile targets and module mapping within the framework's levels, an edition's assessment
 * settings, and nobody but an administrator changing any of it.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class CompetenceAdminIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  private static final String LEVELS =
      "framework,level,band,name\n"
          + "e-CF,1,Basic,e-1\ne-CF,2,Basic,e-2\ne-CF,3,Core,e-3\ne-CF,4,Core,e-4\n"
          + "e-CF,5,Expert,e-5\n";

  @Inject CourseFixtures fixtures;
  @Inject FrameworkService frameworks;
  @Inject CompetenceSetupService setup;
  @Inject ProgrammeService programmes;
  @ArquillianResource URL base;

  private World world;
  private String admin;
  private String trainer;
  private String mentor;
  private String participant;

  @BeforeEach
  void people() {
    world = fixtures.world(10);
    admin = TestData.unique("admin");
    fixtures.person(admin, "Dace", "Kalniņa", Role.ADMIN);
    trainer = TestData.unique("trainer");
    fixtures.person(trainer, "Andris", "Ozols", Role.TRAINER);
    mentor = TestData.unique("mentor");
    fixtures.person(mentor, "Inese", "Liepiņa", Role.MENTOR);
    participant = TestData.unique("trainee");
    fixtures.person(participant, "Jānis", "Bērziņš", Role.PARTICIPANT);
  }

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  private static void as(String user) {
    TestLogin.as(user, TestData.PASSWORD);
  }

  private static String uniqueCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** An e-CF-like file: two areas, four competences, each with its URI. */
  private static String ecf() {
    return "framework,area_code,area,competence_code,competence,competence_uri,area_uri\n"
        + "e-CF,A,Plan,A.1,IS and business strategy alignment,https://example.org/ecf/A.1,"
        + "https://example.org/ecf/A\n"
        + "e-CF,A,Plan,A.2,Service level management,https://example.org/ecf/A.2,\n"
        + "e-CF,B,Build,B.1,Application development,https://example.org/ecf/B.1,\n"
        + "e-CF,B,Build,B.2,Component integration,https://example.org/ecf/B.2,\n";
  }

  private FrameworkImport form(String code, String version, String competences, String levels) {
    return new FrameworkImport(
        code,
        "e-CF",
        version,
        "https://example.org/ecf",
        null,
        utf8(competences),
        levels == null ? null : utf8(levels));
  }

  private List<Framework> versions(String code) {
    return frameworks.versions(code);
  }

  private Framework framework(String code, String version) {
    return versions(code).stream()
        .filter(f -> f.getVersionLabel().equals(version))
        .findFirst()
        .orElseThrow();
  }

  private Competence competence(long frameworkId, String code) {
    return frameworks.content(frameworkId).stream()
        .flatMap(a -> a.competences().stream())
        .filter(c -> c.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private long profile() {
    as(admin);
    return programmes
        .saveProfile(
            world.programmeId(),
            new JobProfile(null, "P" + UUID.randomUUID().toString().substring(0, 6), "Profile"))
        .getId();
  }

  private Set<String> keys(ImportReport report) {
    return report.problems().stream().map(ImportProblem::messageKey).collect(Collectors.toSet());
  }

  // ---- seeds

  @Test
  void theSeededFrameworksHaveTheirAreasCompetencesAndLevels() {
    as(trainer);
    List<FrameworkSummary> all = frameworks.frameworks();

    FrameworkSummary digcomp =
        all.stream()
            .filter(s -> s.framework().getCode().equals("DIGCOMP"))
            .filter(s -> s.framework().getVersionLabel().equals("2.2"))
            .findFirst()
            .orElseThrow();
    assertEquals(5, digcomp.areas());
    assertEquals(21, digcomp.competences());
    assertEquals(8, digcomp.levels());
    assertTrue(digcomp.framework().isCurrentVersion());
    FrameworkSummary entrecomp =
        all.stream()
            .filter(s -> s.framework().getCode().equals("ENTRECOMP"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, entrecomp.areas());
    assertEquals(15, entrecomp.competences());
    assertEquals(8, entrecomp.levels());
    assertEquals(1, entrecomp.framework().getMinLevel());
    assertEquals(8, entrecomp.framework().getMaxLevel());
  }

  // ---- import

  @Test
  void importsAValidFileKeepingItsUrisAfterADryRunThatSavedNothing() {
    as(admin);
    String code = uniqueCode("ECF");

    ImportReport dryRun = frameworks.check(form(code, "3.0", ecf(), LEVELS));
    assertTrue(dryRun.isClean(), () -> dryRun.problems().toString());
    assertFalse(dryRun.isImported());
    assertEquals(4, dryRun.competences());
    assertTrue(versions(code).isEmpty(), "the dry run writes nothing");

    ImportReport report = frameworks.importFramework(form(code, "3.0", ecf(), LEVELS));
    assertTrue(report.isImported());
    Framework framework = frameworks.framework(report.frameworkId());
    assertEquals(code, framework.getCode());
    assertEquals("e-CF 3.0", framework.getTitle());
    assertEquals(1, framework.getMinLevel());
    assertEquals(5, framework.getMaxLevel());
    assertTrue(framework.isCurrentVersion());
    List<FrameworkService.AreaContent> content = frameworks.content(framework.getId());
    assertEquals(List.of("A", "B"), content.stream().map(a -> a.area().getCode()).toList());
    assertEquals("https://example.org/ecf/A", content.get(0).area().getUri());
    assertEquals("https://example.org/ecf/B.2", competence(framework.getId(), "B.2").getUri());
    assertEquals(5, frameworks.levels(framework.getId()).size());
  }

  @Test
  void aFileWithOneBadRowAmongGoodOnesSavesNothingAndNamesTheRow() {
    as(admin);
    String code = uniqueCode("ECF");
    String file = ecf() + "e-CF,B,Build,B.3,\ne-CF,B,Build,B.4,Testing\n";

    ImportReport report = frameworks.importFramework(form(code, "3.0", file, LEVELS));

    assertFalse(report.isImported());
    assertEquals(1, report.problems().size(), () -> report.problems().toString());
    ImportProblem problem = report.problems().get(0);
    assertEquals(6, problem.line());
    assertEquals(FrameworkCsv.COMPETENCE, problem.column());
    assertEquals("frameworks.csv.required", problem.messageKey());
    assertEquals(1, report.getBadRows());
    assertTrue(versions(code).isEmpty(), "nothing of the file is saved");
  }

  @Test
  void duplicatedCodesAreRefusedWithTheirLines() {
    as(admin);
    String code = uniqueCode("ECF");
    String file = ecf() + "e-CF,B,Build,A.1,Alignment again\n";

    ImportReport report = frameworks.importFramework(form(code, "3.0", file, LEVELS));

    assertEquals(Set.of("frameworks.csv.duplicateCode"), keys(report));
    assertEquals(6, report.problems().get(0).line());
    assertEquals(List.of("A.1", 2), report.problems().get(0).arguments());
    assertTrue(versions(code).isEmpty());
  }

  @Test
  void unknownAreasAreRefused() {
    as(admin);
    String code = uniqueCode("ECF");
    String file = ecf() + "e-CF,E,,E.1,Forecast development\ne-CF,,Manage,E.2,Risk management\n";

    ImportReport report = frameworks.importFramework(form(code, "3.0", file, LEVELS));

    assertEquals(
        Set.of("frameworks.csv.areaUnknownCode", "frameworks.csv.areaUnknownName"), keys(report));
    assertEquals(
        List.of(6, 7), report.problems().stream().map(ImportProblem::line).sorted().toList());
    assertTrue(versions(code).isEmpty());
  }

  @Test
  void aNewFrameworkNeedsLevelsAndAVersionLabelOnlyOnce() {
    as(admin);
    String code = uniqueCode("ECF");

    ImportReport noLevels = frameworks.importFramework(form(code, "3.0", ecf(), null));
    assertEquals(Set.of("frameworks.import.levelsRequired"), keys(noLevels));

    frameworks.importFramework(form(code, "3.0", ecf(), LEVELS));
    BusinessException again =
        assertThrows(
            BusinessException.class,
            () -> frameworks.importFramework(form(code, "3.0", ecf(), LEVELS)));
    assertEquals("frameworks.import.versionExists", again.messageKey());
    assertEquals("versionLabel", again.field().orElseThrow());
    assertEquals(1, versions(code).size());
  }

  @Test
  void aNewVersionKeepsTheOldOneAndTheTargetsPointingAtIt() {
    as(admin);
    String code = uniqueCode("ECF");
    long v1 = frameworks.importFramework(form(code, "3.0", ecf(), LEVELS)).frameworkId();
    long profile = profile();
    Competence alignment = competence(v1, "A.1");
    Competence integration = competence(v1, "B.2");
    setup.addTarget(profile, alignment.getId(), 4);
    setup.addTarget(profile, integration.getId(), 3);

    // The new version drops B.2 and keeps the levels (no levels file).
    String next =
        ecf().replace("e-CF,B,Build,B.2,Component integration,https://example.org/ecf/B.2,\n", "");
    ImportReport report = frameworks.importFramework(form(code, "4.0", next, null));

    assertTrue(report.isImported(), () -> report.problems().toString());
    assertTrue(report.isLevelsCopied());
    assertEquals("e-CF 3.0", report.previousTitle());
    Framework old = frameworks.framework(v1);
    Framework current = frameworks.framework(report.frameworkId());
    assertFalse(old.isCurrentVersion());
    assertTrue(current.isCurrentVersion());
    assertEquals(2, versions(code).size());
    assertEquals(4, frameworks.content(v1).stream().mapToInt(a -> a.competences().size()).sum());
    assertEquals(
        frameworks.levels(v1).stream().map(FrameworkLevel::getName).toList(),
        frameworks.levels(current.getId()).stream().map(FrameworkLevel::getName).toList());
    List<ProfileTarget> targets = setup.targets(profile);
    assertEquals(
        Set.of(alignment.getId(), integration.getId()),
        targets.stream().map(t -> t.getCompetence().getId()).collect(Collectors.toSet()));

    // Only the current version can be added; moving re-points what still exists.
    BusinessException earlier =
        assertThrows(
            BusinessException.class,
            () -> setup.addTarget(profile, competence(v1, "A.2").getId(), 3));
    assertEquals("profileTargets.competence.earlierVersion", earlier.messageKey());
    FrameworkService.ProfileMove move =
        frameworks.moveProfile(profile, current.getId(), shownOnOtherVersions(profile, current));
    assertEquals(1, move.moved());
    assertEquals(List.of("B.2"), move.missingCodes());
    List<ProfileTarget> moved = setup.targets(profile);
    assertEquals(2, moved.size());
    ProfileTarget a1 =
        moved.stream()
            .filter(t -> t.getCompetence().getCode().equals("A.1"))
            .findFirst()
            .orElseThrow();
    assertEquals(current.getId(), a1.getCompetence().getFramework().getId());
    assertEquals(4, a1.getTargetLevel());
  }

  @Test
  void aCsvFarOverTheLimitGetsTheTooLargeMessageBesideItsFieldAndTheFormKeepsWhatWasTyped() {
    WebSession session = WebSession.signedIn(base, admin);
    for (int megabytes : List.of(11, 31, 40)) {
      String page = session.open("competence/framework-import.xhtml").body();
      Map<String, String> before = new LinkedHashMap<>();
      before.put("import", "import");
      before.put("import:code", "HUGE");
      before.put("import:name", "Typed name " + megabytes);
      before.put("import:versionLabel", "1.0");
      before.put("import:uri", "");
      before.put("import:description", "Typed description");
      Map<String, String> after = new LinkedHashMap<>();
      after.put("import:check", "");
      after.put("jakarta.faces.ViewState", WebSession.viewState(page));
      after.put("primefaces.nonce", WebSession.cspNonce(page));
      HttpResponse<String> answer =
          session.postMultipart(
              "competence/framework-import.xhtml",
              before,
              new WebSession.FilePart(
                  // PrimeFaces names a simple upload's file input after its id plus _input.
                  "import:competencesFile_input",
                  "huge.csv",
                  "text/csv",
                  WebSession.megabytes(megabytes)),
              after);
      assertEquals(200, answer.statusCode(), megabytes + " MB");
      String body = answer.body();
      assertTrue(body.contains("The file is larger than 10 MB."), megabytes + " MB: " + body);
      assertTrue(body.contains("value=\"Typed name " + megabytes + "\""), megabytes + " MB");
      assertTrue(body.contains("Typed description"), megabytes + " MB");
    }
  }

  @Test
  void aMoveBySomeoneWhoSawTheOldTargetsBeforeTheyChangedIsRefusedAndTheChangeStays() {
    as(admin);
    String code = uniqueCode("ECF");
    long v1 = frameworks.importFramework(form(code, "3.0", ecf(), LEVELS)).frameworkId();
    long profile = profile();
    ProfileTarget alignment = setup.addTarget(profile, competence(v1, "A.1").getId(), 2);
    Framework current =
        frameworks.framework(
            frameworks.importFramework(form(code, "4.0", ecf(), null)).frameworkId());

    // Two administrators open the profile's targets; the first raises the old target's level.
    Map<Long, Long> seen = shownOnOtherVersions(profile, current);
    assertEquals(Map.of(alignment.getId(), alignment.getVersion()), seen);
    setup.changeTarget(alignment.getId(), seen.get(alignment.getId()), 5);
    // The second, who still sees level 2, moves the targets to the new version: refused.
    assertThrows(
        ConcurrentChangeException.class,
        () -> frameworks.moveProfile(profile, current.getId(), seen));
    ProfileTarget kept = setup.targets(profile).get(0);
    assertEquals(v1, kept.getCompetence().getFramework().getId());
    assertEquals(5, kept.getTargetLevel());

    // Having loaded the page again, the move goes through and carries the first's level.
    FrameworkService.ProfileMove move =
        frameworks.moveProfile(profile, current.getId(), shownOnOtherVersions(profile, current));
    assertEquals(1, move.moved());
    ProfileTarget moved = setup.targets(profile).get(0);
    assertEquals(current.getId(), moved.getCompetence().getFramework().getId());
    assertEquals(5, moved.getTargetLevel());
  }

  /** The targets the profile's page shows on other versions of the framework, as loaded now. */
  private Map<Long, Long> shownOnOtherVersions(long profile, Framework current) {
    return setup.targets(profile).stream()
        .filter(
            t ->
                t.getCompetence().getFramework().getCode().equals(current.getCode())
                    && !t.getCompetence().getFramework().getId().equals(current.getId()))
        .collect(Collectors.toMap(ProfileTarget::getId, ProfileTarget::getVersion));
  }

  // ---- targets, mapping and settings

  @Test
  void aTargetLevelOutsideTheFrameworksRangeIsRefusedOnItsFieldAndNothingIsSaved() {
    long profile = profile();
    Framework digcomp = framework("DIGCOMP", "2.2");
    long browsing = competence(digcomp.getId(), "1.1").getId();

    BusinessException tooHigh =
        assertThrows(BusinessException.class, () -> setup.addTarget(profile, browsing, 9));
    assertEquals("level", tooHigh.field().orElseThrow());
    assertEquals("profileTargets.levelRange", tooHigh.messageKey());
    assertThrows(BusinessException.class, () -> setup.addTarget(profile, browsing, 0));
    assertThrows(BusinessException.class, () -> setup.addTarget(profile, browsing, null));
    assertTrue(setup.targets(profile).isEmpty());

    ProfileTarget target = setup.addTarget(profile, browsing, 5);
    BusinessException twice =
        assertThrows(BusinessException.class, () -> setup.addTarget(profile, browsing, 6));
    assertEquals("profileTargets.duplicate", twice.messageKey());
    assertThrows(
        BusinessException.class, () -> setup.changeTarget(target.getId(), target.getVersion(), 12));
    ProfileTarget changed = setup.changeTarget(target.getId(), target.getVersion(), 6);
    assertEquals(6, changed.getTargetLevel());
    assertThrows(
        ConcurrentChangeException.class,
        () -> setup.changeTarget(target.getId(), target.getVersion(), 4));
    assertEquals(6, setup.targets(profile).get(0).getTargetLevel());
  }

  @Test
  void modulesListTheirCompetencesWithAnAimedLevelInRange() {
    as(admin);
    Framework entrecomp = framework("ENTRECOMP", "1.0");
    long creativity = competence(entrecomp.getId(), "1.2").getId();

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> setup.addModuleCompetence(world.moduleVirtual(), creativity, 11));
    assertEquals("moduleMapping.levelRange", refused.messageKey());
    assertEquals("level", refused.field().orElseThrow());
    ModuleCompetence mapping = setup.addModuleCompetence(world.moduleVirtual(), creativity, 3);
    assertThrows(
        BusinessException.class,
        () -> setup.addModuleCompetence(world.moduleVirtual(), creativity, 4));

    List<ModuleCompetence> mapped = setup.moduleCompetences(world.programmeId());
    assertEquals(1, mapped.size());
    assertEquals(3, mapped.get(0).getAimedLevel());
    setup.removeModuleCompetence(mapping.getId(), mapping.getVersion());
    assertTrue(setup.moduleCompetences(world.programmeId()).isEmpty());
  }

  @Test
  void anEditionsAssessmentSettingsStartAtTheDefaultsAndRefuseAWindowClosingBeforeItOpens() {
    as(admin);
    AssessmentSettingsForm form = setup.assessmentSettings(world.editionId());
    assertEquals(CountingRule.DEFAULT, form.getCountingRule());
    assertNull(form.getSettingsVersion());
    assertTrue(form.window(AssessmentMoment.COURSE_END).isEnabled());

    LocalDate start = LocalDate.of(2026, 3, 1);
    form.setCountingRule(CountingRule.LOWEST_STAFF);
    form.window(AssessmentMoment.COURSE_END).setOpensOn(start);
    form.window(AssessmentMoment.COURSE_END).setClosesOn(start.minusDays(1));
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> setup.saveAssessmentSettings(world.editionId(), form));
    assertEquals("closes_COURSE_END", refused.field().orElseThrow());
    assertNull(setup.assessmentSettings(world.editionId()).getSettingsVersion());

    form.window(AssessmentMoment.COURSE_END).setClosesOn(start.plusDays(14));
    form.window(AssessmentMoment.WORK_BASED_END).setEnabled(false);
    AssessmentSettingsForm saved = setup.saveAssessmentSettings(world.editionId(), form);
    assertEquals(CountingRule.LOWEST_STAFF, saved.getCountingRule());
    assertNotNull(saved.getSettingsVersion());
    assertEquals(start.plusDays(14), saved.window(AssessmentMoment.COURSE_END).getClosesOn());
    assertFalse(saved.window(AssessmentMoment.WORK_BASED_END).isEnabled());

    // A second form loaded before that save is stale.
    assertThrows(
        ConcurrentChangeException.class,
        () -> setup.saveAssessmentSettings(world.editionId(), form));
    saved.setCountingRule(CountingRule.LATEST_STAFF);
    assertEquals(
        CountingRule.LATEST_STAFF,
        setup.saveAssessmentSettings(world.editionId(), saved).getCountingRule());
  }

  @Test
  void theDemoProfilesHaveTargetsAndTheDemoModulesTheirCompetences() {
    as(admin);
    // The test server runs in demo mode: the course demo's BIBLIO profiles got their targets.
    List<FrameworkSummary> all = frameworks.frameworks();
    assertFalse(all.isEmpty());
    long withTargets =
        fixtures.count(
            "select count(distinct t.profile) from ProfileTarget t"
                + " where t.profile.code in ('DIGY', 'CECO')");
    assertTrue(withTargets >= 2, "DIGY and CECO have targets");
    long modules =
        fixtures.count(
            "select count(distinct m.module) from ModuleCompetence m"
                + " where m.module.programme.name = 'BIBLIO specialisation course'");
    assertTrue(modules >= 20, "each demo module develops some competences: " + modules);
  }

  // ---- authorization

  @Test
  void onlyAnAdministratorImportsOrChangesTargetsMappingAndSettings() {
    long profile = profile();
    Framework digcomp = framework("DIGCOMP", "2.2");
    long browsing = competence(digcomp.getId(), "1.1").getId();
    String code = uniqueCode("ECF");

    for (String user : List.of(trainer, mentor, participant)) {
      as(user);
      assertThrows(
          EJBAccessException.class,
          () -> frameworks.importFramework(form(code, "1.0", ecf(), LEVELS)));
      assertThrows(
          EJBAccessException.class, () -> frameworks.check(form(code, "1.0", ecf(), LEVELS)));
      assertThrows(EJBAccessException.class, () -> setup.addTarget(profile, browsing, 4));
      assertThrows(
          EJBAccessException.class,
          () -> setup.addModuleCompetence(world.moduleVirtual(), browsing, 4));
      assertThrows(
          EJBAccessException.class,
          () -> setup.saveAssessmentSettings(world.editionId(), new AssessmentSettingsForm()));
      assertThrows(
          EJBAccessException.class,
          () -> frameworks.moveProfile(profile, digcomp.getId(), Map.of()));
    }
    as(participant);
    assertFalse(frameworks.frameworks().isEmpty(), "anyone signed in reads frameworks");
    assertThrows(EJBAccessException.class, () -> setup.targets(profile));
    as(admin);
    assertTrue(setup.targets(profile).isEmpty());
    assertTrue(versions(code).isEmpty());
  }

  // ---- the pages, over HTTP as a browser asks for them

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private HttpClient signedIn(String user) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    Matcher state = VIEW_STATE.matcher(get(client, "login.xhtml").body());
    assertTrue(state.find());
    String form =
        String.join(
            "&",
            "login=login",
            "login%3Ausername=" + URLEncoder.encode(user, StandardCharsets.UTF_8),
            "login%3Apassword=" + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8),
            "login%3Asubmit=",
            "jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    HttpResponse<String> after =
        client.send(
            HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertFalse(after.uri().getPath().endsWith("login.xhtml"), after.body());
    return client;
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The header's language switcher (a POST). */
  private void choose(HttpClient client, String language) throws Exception {
    client.send(
        HttpRequest.newBuilder(base.toURI().resolve("language"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("lang=" + language))
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private void assertPage(HttpClient client, String path, String... texts) throws Exception {
    HttpResponse<String> page = get(client, path);
    assertEquals(200, page.statusCode(), path);
    for (String text : texts) {
      assertTrue(page.body().contains(text), path + " shows " + text);
    }
  }

  // ---- names in several languages

  @Test
  void aProgrammesLatvianNameIsStoredShownBackAndGreekFallsBackToTheMainName() throws Exception {
    as(admin);
    String latvian = "Bibliotekāru kurss " + UUID.randomUUID().toString().substring(0, 6);
    Programme edited = programmes.programme(world.programmeId());
    String main = edited.getName();
    edited.getNames().put("lv", "  " + latvian + " ");
    edited.getNames().put("el", "");
    programmes.saveProgramme(edited);

    Programme saved = programmes.programme(world.programmeId());
    assertEquals(latvian, saved.name(Locale.forLanguageTag("lv")));
    assertEquals(main, saved.name(Locale.forLanguageTag("el")));
    assertFalse(saved.getNames().containsKey("el"));
    TestLogin.logout();

    HttpClient client = signedIn(admin);
    choose(client, "lv");
    HttpResponse<String> latvianPage =
        get(client, "course/programme.xhtml?id=" + world.programmeId());
    assertTrue(latvianPage.body().contains("<title>" + latvian), "the page title is Latvian");
    assertTrue(latvianPage.body().contains("value=\"" + latvian + "\""), "the lv field shows it");
    choose(client, "el");
    HttpResponse<String> greekPage = get(client, "course/programmes.xhtml");
    assertTrue(greekPage.body().contains(main), "Greek shows the main name");
    assertFalse(greekPage.body().contains(latvian));
  }

  @Test
  void theShippedFrameworksCarryTheirNamesInTheOfferedLanguages() {
    as(trainer);
    Competence browsing = competence(framework("DIGCOMP", "2.2").getId(), "1.1");
    assertEquals(
        "Сърфиране, търсене и филтриране на данни, информация и дигитално съдържание",
        browsing.name(Locale.forLanguageTag("bg")));
    assertEquals("Informācijpratība un datpratība", browsing.getArea().name("lv"));
    assertEquals(
        "Βασικό 1", frameworks.levels(framework("DIGCOMP", "2.2").getId()).get(0).name("el"));
  }

  @Test
  void theAdministratorsPagesRenderAndOthersDoNotFindThem() throws Exception {
    long profile = profile();
    Framework digcomp = framework("DIGCOMP", "2.2");
    setup.addTarget(profile, competence(digcomp.getId(), "3.1").getId(), 5);
    TestLogin.logout();

    HttpClient client = signedIn(admin);
    assertPage(client, "competence/frameworks.xhtml", "DigComp 2.2", "EntreComp 1.0");
    assertPage(
        client,
        "competence/framework.xhtml?id=" + digcomp.getId(),
        "Digital content creation",
        "Creatively using digital technologies",
        "Highly specialised 8",
        "https://joint-research-centre.ec.europa.eu/digcomp");
    assertPage(client, "competence/framework-import.xhtml?code=DIGCOMP", "competencesFile");
    assertPage(
        client,
        "competence/profile-targets.xhtml?profile=" + profile,
        "Developing digital content",
        "Advanced 5");
    assertPage(
        client, "competence/module-competences.xhtml?programme=" + world.programmeId(), "V1");
    assertPage(
        client,
        "competence/edition-assessment.xhtml?edition=" + world.editionId(),
        "End of work-based learning",
        "closes_COURSE_END");
    assertPage(
        client,
        "course/programme.xhtml?id=" + world.programmeId(),
        "competence/profile-targets.xhtml?profile=" + profile,
        "competence/module-competences.xhtml?programme=" + world.programmeId());

    HttpClient staff = signedIn(trainer);
    assertEquals(404, get(staff, "competence/frameworks.xhtml").statusCode());
    assertEquals(
        404, get(staff, "competence/profile-targets.xhtml?profile=" + profile).statusCode());
  }
}
