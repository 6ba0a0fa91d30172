package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.certificate.CertificateFixtures;
import org.mentora.certificate.CertificateService;
import org.mentora.competence.AssessmentMoment;
import org.mentora.competence.AssessmentService;
import org.mentora.competence.CompetenceFixtures;
import org.mentora.competence.RatingForm;
import org.mentora.course.BiblioModes;
import org.mentora.course.Programme;
import org.mentora.course.ProgrammeService;
import org.mentora.course.RosterService;
import org.mentora.course.WaiverService;
import org.mentora.course.roster.RosterKind;
import org.mentora.course.roster.RosterReport;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Organisation;
import org.mentora.directory.OrganisationKind;
import org.mentora.directory.Person;
import org.mentora.logbook.EntryForm;
import org.mentora.logbook.EntryService;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.LogEntry;
import org.mentora.logbook.LogbookFixtures;
import org.mentora.logbook.ReviewService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageAccessPolicy;
import org.mentora.platform.web.PageRule;
import org.mentora.project.GoodPracticeService;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectService;
import org.mentora.project.ProjectStatus;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;
import org.mentora.support.WebSession;

/**
 * What the application already promises about security, proved with real requests against the
 * deployed WAR so that it stays so: who may open which page (generated from the pages' own rules),
 * nobody reaching another person's record by changing an id, Faces forms refusing posts without
 * their own view state, payloads shown back as text, security headers, the session around login and
 * logout, one decision under a race, and imports that save all or nothing. See docs/security.md for
 * the map from each promise to its test.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class SecurityIT {

  private static final byte[] PDF =
      "%PDF-1.4\n%security-suite\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  /** Script, markup and expression-language payloads that must come back as plain text. */
  static final String PAYLOAD =
      "<script>alert(1)</script>\"><img src=x onerror=alert(1)>#{1+1}${7*7}";

  private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora()
        .addClasses(CertificateFixtures.class, CompetenceFixtures.class, LogbookFixtures.class);
  }

  @Inject @Any Instance<PageAccessContribution> contributions;
  @Inject ServletContext servletContext;
  @Inject CourseFixtures fixtures;
  @Inject CertificateFixtures certificateFixtures;
  @Inject CompetenceFixtures competenceFixtures;
  @Inject LogbookFixtures logbookFixtures;
  @Inject EntryService entryService;
  @Inject ReviewService reviewService;
  @Inject ProjectService projects;
  @Inject GoodPracticeService practices;
  @Inject WaiverService waivers;
  @Inject AssessmentService assessments;
  @Inject CertificateService certificates;
  @Inject DirectoryService directory;
  @Inject ProgrammeService programmes;
  @Inject RosterService roster;
  @Inject Clock clock;

  @Resource ContextService contextService;

  @ArquillianResource URL base;

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  private static void as(String user) {
    TestLogin.as(user, TestData.PASSWORD);
  }

  // ---- one edition with a participant and the staff around them

  /** One side of a test: an edition, its participant (whose family name is a marker), staff. */
  private record Side(
      World world,
      String participant,
      long person,
      long enrolment,
      String familyName,
      String mentor,
      String tutor,
      String trainer,
      String admin) {

    Map<Role, String> users() {
      return Map.of(
          Role.ADMIN, admin,
          Role.TRAINER, trainer,
          Role.TUTOR, tutor,
          Role.MENTOR, mentor,
          Role.PARTICIPANT, participant);
    }
  }

  private Side side() {
    World world = fixtures.world(25);
    String familyName = "Marker" + UUID.randomUUID().toString().substring(0, 8);
    String participant = TestData.unique("p");
    long person = fixtures.person(participant, "Anna", familyName, Role.PARTICIPANT);
    long enrolment = fixtures.enrol(world.editionId(), person);
    String mentor = TestData.unique("m");
    fixtures.mentor(enrolment, fixtures.person(mentor, "Inese", "Liepa", Role.MENTOR));
    String tutor = TestData.unique("t");
    long tutorId = fixtures.person(tutor, "Līga", "Ozola", Role.TUTOR);
    fixtures.putInGroup(enrolment, fixtures.group(world.editionId(), "G", tutorId));
    String trainer = TestData.unique("r");
    fixtures.trainer(
        world.editionId(),
        world.moduleVirtual(),
        fixtures.person(trainer, "Andris", "Ozols", Role.TRAINER));
    String admin = TestData.unique("a");
    fixtures.person(admin, "Ada", "Admin", Role.ADMIN);
    return new Side(
        world, participant, person, enrolment, familyName, mentor, tutor, trainer, admin);
  }

  private long idea(Side side, String title) {
    as(side.participant());
    ProjectIdea form = new ProjectIdea();
    form.setTitle(title);
    form.setProblem("Readers cannot find the e-catalogue.");
    return projects.create(side.enrolment(), form, null).getId();
  }

  /** An idea its mentor approved, so that its journal takes updates; logged in as its owner. */
  private long approvedIdea(Side side, String title) {
    long idea = idea(side, title);
    projects.move(idea, ProjectStatus.SUBMITTED, null, projects.view(idea).idea().getVersion());
    as(side.mentor());
    projects.move(idea, ProjectStatus.APPROVED, null, projects.view(idea).idea().getVersion());
    as(side.participant());
    return idea;
  }

  private LogEntry entry(Side side, String description) {
    as(side.participant());
    return entryService.log(
        side.enrolment(),
        new EntryForm(
            LocalDate.now(clock).minusDays(1), BiblioModes.WORK_BASED, null, 90, description));
  }

  // ---- the pages and their rules, read from the deployed application itself

  private PageAccessPolicy policy() {
    return new PageAccessPolicy(rules());
  }

  private List<PageRule> rules() {
    return contributions.stream().flatMap(c -> c.rules().stream()).toList();
  }

  /** Every page file a visitor could ask for: all .xhtml outside WEB-INF and resources. */
  private Set<String> pages() {
    Set<String> pages = new TreeSet<>();
    collect("/", pages);
    assertTrue(pages.size() > 40, "the page scan found " + pages);
    return pages;
  }

  private void collect(String folder, Set<String> pages) {
    Set<String> paths = servletContext.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.startsWith("/WEB-INF/")
          || path.startsWith("/META-INF/")
          || path.startsWith("/resources/")) {
        continue;
      }
      if (path.endsWith("/")) {
        collect(path, pages);
      } else if (path.endsWith(".xhtml")) {
        pages.add(path);
      }
    }
  }

  /** The names of a page's {@code f:viewParam}s, in the order the page declares them. */
  private List<String> viewParams(String page) {
    try (InputStream in = servletContext.getResourceAsStream(page)) {
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> names = new ArrayList<>();
      Matcher matcher = VIEW_PARAM.matcher(source);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isPublic(PageAccessPolicy policy, String page) {
    return policy.decide(page, Set.of()) == PageAccessPolicy.Decision.ALLOW;
  }

  private static Set<Role> allowed(PageAccessPolicy policy, String page) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (policy.decide(page, EnumSet.of(role)) == PageAccessPolicy.Decision.ALLOW) {
        roles.add(role);
      }
    }
    return roles;
  }

  @Test
  void everyPageFileHasAnAccessRule() {
    List<PageRule> rules = rules();
    List<String> withoutRule =
        pages().stream().filter(page -> rules.stream().noneMatch(r -> r.matches(page))).toList();
    assertEquals(List.of(), withoutRule, "pages no PageAccessContribution mentions");
  }

  /**
   * Each page, asked for by an anonymous visitor and by one person of each role, with the ids of
   * that person's own edition: the answer is what the page's rule says. Allowed is 200 (or a
   * redirect elsewhere than the login), refused is 404, anonymous on a signed-in page is sent to
   * the login. A new page is in this matrix as soon as it exists.
   */
  @Test
  void everyPageAnswersAnonymousVisitorsAndEachRoleAsItsRuleSays() {
    PageAccessPolicy policy = policy();
    Side side = side();
    Map<String, String> own = ownIds(side);
    Map<Role, WebSession> sessions = new LinkedHashMap<>();
    side.users().forEach((role, user) -> sessions.put(role, WebSession.signedIn(base, user)));
    WebSession anonymous = new WebSession(base);

    List<String> wrong = new ArrayList<>();
    for (String page : pages()) {
      String address = page.substring(1) + query(page, own);
      HttpResponse<String> visitor = anonymous.get(address);
      if (isPublic(policy, page)) {
        expectAllowed("anonymous", address, visitor, wrong);
      } else if (visitor.statusCode() != 302
          || !location(visitor).contains("/login.xhtml?continue=")) {
        wrong.add("anonymous " + address + " -> " + visitor.statusCode() + " " + location(visitor));
      }
      for (Role role : Role.values()) {
        HttpResponse<String> answer = sessions.get(role).get(address);
        if (policy.decide(page, EnumSet.of(role)) == PageAccessPolicy.Decision.ALLOW) {
          expectAllowed(role.name(), address, answer, wrong);
        } else if (answer.statusCode() != 404) {
          wrong.add(role + " " + address + " -> " + answer.statusCode() + ", expected 404");
        }
      }
    }
    assertEquals(List.of(), wrong, "answers that differ from the page rules");
  }

  private static void expectAllowed(
      String who, String address, HttpResponse<String> answer, List<String> wrong) {
    boolean redirectedAway =
        answer.statusCode() == 302 && !location(answer).contains("/login.xhtml");
    if (answer.statusCode() != 200 && !redirectedAway) {
      wrong.add(who + " " + address + " -> " + answer.statusCode() + " " + location(answer));
    }
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  /** The ids a page of the matrix is opened with: the side's own edition, person, idea... */
  private Map<String, String> ownIds(Side side) {
    Map<String, String> ids = new LinkedHashMap<>();
    String edition = Long.toString(side.world().editionId());
    String programme = Long.toString(side.world().programmeId());
    ids.put("edition", edition);
    ids.put("programme", programme);
    ids.put("enrolment", Long.toString(side.enrolment()));
    ids.put(
        "profile",
        Long.toString(competenceFixtures.profile(side.world().editionId(), Map.of("1.1", 4))));
    ids.put("/course/participant.xhtml#id", Long.toString(side.enrolment()));
    ids.put("/course/programme.xhtml#id", programme);
    for (String page :
        List.of("edition", "edition-admission", "edition-participants", "edition-staff")) {
      ids.put("/course/" + page + ".xhtml#id", edition);
    }
    ids.put("/course/edition-waivers.xhtml#id", edition);
    ids.put("/directory/person.xhtml#id", Long.toString(side.person()));
    ids.put(
        "/directory/organisation.xhtml#id",
        Long.toString(fixtures.count("select min(o.id) from Organisation o")));
    ids.put(
        "/competence/framework.xhtml#id",
        Long.toString(fixtures.count("select min(f.id) from Framework f")));
    ids.put("/project/idea.xhtml#id", Long.toString(idea(side, "Own idea")));
    practices
        .search(new GoodPracticeService.Search(null, null, null, null, null, null, null))
        .stream()
        .findFirst()
        .ifPresent(practice -> ids.put("slug", practice.getSlug()));
    TestLogin.logout();
    return ids;
  }

  /** The query string with the page's id parameters filled from the ids given; others left out. */
  private String query(String page, Map<String, String> ids) {
    List<String> parts = new ArrayList<>();
    for (String name : viewParams(page)) {
      String value = ids.getOrDefault(page + "#" + name, name.equals("id") ? null : ids.get(name));
      if (value != null) {
        parts.add(name + "=" + value);
      }
    }
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  // ---- IDOR: another person's or edition's id in the address

  /**
   * Every page parameter that a role other than the administrator may use is listed here with an id
   * of the other side; the scan of the pages' {@code f:viewParam}s fails on one that is not, so a
   * new id-bearing page must say what a foreign id looks like. Administrators see every record;
   * public pages take codes, not ids.
   */
  private static Map<String, Long> foreignPageIds(
      Side other, long otherIdea, long otherNotification) {
    Map<String, Long> ids = new TreeMap<>();
    ids.put("/notification/centre.xhtml#open", otherNotification);
    ids.put("/course/participant.xhtml#id", other.enrolment());
    ids.put("/competence/profile.xhtml#enrolment", other.enrolment());
    ids.put("/report/my-dashboard.xhtml#enrolment", other.enrolment());
    ids.put("/project/idea.xhtml#id", otherIdea);
    ids.put("/certificate/module-results.xhtml#edition", other.world().editionId());
    return ids;
  }

  /** Page parameters that name no record (a page number of one's own list). */
  private static final Set<String> NOT_RECORDS = Set.of("/notification/centre.xhtml#page");

  @Test
  void nobodyOpensAnotherEditionsRecordByChangingTheIdInAPageAddress() {
    PageAccessPolicy policy = policy();
    Side mine = side();
    Side other = side();
    String title = "Idea " + other.familyName();
    long otherIdea = idea(other, title);
    // The mentor's approval tells the other participant: a notification of theirs, with the title.
    long approved = approvedIdea(other, title + " approved");
    long otherNotification =
        fixtures.count(
            "select max(n.id) from Notification n where n.recipient.id = :p0", other.person());
    assertTrue(approved > 0 && otherNotification > 0);
    Map<String, Long> foreign = foreignPageIds(other, otherIdea, otherNotification);
    TestLogin.logout();

    List<String> uncovered = new ArrayList<>();
    for (String page : pages()) {
      Set<Role> staffAndParticipants = allowed(policy, page);
      staffAndParticipants.remove(Role.ADMIN);
      if (isPublic(policy, page) || staffAndParticipants.isEmpty()) {
        continue;
      }
      for (String name : viewParams(page)) {
        if (!foreign.containsKey(page + "#" + name) && !NOT_RECORDS.contains(page + "#" + name)) {
          uncovered.add(page + "#" + name);
        }
      }
    }
    assertEquals(List.of(), uncovered, "id parameters without a foreign-id case in this test");

    Map<Role, WebSession> sessions = new LinkedHashMap<>();
    mine.users().forEach((role, user) -> sessions.put(role, WebSession.signedIn(base, user)));
    List<String> wrong = new ArrayList<>();
    foreign.forEach(
        (key, id) -> {
          String page = key.substring(0, key.indexOf('#'));
          String name = key.substring(key.indexOf('#') + 1);
          for (Role role : allowed(policy, page)) {
            if (role == Role.ADMIN) {
              continue;
            }
            HttpResponse<String> answer =
                sessions.get(role).get(page.substring(1) + "?" + name + "=" + id);
            if (answer.statusCode() != 404
                || answer.body().contains(other.familyName())
                || answer.body().contains(title)) {
              wrong.add(role + " " + key + "=" + id + " -> " + answer.statusCode());
            }
          }
        });
    assertEquals(List.of(), wrong, "foreign ids that were not answered with an empty 404");
  }

  /**
   * Every servlet of the application that takes an id (downloads of evidence, certificates,
   * exports, project files) answers 404 without a byte of the file to each role of another edition,
   * and serves the file to an administrator, which proves the id was real.
   */
  /** Servlets that read no record: a folder's redirect to its slash, the language switcher. */
  private static final Set<String> TAKE_NO_RECORD =
      Set.of(
          "org.mentora.platform.web.FolderAddresses$ToFolder",
          "org.mentora.platform.i18n.LanguageServlet");

  @Test
  void nobodyDownloadsAnotherEditionsFileByChangingTheIdInADownloadAddress() {
    Side mine = side();
    Side other = side();
    Map<String, String> downloads = foreignDownloads(other);

    List<String> uncovered = new ArrayList<>();
    for (ServletRegistration servlet : servletContext.getServletRegistrations().values()) {
      if (servlet.getClassName().startsWith("org.mentora.")
          && !servlet.getClassName().startsWith("org.mentora.support.")
          && !TAKE_NO_RECORD.contains(servlet.getClassName())) {
        for (String mapping : servlet.getMappings()) {
          if (downloads.keySet().stream().noneMatch(url -> url.startsWith(mapping.substring(1)))) {
            uncovered.add(mapping + " (" + servlet.getClassName() + ")");
          }
        }
      }
    }
    assertEquals(List.of(), uncovered, "servlets without a foreign-id case in this test");

    WebSession administrator = WebSession.signedIn(base, other.admin());
    List<String> wrong = new ArrayList<>();
    for (String url : downloads.keySet()) {
      HttpResponse<String> served = administrator.get(url);
      if (served.statusCode() != 200 || !served.body().startsWith(downloads.get(url))) {
        wrong.add("ADMIN " + url + " -> " + served.statusCode() + " (the id must be real)");
      }
    }
    mine.users()
        .forEach(
            (role, user) -> {
              if (role == Role.ADMIN) {
                return;
              }
              WebSession session = WebSession.signedIn(base, user);
              for (String url : downloads.keySet()) {
                HttpResponse<String> answer = session.get(url);
                if (answer.statusCode() != 404
                    || answer.body().contains("%PDF")
                    || answer.body().contains(other.familyName())) {
                  wrong.add(role + " " + url + " -> " + answer.statusCode());
                }
              }
            });
    assertEquals(List.of(), wrong, "downloads answered to someone of another edition");
  }

  /** One address per download servlet with ids of the other side, and how its content starts. */
  private Map<String, String> foreignDownloads(Side other) {
    long edition = other.world().editionId();
    LogEntry entry = entry(other, "Evidence of " + other.familyName());
    entryService.attachEvidence(entry.getId(), entry.getVersion(), "evidence.pdf", PDF);
    long waiver =
        waivers
            .request(other.enrolment(), other.world().moduleVirtual(), "waiver.pdf", PDF, "ECDL")
            .getId();

    competenceFixtures.profile(edition, Map.of("1.1", 5));
    RatingForm rating = new RatingForm();
    rating.setCompetenceId(competenceFixtures.digComp("1.1"));
    rating.setMoment(AssessmentMoment.COURSE_START);
    rating.setLevel(4);
    rating.attach("rating.pdf", PDF);
    assessments.selfAssess(other.enrolment(), rating);
    long ratingEvidence =
        fixtures.count(
            "select max(e.id) from RatingEvidence e where e.rating.enrolment.id = :p0",
            other.enrolment());

    long idea = approvedIdea(other, "Idea " + other.familyName());
    long update = projects.addUpdate(idea, "Scanner ordered.", "offer.pdf", PDF).getId();
    projects.move(
        idea, ProjectStatus.IN_IMPLEMENTATION, null, projects.view(idea).idea().getVersion());
    projects.uploadFinalReport(idea, "report.pdf", PDF);

    certificateFixtures.rules(edition, CertificateFixtures.SMALL);
    long holder = certificateFixtures.eligibleParticipant(edition, other.familyName());
    as(other.admin());
    long certificate = certificates.issue(holder).getId();
    TestLogin.logout();

    Map<String, String> downloads = new LinkedHashMap<>();
    downloads.put("logbook/evidence?id=" + entry.getId(), "%PDF");
    downloads.put("logbook/export?enrolment=" + other.enrolment() + "&format=csv", "\uFEFF");
    downloads.put("logbook/export?edition=" + edition + "&format=csv", "\uFEFF");
    downloads.put("course/waiver-evidence?id=" + waiver, "%PDF");
    downloads.put("competence/evidence?id=" + ratingEvidence, "%PDF");
    downloads.put("project/file?update=" + update, "%PDF");
    downloads.put("project/file?report=" + idea, "%PDF");
    downloads.put("certificates/pdf?id=" + certificate, "%PDF");
    downloads.put("certificates/zip?edition=" + edition, "PK");
    return downloads;
  }

  // ---- uploads: the content decides, not the name

  @Test
  void everyUploadRefusesAFileThatIsNotReallyAPdfPngOrJpegWhateverItsName() {
    Side side = side();
    competenceFixtures.profile(side.world().editionId(), Map.of("1.1", 5));
    long competence = competenceFixtures.digComp("1.1");
    long idea = approvedIdea(side, "Scanner corner");
    LogEntry entry = entry(side, "Evidence to come");
    byte[] executable = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
    byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] oversized = java.util.Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

    Map<String, java.util.function.Function<byte[], Object>> uploads = new LinkedHashMap<>();
    uploads.put(
        "logbook evidence",
        bytes ->
            entryService.attachEvidence(entry.getId(), entry.getVersion(), "evidence.pdf", bytes));
    uploads.put(
        "waiver evidence",
        bytes ->
            waivers.request(
                side.enrolment(), side.world().moduleVirtual(), "waiver.pdf", bytes, "ECDL"));
    uploads.put("project update", bytes -> projects.addUpdate(idea, "Offer", "offer.pdf", bytes));
    uploads.put(
        "rating evidence",
        bytes -> {
          RatingForm rating = new RatingForm();
          rating.setCompetenceId(competence);
          rating.setMoment(AssessmentMoment.COURSE_START);
          rating.setLevel(3);
          rating.attach("rating.pdf", bytes);
          assessments.selfAssess(side.enrolment(), rating);
          return rating;
        });

    List<String> wrong = new ArrayList<>();
    uploads.forEach(
        (what, upload) -> {
          expectRefusal(what + ", an executable", "file.typeNotAllowed", upload, executable, wrong);
          expectRefusal(what + ", a web page", "file.typeNotAllowed", upload, page, wrong);
          expectRefusal(what + ", over 10 MB", "file.tooLarge", upload, oversized, wrong);
        });
    assertEquals(List.of(), wrong, "uploads that were not refused as they should be");
    assertEquals(
        0,
        fixtures.count(
            "select count(f) from StoredFile f where f.uploadedBy = :p0", side.participant()),
        "nothing refused was stored");
  }

  private static void expectRefusal(
      String what,
      String key,
      java.util.function.Function<byte[], Object> upload,
      byte[] content,
      List<String> wrong) {
    try {
      upload.apply(content);
      wrong.add(what + ": accepted");
    } catch (BusinessException refusal) {
      if (!key.equals(refusal.messageKey())) {
        wrong.add(what + ": " + refusal.messageKey());
      }
    }
  }

  // ---- CSRF: a Faces form acts only on a post carrying the view state of its own session

  private static Map<String, String> addTopic(String name, String viewState) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("topics", "topics");
    form.put("topics:topicName", name);
    form.put("topics:add", "topics:add");
    if (viewState != null) {
      form.put("jakarta.faces.ViewState", viewState);
    }
    return form;
  }

  private long topics(String name) {
    return fixtures.count("select count(t) from ProjectTopic t where t.name = :p0", name);
  }

  @Test
  void aFormPostWithoutItsOwnSessionsViewStateChangesNothing() {
    String admin = TestData.unique("a");
    fixtures.person(admin, "Ada", "Admin", Role.ADMIN);
    WebSession victim = WebSession.signedIn(base, admin);
    WebSession attacker = WebSession.signedIn(base, admin);
    String page = "project/topics.xhtml";

    String accepted = TestData.unique("Topic");
    victim.postForm(page, addTopic(accepted, WebSession.viewState(victim.open(page).body())));
    assertEquals(1, topics(accepted), "the form as the page rendered it adds a topic");

    String missing = TestData.unique("Missing");
    victim.postForm(page, addTopic(missing, null));
    assertEquals(0, topics(missing), "a post without a view state");

    String forged = TestData.unique("Forged");
    victim.postForm(page, addTopic(forged, "-1234567890123456789:-987654321098765432"));
    assertEquals(0, topics(forged), "a post with a made-up view state");

    String foreign = TestData.unique("Foreign");
    String attackersState = WebSession.viewState(attacker.open(page).body());
    victim.postForm(page, addTopic(foreign, attackersState));
    assertEquals(0, topics(foreign), "a post with another session's view state");
  }

  // ---- XSS and EL: what people type comes back as text

  private static String payload(String tag) {
    return tag + PAYLOAD;
  }

  private static void assertShownAsText(String what, String tag, HttpResponse<String> page) {
    String body = page.body();
    assertEquals(200, page.statusCode(), what);
    assertTrue(body.contains(tag), what + ": the text is shown");
    assertFalse(body.contains("<script>alert(1)</script>"), what + ": raw script tag");
    assertFalse(body.contains("<img src=x onerror=alert(1)>"), what + ": raw image tag");
    assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), what + ": escaped");
    assertTrue(body.contains("#{1+1}"), what + ": an EL expression stays literal");
    assertTrue(body.contains("${7*7}"), what + ": an EL expression stays literal");
  }

  @Test
  void scriptAndExpressionPayloadsInTextFieldsAreShownBackAsText() {
    Side side = side();
    String tag = "x" + UUID.randomUUID().toString().substring(0, 6);

    long idea = idea(side, payload(tag + "title"));
    LogEntry entry = entry(side, payload(tag + "description"));
    as(side.mentor());
    reviewService.requestChanges(entry.getId(), payload(tag + "comment"));

    as(side.admin());
    projects.addTopic(payload(tag + "topic"));
    Organisation organisation =
        directory.saveOrganisation(
            new Organisation(
                payload(tag + "org"), OrganisationKind.PUBLIC, "LV", "Vidzeme", "Cēsis"));
    Person person =
        directory.savePerson(
            new Person(payload(tag + "given"), payload(tag + "family"), tag + "@x.example", null));
    Programme programme = new Programme();
    programme.setName(payload(tag + "programme"));
    programme.setEqfLevel(5);
    long programmeId = programmes.saveProgramme(programme).getId();
    TestLogin.logout();

    WebSession participant = WebSession.signedIn(base, side.participant());
    assertShownAsText(
        "project title", tag + "title", participant.get("project/idea.xhtml?id=" + idea));
    HttpResponse<String> logbookPage = participant.get("logbook/my-logbook.xhtml");
    assertShownAsText("logbook description", tag + "description", logbookPage);
    assertShownAsText("review comment", tag + "comment", logbookPage);

    WebSession admin = WebSession.signedIn(base, side.admin());
    assertShownAsText("topic", tag + "topic", admin.get("project/topics.xhtml"));
    assertShownAsText(
        "organisation name",
        tag + "org",
        admin.get("directory/organisation.xhtml?id=" + organisation.getId()));
    HttpResponse<String> personPage = admin.get("directory/person.xhtml?id=" + person.getId());
    assertShownAsText("given name", tag + "given", personPage);
    assertShownAsText("family name", tag + "family", personPage);
    assertShownAsText(
        "programme name", tag + "programme", admin.get("course/programme.xhtml?id=" + programmeId));

    String search = URLEncoder.encode(payload(tag + "search"), StandardCharsets.UTF_8);
    assertShownAsText(
        "search text in the address",
        tag + "search",
        new WebSession(base).get("good-practices/index.xhtml?q=" + search));
  }

  // ---- headers on every kind of response

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    Side side = side();
    WebSession anonymous = new WebSession(base);
    WebSession admin = WebSession.signedIn(base, side.admin());
    WebSession participant = WebSession.signedIn(base, side.participant());
    HttpResponse<String> login = anonymous.get("login.xhtml");
    Matcher script =
        Pattern.compile("src=\"[^\"]*(jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
    assertTrue(script.find(), "the login page loads a Faces resource");

    Map<String, HttpResponse<String>> kinds = new LinkedHashMap<>();
    kinds.put("login page", login);
    kinds.put("signed-in page", admin.get("home/admin.xhtml"));
    kinds.put("redirect to the login", anonymous.get("home/admin.xhtml"));
    kinds.put("static file", anonymous.get("resources/css/mentora.css"));
    kinds.put("Faces resource", anonymous.get(script.group(1).replace("&amp;", "&")));
    kinds.put("page not found", admin.get("no/such/page.xhtml"));
    kinds.put("page of another role", participant.get("home/admin.xhtml"));
    kinds.put("record not found", admin.get("course/participant.xhtml?id=1"));
    kinds.put("expired view", admin.postForm("project/topics.xhtml", addTopic("never", "-1:-2")));

    List<String> missing = new ArrayList<>();
    kinds.forEach(
        (kind, response) -> {
          String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
          if (!csp.contains("frame-ancestors 'none'") || !csp.contains("default-src 'self'")) {
            missing.add(kind + " (" + response.statusCode() + "): CSP " + csp);
          }
          if (response.headers().allValues("Content-Security-Policy").size() > 1) {
            missing.add(kind + ": more than one CSP");
          }
          if (!"nosniff"
              .equals(response.headers().firstValue("X-Content-Type-Options").orElse(""))) {
            missing.add(kind + " (" + response.statusCode() + "): nosniff");
          }
          if (response.headers().firstValue("Referrer-Policy").isEmpty()) {
            missing.add(kind + " (" + response.statusCode() + "): Referrer-Policy");
          }
          if (!"DENY".equals(response.headers().firstValue("X-Frame-Options").orElse(""))) {
            missing.add(kind + " (" + response.statusCode() + "): X-Frame-Options");
          }
        });
    assertEquals(List.of(), missing, "responses without a security header");
    assertEquals(404, kinds.get("page not found").statusCode());
    assertEquals(404, kinds.get("record not found").statusCode());
  }

  // ---- session

  @Test
  void loggingInGivesANewSessionIdAndLoggingOutKillsTheOldOne() {
    Side side = side();
    WebSession visitor = new WebSession(base);
    // The login page keeps no state and creates no session; the verification page does, so a
    // visitor (or someone who planted its cookie) arrives at the login with a session.
    visitor.open("verify/index.xhtml");
    String before = visitor.cookie("JSESSIONID").orElseThrow();

    assertTrue(visitor.logIn(side.participant(), TestData.PASSWORD));
    String signedIn = visitor.cookie("JSESSIONID").orElseThrow();
    assertNotEquals(before, signedIn, "the session id changes at login (no fixation)");
    assertEquals(200, visitor.get("home/participant.xhtml").statusCode());

    HttpResponse<String> out = visitor.logOut("home/participant.xhtml");
    assertTrue(location(out).contains("/login.xhtml"), out.statusCode() + " " + location(out));

    WebSession replay = new WebSession(base);
    replay.useSessionCookie(signedIn);
    HttpResponse<String> again = replay.get("home/participant.xhtml");
    assertEquals(302, again.statusCode(), "the old session cookie opens nothing");
    assertTrue(location(again).contains("/login.xhtml?continue="), location(again));
  }

  // ---- races and all-or-nothing

  @Test
  void twentyConcurrentApprovalsOfOneEntryMakeExactlyOneChange() throws Exception {
    Side side = side();
    long id = entry(side, "Shelved the returns").getId();
    as(side.mentor());
    CountDownLatch start = new CountDownLatch(1);
    Callable<String> approve =
        contextService.contextualCallable(
            () -> {
              start.await();
              try {
                reviewService.approve(id);
                return "approved";
              } catch (BusinessException refused) {
                return "refused";
              } catch (RuntimeException unclean) {
                return unclean.toString();
              }
            });
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<String> outcomes = new ArrayList<>();
    try {
      List<Future<String>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(pool.submit(approve));
      }
      start.countDown();
      for (Future<String> call : calls) {
        outcomes.add(call.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, outcomes.stream().filter("approved"::equals).count(), outcomes.toString());
    assertEquals(19, outcomes.stream().filter("refused"::equals).count(), outcomes.toString());
    assertEquals(1, logbookFixtures.audits(id, EntryStatus.APPROVED));
    assertEquals(EntryStatus.APPROVED, logbookFixtures.status(id));
  }

  @Test
  void aRosterWithOneBadRowChangesNothingNotEvenTheGoodRows() {
    Side side = side();
    as(side.admin());
    String library = fixtures.organisation("Cēsu bibliotēka", "LV");
    String prefix = TestData.unique("atom");
    String header = "email;given_name;family_name;organisation;language\n";
    String first = prefix + "1@roster.example;Jānis;Bērziņš;" + library + ";lv\n";
    RosterReport before =
        roster.importRoster(
            RosterKind.ENROLMENTS,
            side.world().editionId(),
            (header + first).getBytes(StandardCharsets.UTF_8));
    assertTrue(before.imported(), before.problems().toString());
    long enrolments =
        fixtures.count(
            "select count(e) from Enrolment e where e.edition.id = :p0", side.world().editionId());

    String renamed = first.replace("Bērziņš", "Kalniņš");
    String added = prefix + "2@roster.example;Anna;Ozola;" + library + ";lv\n";
    String bad = "not-an-address;Olga;Petrova;" + library + ";lv\n";
    RosterReport report =
        roster.importRoster(
            RosterKind.ENROLMENTS,
            side.world().editionId(),
            (header + renamed + added + bad).getBytes(StandardCharsets.UTF_8));

    assertFalse(report.imported());
    assertEquals(4, report.problems().get(0).line(), report.problems().toString());
    assertEquals(
        "Bērziņš",
        directory.personByEmail(prefix + "1@roster.example").orElseThrow().getFamilyName(),
        "the good row before the bad one changed nothing");
    assertTrue(directory.personByEmail(prefix + "2@roster.example").isEmpty());
    assertEquals(
        enrolments,
        fixtures.count(
            "select count(e) from Enrolment e where e.edition.id = :p0", side.world().editionId()));
  }
}
