package org.mentora.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.course.BiblioModes;
import org.mentora.logbook.EntryForm;
import org.mentora.logbook.EntryService;
import org.mentora.logbook.LogEntry;
import org.mentora.logbook.ReviewService;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.i18n.Bundles;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * Notifications in the container, with GreenMail as the mail server: a decision reaches the
 * participant by mail in their language, a reviewer's waiting entries come as one daily digest, a
 * mail server that is away delays mail without losing or doubling it, the cluster-wide scheduler
 * sends without being asked, stop links change only what they name, and each person sees only their
 * own notifications.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class NotificationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora()
        .addClasses(
            NotificationFixtures.class,
            TestMailServer.class,
            TestMailSettings.class,
            SecondNode.class)
        .addAsLibraries(jarOf(GreenMail.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject CourseFixtures fixtures;
  @Inject NotificationFixtures notifications;
  @Inject EntryService entries;
  @Inject ReviewService reviews;
  @Inject NotificationService service;
  @Inject MailDispatcher dispatcher;
  @Inject StopLinks stopLinks;
  @Inject Clock clock;
  @Inject org.mentora.project.ProjectService projects;
  @Inject org.mentora.directory.PasswordLinks passwordLinks;
  @Inject org.mentora.directory.DirectoryService directory;
  @Inject org.mentora.course.AdmissionService admission;
  @Inject DailyWatches watches;
  @Inject Notifier notifier;
  @Inject SecondNode secondNode;

  private World world;
  private String trainee;
  private long traineeId;
  private long enrolment;
  private String mentor;
  private long mentorId;

  @BeforeEach
  void world() {
    TestMailServer.up();
    TestMailServer.configured(true);
    world = fixtures.world(10);
    trainee = TestData.unique("trainee");
    traineeId = fixtures.person(trainee, "Jānis", "Bērziņš", Role.PARTICIPANT);
    enrolment = fixtures.enrol(world.editionId(), traineeId);
    mentor = TestData.unique("mentor");
    mentorId = fixtures.person(mentor, "Inese", "Liepiņa", Role.MENTOR);
    fixtures.mentor(enrolment, mentorId);
  }

  @AfterEach
  void after() {
    TestLogin.logout();
    TestMailServer.up();
    TestMailServer.configured(true);
  }

  private static void as(String user) {
    TestLogin.as(user, TestData.PASSWORD);
  }

  private LogEntry log(int minutes, int daysAgo) {
    as(trainee);
    try {
      return entries.log(
          enrolment,
          new EntryForm(
              LocalDate.now(clock).minusDays(daysAgo),
              BiblioModes.WORK_BASED,
              null,
              minutes,
              TestData.unique("Shelved and catalogued")));
    } finally {
      TestLogin.logout();
    }
  }

  /**
   * The person's outbox once it holds {@code count} mails (a reset is written after the answer).
   */
  private List<OutboxMail> mailsOf(long personId, int count) throws InterruptedException {
    long until = System.currentTimeMillis() + 15_000;
    List<OutboxMail> mails = notifications.mails(personId);
    while (mails.size() < count && System.currentTimeMillis() < until) {
      Thread.sleep(100);
      mails = notifications.mails(personId);
    }
    return mails;
  }

  private List<MimeMessage> waitForMail(String address, int count) throws Exception {
    long until = System.currentTimeMillis() + 30_000;
    List<MimeMessage> received = TestMailServer.to(address);
    while (received.size() < count && System.currentTimeMillis() < until) {
      Thread.sleep(250);
      received = TestMailServer.to(address);
    }
    return received;
  }

  @Test
  void aRejectionReachesTheParticipantByMailInTheirLanguage() throws Exception {
    notifications.language(traineeId, "lv");
    LogEntry entry = log(90, 2);
    as(mentor);
    reviews.reject(entry.getId(), "Lūdzu, apraksti, ko tieši darīji <b>bibliotēkā</b>.");
    TestLogin.logout();

    as(trainee);
    assertEquals(1, service.unreadCount(), "the trainee's bell shows the decision");
    TestLogin.logout();

    dispatcher.dispatch();
    List<MimeMessage> received = waitForMail(notifications.address(traineeId), 1);
    assertEquals(1, received.size(), "one mail for one decision");
    MimeMessage mail = received.get(0);
    Locale latvian = Locale.forLanguageTag("lv");
    assertEquals(
        Bundles.format(latvian, "notification.mail.subject.ENTRY_REVIEWED", "Mentora"),
        mail.getSubject());
    assertNotEquals(
        Bundles.format(Locale.ENGLISH, "notification.mail.subject.ENTRY_REVIEWED", "Mentora"),
        mail.getSubject(),
        "the subject is Latvian, not the English fallback");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertEquals(2, parts.getCount(), "a plain-text and an HTML part");
    assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertTrue(
        text.startsWith(Bundles.format(latvian, "notification.mail.greeting", "Jānis")), text);
    assertTrue(text.contains("<b>bibliotēkā</b>"), "the comment as typed, in the text part");
    assertTrue(html.contains("&lt;b&gt;bibliotēkā&lt;/b&gt;"), "and escaped in the HTML part");
    String date = org.mentora.platform.i18n.Formats.date(latvian, entry.getDate());
    assertTrue(text.contains(date), "the date as Latvians write it: " + date + " in " + text);
    assertTrue(text.contains("1,5"), "hours with a decimal comma: " + text);
    assertTrue(text.contains("/logbook/my-logbook.xhtml"), "a link to the page");
    assertTrue(text.contains("/notification/stop.xhtml?t="), "a one-click stop link");

    OutboxMail sent = notifications.mails(traineeId).get(0);
    assertEquals(MailStatus.SENT, sent.getStatus());
    assertEquals(MailState.DONE, notifications.notifications(traineeId).get(0).getMailState());
  }

  @Test
  void thirtyWaitingEntriesComeToTheReviewerAsOneDailyDigest() throws Exception {
    for (int i = 0; i < 30; i++) {
      log(30, 1 + i % 6);
    }
    List<Notification> told = notifications.notifications(mentorId);
    assertEquals(30, told.size(), "each waiting entry is in the reviewer's centre");
    assertTrue(told.stream().allMatch(n -> n.getMailState() == MailState.DAILY));

    dispatcher.dispatch();
    assertEquals(0, notifications.mails(mentorId).size(), "no mail at once for a daily digest");

    dispatcher.digest(MailState.DAILY);
    List<OutboxMail> mails = notifications.mails(mentorId);
    assertEquals(1, mails.size(), "one digest, not 30 mails");
    assertTrue(
        mails.get(0).getBodyText().contains("30 entries of Jānis Bērziņš wait"),
        mails.get(0).getBodyText());
    List<MimeMessage> received = waitForMail(notifications.address(mentorId), 1);
    assertEquals(1, received.size());
    assertTrue(
        received.get(0).getSubject().contains("daily summary"), received.get(0).getSubject());

    dispatcher.digest(MailState.DAILY);
    assertEquals(1, notifications.mails(mentorId).size(), "a second digest run finds nothing new");
  }

  @Test
  void mailWaitsWhileTheServerIsAwayAndArrivesOnceWhenItIsBack() throws Exception {
    TestMailServer.down();
    LogEntry entry = log(60, 1);
    as(mentor);
    reviews.approve(entry.getId());
    TestLogin.logout();

    dispatcher.dispatch();
    OutboxMail waiting = notifications.mails(traineeId).get(0);
    assertEquals(MailStatus.WAITING, waiting.getStatus(), "not failed: tried again later");
    assertTrue(waiting.getAttempts() >= 1);
    assertNotNull(waiting.getLastError(), "the reason is kept for the administrator");
    assertTrue(TestMailServer.to(notifications.address(traineeId)).isEmpty());

    TestMailServer.up();
    long until = System.currentTimeMillis() + 30_000;
    while (TestMailServer.to(notifications.address(traineeId)).isEmpty()
        && System.currentTimeMillis() < until) {
      dispatcher.dispatch();
      Thread.sleep(500);
    }
    dispatcher.dispatch();
    Thread.sleep(2500);
    dispatcher.dispatch();
    assertEquals(1, TestMailServer.to(notifications.address(traineeId)).size(), "exactly once");
    OutboxMail sent = notifications.mails(traineeId).get(0);
    assertEquals(MailStatus.SENT, sent.getStatus());
    assertEquals(1, notifications.mails(traineeId).size());
  }

  @Test
  void theSchedulerSendsWithoutBeingAsked() throws Exception {
    LogEntry entry = log(45, 1);
    as(mentor);
    reviews.requestChanges(entry.getId(), "Add what you learnt.");
    TestLogin.logout();
    List<MimeMessage> received = waitForMail(notifications.address(traineeId), 1);
    assertEquals(1, received.size(), "db-scheduler's dispatch ran on its own within 30 s");
    assertTrue(GreenMailUtil.getBody(received.get(0)).contains("Add what you learnt."));
  }

  /**
   * Two nodes on one database: a second db-scheduler competes with the deployed one for every
   * dispatch run, and two more threads dispatch as fast as they can besides (as if the scheduler's
   * claim failed). Each mail still goes out exactly once: the row lock around each sending.
   */
  @Test
  void twoNodesSharingTheDatabaseSendEachMessageOnce() throws Exception {
    int people = 8;
    List<Long> recipients = new java.util.ArrayList<>();
    for (int i = 0; i < people; i++) {
      long id = fixtures.person(TestData.unique("node"), "Anna", "Ozola", Role.PARTICIPANT);
      recipients.add(id);
    }
    secondNode.start();
    java.util.concurrent.ExecutorService racers = secondNode.threads(2);
    java.util.concurrent.atomic.AtomicBoolean racing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    try {
      for (int i = 0; i < 2; i++) {
        racers.submit(
            () -> {
              while (racing.get()) {
                dispatcher.dispatch();
                Thread.sleep(20);
              }
              return null;
            });
      }
      for (long id : recipients) {
        notifications.tellNow(id, "Message for " + id);
      }
      for (long id : recipients) {
        assertEquals(1, waitForMail(notifications.address(id), 1).size(), "arrived");
      }
      Thread.sleep(3000);
    } finally {
      racing.set(false);
      racers.shutdown();
      assertTrue(racers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS));
      secondNode.stop();
    }
    for (long id : recipients) {
      List<MimeMessage> received = TestMailServer.to(notifications.address(id));
      assertEquals(1, received.size(), "exactly once for " + id);
      assertTrue(GreenMailUtil.getBody(received.get(0)).contains("Message for " + id));
      assertEquals(
          List.of(MailStatus.SENT),
          notifications.mails(id).stream().map(OutboxMail::getStatus).toList(),
          "one mail, marked sent once");
    }
  }

  @Test
  void withoutAMailServerMailIsKeptForTheSentMailPage() throws Exception {
    TestMailServer.configured(false);
    LogEntry entry = log(30, 1);
    as(mentor);
    reviews.approve(entry.getId());
    TestLogin.logout();
    dispatcher.dispatch();
    OutboxMail kept = notifications.mails(traineeId).get(0);
    assertEquals(MailStatus.KEPT, kept.getStatus());
    assertTrue(TestMailServer.to(notifications.address(traineeId)).isEmpty());

    String admin = TestData.unique("admin");
    fixtures.person(admin, "Maria", "Rossi", Role.ADMIN);
    as(admin);
    service.resend(kept.getId());
    TestLogin.logout();
    TestMailServer.configured(true);
    List<MimeMessage> received = waitForMail(notifications.address(traineeId), 1);
    assertEquals(1, received.size(), "an administrator's resend sends it once a server is set");
  }

  @Test
  void aStopLinkChangesOnlyWhatItNames() {
    String token = stopLinks.token(traineeId, NotificationKind.ENTRY_REVIEWED);
    assertTrue(service.stop(token.substring(0, token.length() - 2)).isEmpty(), "cut short");
    assertEquals(NotificationKind.ENTRY_REVIEWED, service.stop(token).orElseThrow());

    LogEntry entry = log(30, 1);
    as(mentor);
    reviews.approve(entry.getId());
    assertEquals(Frequency.DAILY, service.mySettings().get(NotificationKind.ENTRIES_WAITING));
    TestLogin.logout();
    Notification told = notifications.notifications(traineeId).get(0);
    assertEquals(MailState.NONE, told.getMailState(), "in the app, not by mail");

    as(trainee);
    assertEquals(Frequency.OFF, service.mySettings().get(NotificationKind.ENTRY_REVIEWED));
    TestLogin.logout();
    assertEquals(NotificationKind.ENTRY_REVIEWED, service.undoStop(token).orElseThrow());
    as(trainee);
    assertEquals(Frequency.IMMEDIATE, service.mySettings().get(NotificationKind.ENTRY_REVIEWED));
  }

  @Test
  void eachPersonSeesAndClearsOnlyTheirOwn() {
    LogEntry entry = log(30, 1);
    as(mentor);
    reviews.approve(entry.getId());
    long mentorsOwn = service.unreadCount();
    Notification traineesItem = notifications.notifications(traineeId).get(0);
    assertThrows(NotFoundException.class, () -> service.open(traineesItem.getId()));
    assertThrows(EJBAccessException.class, () -> service.outbox(null, 0, 10));
    service.markAllRead();
    TestLogin.logout();
    assertTrue(mentorsOwn >= 1, "the waiting entry told the mentor");

    as(trainee);
    assertEquals(1, service.unreadCount(), "the mentor's 'all read' left the trainee's alone");
    assertEquals("/logbook/my-logbook.xhtml", service.open(traineesItem.getId()).orElseThrow());
    assertEquals(0, service.unreadCount());
    assertEquals(1, service.mine(0, 20).total());
    service.saveMySettings(Map.of(NotificationKind.ENTRIES_WAITING, Frequency.IMMEDIATE));
    assertTrue(
        !service.mySettings().containsKey(NotificationKind.ENTRIES_WAITING),
        "a participant cannot choose a reviewer's kind");
  }

  // Passwords people set themselves: a forgotten one, and the welcome of a new account.

  private static String linkIn(String text) {
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("password-reset\\.xhtml\\?token=([A-Za-z0-9_-]{43})")
            .matcher(text);
    assertTrue(token.find(), text);
    return token.group(1);
  }

  private static String someAddress() {
    return "198.51.100." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);
  }

  @Test
  void aForgottenPasswordLinkWorksOnceUnderThePasswordRules() throws Exception {
    passwordLinks.requestReset(trainee.toUpperCase(Locale.ROOT), someAddress());
    OutboxMail mail = mailsOf(traineeId, 1).get(0);
    assertEquals(MailPurpose.ACCOUNT, mail.getPurpose());
    assertTrue(mail.getSubject().contains("new password"), mail.getSubject());
    dispatcher.dispatch();
    List<MimeMessage> received = waitForMail(notifications.address(traineeId), 1);
    assertEquals(1, received.size(), "the reset mail goes out like any other");
    assertEquals(mail.getSubject(), received.get(0).getSubject());
    String token = linkIn(mail.getBodyText());

    assertEquals(org.mentora.directory.PasswordLinks.State.VALID, passwordLinks.state(token));
    String finalToken = token;
    org.mentora.platform.BusinessException weak =
        assertThrows(
            org.mentora.platform.BusinessException.class,
            () -> passwordLinks.setPassword(finalToken, "short"));
    assertEquals(java.util.Optional.of("newPassword"), weak.field(), "said beside the field");
    String chosen = "Lasītava-kartotēka-2026-zaļa";
    assertEquals(trainee, passwordLinks.setPassword(token, chosen));
    assertEquals(org.mentora.directory.PasswordLinks.State.USED, passwordLinks.state(token));
    org.mentora.platform.BusinessException again =
        assertThrows(
            org.mentora.platform.BusinessException.class,
            () -> passwordLinks.setPassword(finalToken, "Another-long-phrase-2027"));
    assertEquals("passwordReset.used", again.messageKey());

    TestLogin.as(trainee, chosen);
    assertEquals(0, service.unreadCount(), "the new password logs in");
  }

  @Test
  void askingForALinkSaysNothingAboutAccountsAndCannotFloodAMailbox() throws Exception {
    long before = notifications.accountMails();
    passwordLinks.requestReset(TestData.unique("nobody"), someAddress());
    passwordLinks.requestReset("nobody-" + TestData.unique("x") + "@example.org", someAddress());
    Thread.sleep(1500); // the lookup runs after the answer
    assertEquals(before, notifications.accountMails(), "no account, no mail, the same silence");

    String byMail = notifications.address(traineeId).toUpperCase(Locale.ROOT);
    for (int i = 0; i < 5; i++) {
      passwordLinks.requestReset(byMail, someAddress());
    }
    mailsOf(traineeId, 3);
    Thread.sleep(1500);
    assertEquals(3, notifications.mails(traineeId).size(), "three links per half hour at most");
    assertThrows(
        org.mentora.platform.BusinessException.class,
        () -> passwordLinks.requestReset("  ", someAddress()));

    String token = linkIn(notifications.mails(traineeId).get(0).getBodyText());
    notifications.expirePasswordLinks(traineeId);
    assertEquals(org.mentora.directory.PasswordLinks.State.EXPIRED, passwordLinks.state(token));
    org.mentora.platform.BusinessException expired =
        assertThrows(
            org.mentora.platform.BusinessException.class,
            () -> passwordLinks.setPassword(token, "Lasītava-kartotēka-2026-zaļa"));
    assertEquals("passwordReset.expired", expired.messageKey());
    assertEquals(
        org.mentora.directory.PasswordLinks.State.UNKNOWN,
        passwordLinks.state(token.substring(1) + "A"),
        "a changed link is no link");
  }

  @Test
  void aNewAccountGetsAWelcomeMailToChooseItsPassword() {
    long newcomer = fixtures.personWithoutAccount("newcomer");
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Maria", "Rossi", Role.ADMIN);
    as(admin);
    String username = TestData.unique("newcomer");
    directory.saveAccount(newcomer, username, java.util.Set.of(Role.PARTICIPANT), true, null);
    TestLogin.logout();
    List<OutboxMail> mails = notifications.mails(newcomer);
    assertEquals(1, mails.size(), "the welcome mail");
    assertTrue(mails.get(0).getBodyText().contains(username), "it names the user name");
    String token = linkIn(mails.get(0).getBodyText());
    assertEquals(username, passwordLinks.setPassword(token, "Grāmatu-plaukts-pie-loga-9"));
  }

  @Test
  void theOtherSideOfAProjectIdeaHearsOfItsMovesAndFeedback() {
    as(trainee);
    org.mentora.project.ProjectIdea form = new org.mentora.project.ProjectIdea();
    form.setTitle("Reading café " + TestData.unique("idea"));
    form.setProblem("Teenagers do not come to the library.");
    long idea = projects.create(enrolment, form, null).getId();
    assertTrue(notifications.notifications(mentorId).isEmpty(), "a draft is the trainee's own");
    projects.move(
        idea,
        org.mentora.project.ProjectStatus.SUBMITTED,
        null,
        projects.view(idea).idea().getVersion());
    TestLogin.logout();
    List<Notification> mentorsNews = notifications.notifications(mentorId);
    assertEquals(1, mentorsNews.size(), "the mentor hears of the submission");
    assertEquals(NotificationKind.PROJECT_MOVED, mentorsNews.get(0).getKind());
    assertEquals("/project/idea.xhtml?id=" + idea, mentorsNews.get(0).getLink());
    assertTrue(notifications.notifications(traineeId).isEmpty(), "not the one who moved it");

    as(mentor);
    projects.move(
        idea,
        org.mentora.project.ProjectStatus.CHANGES_REQUESTED,
        "Name the partner school.",
        projects.view(idea).idea().getVersion());
    projects.post(idea, "Ask the youth council too.");
    TestLogin.logout();
    List<Notification> traineesNews = notifications.notifications(traineeId);
    assertEquals(2, traineesNews.size());
    String moved = NotificationTexts.text(Locale.ENGLISH, traineesNews.get(0));
    assertTrue(
        moved.contains("asks for changes") && moved.contains("Name the partner school."), moved);
    assertEquals(NotificationKind.PROJECT_FEEDBACK, traineesNews.get(1).getKind());
    assertTrue(
        NotificationTexts.text(Locale.ENGLISH, traineesNews.get(1)).contains("youth council"));
    assertEquals(1, notifications.notifications(mentorId).size(), "the mentor's own post: silence");
  }

  @Test
  void theDailyWatchesTellOfMilestonesWindowsAndParticipantsFallingBehindOnce() {
    LocalDate today = LocalDate.now(clock);
    notifications.ideaWithMilestones(
        enrolment, "Reading café", today.plusDays(2), today.minusDays(1), today.plusDays(20));
    notifications.window(
        world.editionId(),
        org.mentora.competence.AssessmentMoment.COURSE_START,
        today,
        today.plusDays(10));

    watches.runAll(today);
    watches.runAll(today);

    // The trainee: the milestone due in two days, the overdue one, the window; each once.
    Map<String, Long> trainees = textKeys(traineeId);
    assertEquals(
        Map.of(
            "notification.milestone.due", 1L,
            "notification.milestone.overdue", 1L,
            "notification.assessment.COURSE_START", 1L),
        trainees);
    // The mentor: the overdue milestone, and that the trainee (nothing logged a month into the
    // edition) falls behind, with what it takes to catch up.
    assertEquals(
        Map.of("notification.milestone.overdue.staff", 1L, "notification.risk.behind", 1L),
        textKeys(mentorId));
    Notification behind =
        notifications.notifications(mentorId).stream()
            .filter(n -> n.getKind() == NotificationKind.AT_RISK)
            .findFirst()
            .orElseThrow();
    String sentence = NotificationTexts.text(Locale.ENGLISH, behind);
    assertTrue(sentence.startsWith("Jānis Bērziņš needs "), sentence);
    assertTrue(sentence.contains(" h more in "), sentence);
    assertEquals("/course/participant.xhtml?id=" + enrolment, behind.getLink());
    String due =
        NotificationTexts.text(
            new Locale("lv"),
            notifications.notifications(traineeId).stream()
                .filter(n -> n.getTextKey().equals("notification.milestone.due"))
                .findFirst()
                .orElseThrow());
    assertTrue(due.contains("Reading café"), due);
  }

  @Test
  void anApplicationTellsTheOtherAdministratorsAndItsDecisionTheApplicant() {
    String admin = TestData.unique("admin");
    long adminId = fixtures.person(admin, "Ilze", "Kalna", Role.ADMIN);
    String other = TestData.unique("admin");
    long otherId = fixtures.person(other, "Dace", "Ozola", Role.ADMIN);
    long applicantId =
        fixtures.person(TestData.unique("applicant"), "Μαρία", "Παπαδοπούλου", Role.PARTICIPANT);

    as(admin);
    org.mentora.course.ApplicationForm form = new org.mentora.course.ApplicationForm();
    org.mentora.course.Application application =
        admission.recordApplication(world.editionId(), applicantId, form);
    assertTrue(textKeys(adminId).isEmpty(), "not the administrator who recorded it");
    Notification received = notifications.notifications(otherId).get(0);
    assertEquals(NotificationKind.APPLICATION_RECEIVED, received.getKind());
    assertEquals(
        "Μαρία Παπαδοπούλου applied to “Test edition”.",
        NotificationTexts.text(Locale.ENGLISH, received));
    assertEquals(
        Frequency.DAILY, notifier.frequency(otherId, NotificationKind.APPLICATION_RECEIVED));

    admission.decide(
        application.getId(),
        application.getVersion(),
        org.mentora.course.ApplicationStatus.WAITLISTED,
        "Places free up in March.");
    TestLogin.logout();
    Notification decided = notifications.notifications(applicantId).get(0);
    assertEquals(NotificationKind.APPLICATION_DECIDED, decided.getKind());
    assertEquals(
        "Your application to “Test edition” is on the waiting list. Places free up in March.",
        NotificationTexts.text(Locale.ENGLISH, decided));
  }

  private Map<String, Long> textKeys(long personId) {
    return notifications.notifications(personId).stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                Notification::getTextKey, java.util.stream.Collectors.counting()));
  }
}
