package org.mentora.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * Project ideas in the container: the whole lifecycle as the real callers, refusals that name their
 * reason, who may see and decide what, and the public catalogue showing only what was published
 * with consent.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class ProjectIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @Inject CourseFixtures fixtures;
  @Inject ProjectService projects;
  @Inject GoodPracticeService practices;

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  /** A participant with a mentor in a fresh edition; the user names to log in with. */
  private record Cast(String participant, String mentor, long enrolment) {}

  private Cast cast() {
    World world = fixtures.world(25);
    String participant = TestData.unique("p");
    String mentor = TestData.unique("m");
    long person = fixtures.person(participant, "Jānis", "Bērziņš", Role.PARTICIPANT);
    long mentorPerson = fixtures.person(mentor, "Inese", "Liepiņa", Role.MENTOR);
    long enrolment = fixtures.enrol(world.editionId(), person);
    fixtures.mentor(enrolment, mentorPerson);
    return new Cast(participant, mentor, enrolment);
  }

  private static void as(String user) {
    TestLogin.logout();
    TestLogin.as(user, TestData.PASSWORD);
  }

  private ProjectIdea draft(Cast cast, String title) {
    as(cast.participant());
    ProjectIdea form = new ProjectIdea();
    form.setTitle(title);
    form.setProblem("Readers cannot find the e-catalogue.");
    return projects.create(cast.enrolment(), form, null);
  }

  private ProjectIdea move(long id, ProjectStatus to, String comment) {
    return projects.move(id, to, comment, projects.view(id).idea().getVersion());
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).messageKey();
  }

  @Test
  void anIdeaGoesFromDraftToCompletedAndEveryMoveIsInTheHistory() {
    Cast cast = cast();
    long id = draft(cast, "Library website improvement strategy").getId();
    move(id, ProjectStatus.SUBMITTED, null);

    as(cast.mentor());
    assertEquals(
        "project.move.commentRequired",
        refusal(() -> move(id, ProjectStatus.CHANGES_REQUESTED, " ")));
    move(id, ProjectStatus.CHANGES_REQUESTED, "Add a timeline, please.");

    as(cast.participant());
    ProjectIdea edited = projects.view(id).idea();
    edited.setTimeline("Spring term");
    projects.save(edited, null);
    move(id, ProjectStatus.SUBMITTED, null);

    as(cast.mentor());
    move(id, ProjectStatus.APPROVED, null);
    as(cast.participant());
    move(id, ProjectStatus.IN_IMPLEMENTATION, null);
    Milestone milestone =
        projects.addMilestone(id, "New menu online", LocalDate.now().plusDays(30));
    projects.setProgress(milestone.getId(), milestone.getVersion(), 100);
    as(cast.mentor());
    move(id, ProjectStatus.COMPLETED, null);

    List<ProjectEvent> history = projects.history(id);
    assertEquals(
        List.of(
            ProjectStatus.DRAFT,
            ProjectStatus.SUBMITTED,
            ProjectStatus.CHANGES_REQUESTED,
            ProjectStatus.SUBMITTED,
            ProjectStatus.APPROVED,
            ProjectStatus.IN_IMPLEMENTATION,
            ProjectStatus.COMPLETED),
        history.stream().map(ProjectEvent::getToStatus).toList());
    assertEquals("Add a timeline, please.", history.get(2).getComment());
    assertEquals("Liepiņa", history.get(6).getActor().getFamilyName());
    assertEquals("Spring term", projects.view(id).idea().getTimeline());
    assertEquals(100, projects.milestones(id).get(0).getPercentDone());
  }

  @Test
  void theMentorMovingAMilestoneTheParticipantMovedMeanwhileIsToldItChanged() {
    Cast cast = cast();
    long id = draft(cast, "Reading club").getId();
    move(id, ProjectStatus.SUBMITTED, null);
    as(cast.mentor());
    move(id, ProjectStatus.APPROVED, null);
    as(cast.participant());
    Milestone milestone = projects.addMilestone(id, "First meeting", LocalDate.now().plusDays(30));
    long seenByBoth = projects.milestones(id).get(0).getVersion();

    projects.setProgress(milestone.getId(), seenByBoth, 50);
    as(cast.mentor());
    assertThrows(
        ConcurrentChangeException.class,
        () -> projects.setProgress(milestone.getId(), seenByBoth, 100));
    assertEquals(50, projects.milestones(id).get(0).getPercentDone(), "the first change stands");
  }

  @Test
  void aParticipantCannotApproveOrCompleteTheirOwnIdeaNorEditItOnceSubmitted() {
    Cast cast = cast();
    long id = draft(cast, "Digital safety strategy").getId();
    move(id, ProjectStatus.SUBMITTED, null);

    assertEquals(
        "project.move.notYours.APPROVED", refusal(() -> move(id, ProjectStatus.APPROVED, null)));
    ProjectIdea edited = projects.view(id).idea();
    edited.setTitle("Changed after submitting");
    assertEquals("project.notEditable", refusal(() -> projects.save(edited, null)));
    assertEquals("project.move.illegal", refusal(() -> move(id, ProjectStatus.COMPLETED, null)));
  }

  @Test
  void aMentorSeesOnlyTheirOwnParticipantsIdeas() {
    Cast mine = cast();
    Cast other = cast();
    long theirs = draft(other, "Someone else's idea").getId();
    as(other.participant());
    move(theirs, ProjectStatus.SUBMITTED, null);

    as(mine.mentor());
    assertThrows(NotFoundException.class, () -> projects.view(theirs));
    assertThrows(
        NotFoundException.class, () -> projects.move(theirs, ProjectStatus.APPROVED, null, 0));
    assertThrows(NotFoundException.class, () -> projects.post(theirs, "Hello"));
    assertTrue(projects.ideasOfMyParticipants().stream().noneMatch(i -> i.getId().equals(theirs)));

    as(mine.participant());
    assertThrows(NotFoundException.class, () -> projects.view(theirs));
  }

  @Test
  void onlyACompletedIdeaWithConsentIsPublishedAndTheCatalogueFindsIt() {
    Cast cast = cast();
    String word = "zz" + TestData.unique("w").replace("-", "");
    long id = draft(cast, "Makerspace " + word).getId();
    move(id, ProjectStatus.SUBMITTED, null);
    as(cast.mentor());
    move(id, ProjectStatus.APPROVED, null);
    move(id, ProjectStatus.IN_IMPLEMENTATION, null);

    GoodPractice form = new GoodPractice();
    form.setTitle("Makerspace " + word);
    form.setSummary("<script>alert('x')</script> A corner for making things.");
    form.setTargetAudience(TargetAudience.EDUCATION);
    form.setSkillLevel(SkillLevel.INTERMEDIATE);
    form.setCountries("lv, ee");
    form.setSector(Sector.LIBRARIES);
    form.setScope(InitiativeScope.INTERNATIONAL);
    form.setFunding(Funding.PUBLIC);
    assertEquals("goodPractice.notCompleted", refusal(() -> practices.publish(id, form)));
    move(id, ProjectStatus.COMPLETED, null);
    assertEquals("goodPractice.noConsent", refusal(() -> practices.publish(id, form)));

    as(cast.participant());
    assertThrows(EJBAccessException.class, () -> practices.publish(id, form));
    projects.consent(id, true);

    as(cast.mentor());
    GoodPractice published = practices.publish(id, form);
    assertEquals("LV,EE", published.getCountries());
    assertTrue(published.getSlug().startsWith("makerspace-zz"), published.getSlug());
    assertEquals("goodPractice.alreadyPublished", refusal(() -> practices.publish(id, form)));

    TestLogin.logout();
    GoodPracticeService.Search byWord =
        new GoodPracticeService.Search(word.toUpperCase(), null, null, null, null, null, null);
    assertEquals(List.of(published.getId()), ids(practices.search(byWord)));
    GoodPracticeService.Search byFacets =
        new GoodPracticeService.Search(
            word, TargetAudience.EDUCATION, null, "EE", null, InitiativeScope.INTERNATIONAL, null);
    assertEquals(1, practices.search(byFacets).size());
    GoodPracticeService.Search wrongCountry =
        new GoodPracticeService.Search(word, null, null, "IT", null, null, null);
    assertEquals(0, practices.search(wrongCountry).size());
    assertEquals(
        "Makerspace " + word, practices.bySlug(published.getSlug()).orElseThrow().getTitle());
  }

  @Test
  void aPublisherWhoIsNotTheMentorIsRefusedAndBadCountriesAreNamed() {
    Cast cast = cast();
    Cast other = cast();
    long id = draft(cast, "Coding club").getId();
    move(id, ProjectStatus.SUBMITTED, null);
    projects.consent(id, true);
    as(cast.mentor());
    move(id, ProjectStatus.APPROVED, null);
    move(id, ProjectStatus.IN_IMPLEMENTATION, null);
    move(id, ProjectStatus.COMPLETED, null);
    GoodPractice form = new GoodPractice();
    form.setTitle("Coding club");
    form.setSummary("Children learn to code.");
    form.setTargetAudience(TargetAudience.EDUCATION);
    form.setSkillLevel(SkillLevel.FOUNDATION);
    form.setCountries("Latvia");
    form.setSector(Sector.LIBRARIES);
    form.setScope(InitiativeScope.NATIONAL);
    form.setFunding(Funding.PRIVATE);
    BusinessException bad =
        assertThrows(BusinessException.class, () -> practices.publish(id, form));
    assertEquals("goodPractice.countries.invalid", bad.messageKey());
    assertEquals("countries", bad.field().orElseThrow());

    as(other.mentor());
    assertThrows(NotFoundException.class, () -> practices.publish(id, form));
  }

  @Test
  void theJournalTakesUpdatesWithCheckedAttachmentsAndTheFinalReportComesDuringImplementation() {
    Cast cast = cast();
    long id = draft(cast, "Digitisation project").getId();
    assertEquals("journal.notNow", refusal(() -> projects.addUpdate(id, "Too early", null, null)));
    move(id, ProjectStatus.SUBMITTED, null);
    as(cast.mentor());
    move(id, ProjectStatus.APPROVED, null);

    as(cast.participant());
    byte[] pdf = "%PDF-1.4\n%test\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ProjectPost update = projects.addUpdate(id, "Scanner ordered.", "offer.pdf", pdf);
    byte[] elf = new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
    BusinessException renamed =
        assertThrows(
            BusinessException.class, () -> projects.addUpdate(id, "Tool", "tool.pdf", elf));
    assertEquals("file.typeNotAllowed", renamed.messageKey());
    assertEquals("updateFile", renamed.field().orElseThrow());
    assertEquals(
        "finalReport.notNow", refusal(() -> projects.uploadFinalReport(id, "report.pdf", pdf)));
    move(id, ProjectStatus.IN_IMPLEMENTATION, null);
    projects.uploadFinalReport(id, "report.pdf", pdf);

    as(cast.mentor());
    assertEquals(
        List.of("Scanner ordered."),
        projects.journal(id).stream().map(ProjectPost::getText).toList());
    assertEquals("offer.pdf", projects.attachment(update.getId()).file().getFilename());
    assertEquals(pdf.length, projects.finalReport(id).content().length);
    assertTrue(projects.posts(id).isEmpty(), "journal updates are not feedback messages");

    Cast stranger = cast();
    as(stranger.mentor());
    assertThrows(NotFoundException.class, () -> projects.attachment(update.getId()));
    assertThrows(NotFoundException.class, () -> projects.finalReport(id));
  }

  @Test
  void anAdministratorExtendsTheTopicCatalogueAndHiddenTopicsAreNoLongerOffered() {
    String admin = TestData.unique("admin");
    fixtures.person(admin, "Ilze", "Kalniņa", Role.ADMIN);
    as(admin);
    String name = TestData.unique("Reading promotion");
    ProjectTopic topic = projects.addTopic(name);
    assertTrue(projects.topics().stream().anyMatch(t -> t.getName().equals(name)));
    assertEquals("Other", projects.topics().get(projects.topics().size() - 1).getName());
    assertEquals("projectTopic.name.taken", refusal(() -> projects.addTopic(name.toUpperCase())));

    projects.setTopicActive(topic.getId(), false);
    assertTrue(projects.topics().stream().noneMatch(t -> t.getName().equals(name)));

    Cast cast = cast();
    as(cast.participant());
    assertThrows(EJBAccessException.class, () -> projects.addTopic("Mine"));
  }

  private static List<Long> ids(List<GoodPractice> practices) {
    return practices.stream().map(GoodPractice::getId).toList();
  }
}
