package org.mentora.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.CourseFixtures.World;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;
import org.mentora.support.TestData;
import org.mentora.support.TestLogin;

/**
 * Assessment in the container: who may assess whom (a participant only themselves, a mentor only
 * their own participants), bad input saving nothing, the counting rule over a kept history, and the
 * staff and cohort views.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class CompetenceIT {

  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora().addClass(CompetenceFixtures.class);
  }

  @Inject CourseFixtures fixtures;
  @Inject CompetenceFixtures competences;
  @Inject AssessmentService assessments;
  @Inject CompetenceOverview overview;
  @Inject Clock clock;

  private World world;
  private String trainee;
  private String other;
  private String mentor;
  private String otherMentor;
  private String trainer;
  private String admin;
  private long enrolment;
  private long otherEnrolment;
  private long browsing;
  private long evaluating;
  private long collaborating;

  /** An edition whose profile asks for three DigComp competences; two participants, two mentors. */
  @BeforeEach
  void world() {
    world = fixtures.world(10);
    competences.profile(world.editionId(), Map.of("1.1", 5, "1.2", 4, "2.4", 6));
    browsing = competences.digComp("1.1");
    evaluating = competences.digComp("1.2");
    collaborating = competences.digComp("2.4");
    trainee = TestData.unique("trainee");
    enrolment =
        fixtures.enrol(
            world.editionId(), fixtures.person(trainee, "Līga", "Ozoliņa", Role.PARTICIPANT));
    other = TestData.unique("other");
    otherEnrolment =
        fixtures.enrol(
            world.editionId(), fixtures.person(other, "Anna", "Kalniņa", Role.PARTICIPANT));
    mentor = TestData.unique("mentor");
    fixtures.mentor(enrolment, fixtures.person(mentor, "Ilze", "Liepa", Role.MENTOR));
    otherMentor = TestData.unique("mentor");
    fixtures.mentor(otherEnrolment, fixtures.person(otherMentor, "Inese", "Vītola", Role.MENTOR));
    trainer = TestData.unique("trainer");
    fixtures.trainer(
        world.editionId(),
        world.moduleVirtual(),
        fixtures.person(trainer, "Andris", "Ozols", Role.TRAINER));
    admin = TestData.unique("admin");
    fixtures.person(admin, "Admin", "Istrators", Role.ADMIN);
  }

  @AfterEach
  void logout() {
    TestLogin.logout();
  }

  private static void as(String user) {
    TestLogin.as(user, TestData.PASSWORD);
  }

  private static RatingForm form(long competence, int level) {
    RatingForm form = new RatingForm();
    form.setCompetenceId(competence);
    form.setMoment(AssessmentMoment.COURSE_START);
    form.setLevel(level);
    return form;
  }

  private static CompetenceView.Row row(CompetenceView view, long competence) {
    return view.getRows().stream()
        .filter(r -> r.standing().competenceId() == competence)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theTraineeAssessesWithEvidenceTheMentorRatesAndTheGapsFollowTheCountedLevel() {
    long entry = competences.entry(enrolment, world.moduleWorkBased(), "Ran the search clinic");
    as(trainee);
    RatingForm self = form(browsing, 4);
    self.setComment("I teach readers to search the catalogue");
    self.setLogEntryIds(List.of(entry));
    self.attach("certificate.pdf", PDF);
    assessments.selfAssess(enrolment, self);
    assessments.selfAssess(enrolment, form(evaluating, 5));

    CompetenceView mine = assessments.view(enrolment);
    assertTrue(mine.isCanSelfAssess());
    assertFalse(mine.isCanRate());
    assertEquals(4, row(mine, browsing).standing().self());
    assertNull(row(mine, browsing).standing().counted(), "a self-assessment never counts");
    assertEquals(3, mine.getGaps().size());
    List<CompetenceView.EvidenceLine> evidence = row(mine, browsing).history().get(0).evidence();
    assertEquals(2, evidence.size());
    assertEquals(EvidenceKind.LOG_ENTRY, evidence.get(0).kind());
    assertTrue(evidence.get(1).file());
    assertEquals(
        "certificate.pdf", assessments.evidenceFile(evidence.get(1).id()).file().getFilename());

    as(mentor);
    CompetenceView staff = assessments.view(enrolment);
    assertTrue(staff.isCanRate());
    assertFalse(staff.isCanSelfAssess());
    RatingForm rating = form(browsing, 5);
    rating.setComment("Confident, helps colleagues too");
    assessments.rate(enrolment, rating);
    assessments.rate(enrolment, form(evaluating, 3));

    CompetenceView after = assessments.view(enrolment);
    Standing reached = row(after, browsing).standing();
    assertEquals(5, reached.counted());
    assertTrue(reached.isReached());
    Standing behind = row(after, evaluating).standing();
    assertEquals(1, behind.gap());
    assertEquals(
        List.of(collaborating, evaluating),
        after.getGaps().stream().map(Standing::competenceId).toList(),
        "the unassessed competence (gap 6) first, then the one a level short");
    assertEquals(33, after.getPercentReached());
    assertEquals(AssessorRole.MENTOR, row(after, browsing).history().get(0).role());
    assertTrue(row(after, browsing).history().get(0).counts());
  }

  @Test
  void allRatingsStayAndTheEditionsRuleDecidesWhichCounts() {
    as(mentor);
    assessments.rate(enrolment, form(browsing, 3));
    as(trainer);
    CompetenceView trainerView = assessments.view(enrolment);
    assertTrue(trainerView.isCanRate(), "a trainer of the edition rates too");
    assessments.rate(enrolment, form(browsing, 6));
    as(mentor);
    assessments.rate(enrolment, form(browsing, 4));

    CompetenceView.Row row = row(assessments.view(enrolment), browsing);
    assertEquals(3, row.history().size(), "every rating is kept");
    assertEquals(4, row.standing().counted(), "by default the mentor's latest counts");
    assertEquals(
        AssessorRole.TRAINER,
        row.history().stream().filter(r -> r.level() == 6).findFirst().orElseThrow().role());

    TestLogin.logout();
    competences.countingRule(world.editionId(), CountingRule.LOWEST_STAFF);
    as(mentor);
    assertEquals(4, row(assessments.view(enrolment), browsing).standing().counted());
  }

  @Test
  void levelsOutsideTheFrameworkAndCompetencesOutsideTheProfileSaveNothing() {
    as(trainee);
    BusinessException high =
        assertThrows(
            BusinessException.class, () -> assessments.selfAssess(enrolment, form(browsing, 9)));
    assertEquals("level", high.field().orElseThrow());
    assertEquals("assessment.level.outOfRange", high.messageKey());
    BusinessException low =
        assertThrows(
            BusinessException.class, () -> assessments.selfAssess(enrolment, form(browsing, 0)));
    assertEquals("level", low.field().orElseThrow());
    BusinessException outside =
        assertThrows(
            BusinessException.class,
            () -> assessments.selfAssess(enrolment, form(competences.digComp("5.1"), 3)));
    assertEquals("competence", outside.field().orElseThrow());
    TestLogin.logout();
    assertEquals(0, competences.ratings(enrolment));
  }

  @Test
  void evidenceOfAnotherParticipantIsRefusedAndNothingIsSaved() {
    long theirs = competences.entry(otherEnrolment, world.moduleWorkBased(), "Not mine");
    as(trainee);
    RatingForm form = form(browsing, 4);
    form.setLogEntryIds(List.of(theirs));
    form.attach("evidence.pdf", PDF);
    BusinessException refused =
        assertThrows(BusinessException.class, () -> assessments.selfAssess(enrolment, form));
    assertEquals("evidence", refused.field().orElseThrow());
    assertEquals("assessment.evidence.notYours", refused.messageKey());
    TestLogin.logout();
    assertEquals(0, competences.ratings(enrolment));
    assertEquals(
        0,
        fixtures.count(
            "select count(v) from RatingEvidence v where v.rating.enrolment.id = :p0", enrolment));
  }

  @Test
  void selfAssessmentOnlyWhileTheMomentIsOpen() {
    LocalDate today = LocalDate.now(clock);
    competences.window(
        world.editionId(), AssessmentMoment.COURSE_START, today.minusDays(30), today.minusDays(1));
    as(trainee);
    assertFalse(
        assessments.view(enrolment).getFormMoments().contains(AssessmentMoment.COURSE_START));
    BusinessException closed =
        assertThrows(
            BusinessException.class, () -> assessments.selfAssess(enrolment, form(browsing, 4)));
    assertEquals("moment", closed.field().orElseThrow());
    RatingForm atTheEnd = form(browsing, 4);
    atTheEnd.setMoment(AssessmentMoment.COURSE_END);
    assessments.selfAssess(enrolment, atTheEnd);
    as(mentor);
    assessments.rate(enrolment, form(browsing, 4)); // staff are not bound by the window
    TestLogin.logout();
    assertEquals(2, competences.ratings(enrolment));
  }

  @Test
  void aParticipantNeitherAssessesNorReadsAnother() {
    as(trainee);
    assertThrows(NotFoundException.class, () -> assessments.view(otherEnrolment));
    assertThrows(
        NotFoundException.class, () -> assessments.selfAssess(otherEnrolment, form(browsing, 3)));
    assertThrows(EJBAccessException.class, () -> assessments.rate(enrolment, form(browsing, 3)));
    TestLogin.logout();
    assertEquals(0, competences.ratings(otherEnrolment));
  }

  @Test
  void aMentorSeesAndRatesOnlyTheirOwnParticipants() {
    as(mentor);
    assertThrows(NotFoundException.class, () -> assessments.view(otherEnrolment));
    assertThrows(
        NotFoundException.class, () -> assessments.rate(otherEnrolment, form(browsing, 3)));
    assertThrows(
        EJBAccessException.class, () -> assessments.selfAssess(enrolment, form(browsing, 3)));
    List<ParticipantStanding> mine = overview.assignedParticipants();
    assertEquals(List.of(enrolment), mine.stream().map(ParticipantStanding::enrolmentId).toList());
    assertEquals(3, mine.get(0).competences());
    assertEquals(3, mine.get(0).gaps());
    assertThrows(EJBAccessException.class, () -> overview.cohort(world.editionId()));
    TestLogin.logout();
    assertEquals(0, competences.ratings(otherEnrolment));
  }

  @Test
  void theAdministratorsHeatMapHasEveryParticipantAndCompetence() {
    as(mentor);
    assessments.rate(enrolment, form(browsing, 5));
    assessments.rate(enrolment, form(evaluating, 3));
    as(otherMentor);
    assessments.rate(otherEnrolment, form(collaborating, 6));
    as(admin);
    Cohort cohort = overview.cohort(world.editionId());
    assertEquals(
        List.of("1.1", "1.2", "2.4"), cohort.columns().stream().map(Cohort.Column::code).toList());
    assertEquals(2, cohort.lines().size());
    Cohort.Line liga =
        cohort.lines().stream().filter(l -> l.enrolmentId() == enrolment).findFirst().orElseThrow();
    assertEquals("heat-reached", liga.cells().get(0).getHeat());
    assertEquals("heat-near", liga.cells().get(1).getHeat());
    assertEquals("heat-none", liga.cells().get(2).getHeat());
    assertEquals(33, liga.percentReached());
    assertEquals(List.of(50, 0, 50), cohort.percentReachedPerColumn());

    // What a certificate states: the counted level by its framework's name, against the target.
    Map<Long, List<AchievedCompetence>> achieved =
        overview.achieved(List.of(enrolment, otherEnrolment));
    AchievedCompetence browsingLevel = achieved.get(enrolment).get(0);
    assertEquals("1.1", browsingLevel.code());
    assertEquals(5, browsingLevel.level());
    assertEquals("Advanced 5", browsingLevel.levelName());
    assertTrue(browsingLevel.reached());
    assertFalse(achieved.get(enrolment).get(1).reached());
    assertNull(achieved.get(otherEnrolment).get(0).level());
  }
}
