package org.mentora.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentora.project.ProjectStatus;
import org.mentora.report.AtRiskRule.Reason;
import org.mentora.report.NextSteps.Facts;
import org.mentora.report.NextSteps.ModeHours;
import org.mentora.report.NextSteps.OpenMilestone;
import org.mentora.report.NextSteps.Step;
import org.mentora.support.TestModes;

class NextStepsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private static final List<ModeHours> MODES =
      List.of(
          new ModeHours(TestModes.VIRTUAL, 600, 60, 9600),
          new ModeHours(TestModes.FACE_TO_FACE, 1200, 0, 1200),
          new ModeHours(TestModes.PROJECT_BASED, 0, 0, 2400));

  private static Facts facts(
      int sentBack,
      ProjectStatus project,
      List<OpenMilestone> milestones,
      int notAssessed,
      int notReached,
      Set<Reason> risk) {
    return new Facts(MODES, sentBack, project, milestones, 5, notAssessed, notReached, risk);
  }

  private static List<String> keys(List<Step> steps) {
    return steps.stream().map(Step::key).toList();
  }

  @Test
  void onTrackWhenNothingIsLeftToDo() {
    List<Step> steps =
        NextSteps.of(facts(0, ProjectStatus.IN_IMPLEMENTATION, List.of(), 0, 0, Set.of()), TODAY);
    assertEquals(List.of("report.next.onTrack"), keys(steps));
  }

  @Test
  void entriesSentBackComeFirstWithTheirCount() {
    List<Step> steps = NextSteps.of(facts(3, null, List.of(), 0, 0, Set.of()), TODAY);
    assertEquals(List.of("report.next.fixEntries", "report.next.startProject"), keys(steps));
    assertEquals(List.of(3), steps.get(0).args());
  }

  @Test
  void theProjectIdeaSaysWhatItsStateNeeds() {
    assertEquals(
        List.of("report.next.submitProject"),
        keys(NextSteps.of(facts(0, ProjectStatus.DRAFT, List.of(), 0, 0, Set.of()), TODAY)));
    assertEquals(
        List.of("report.next.reviseProject"),
        keys(
            NextSteps.of(
                facts(0, ProjectStatus.CHANGES_REQUESTED, List.of(), 0, 0, Set.of()), TODAY)));
    assertEquals(
        List.of("report.next.startProject"),
        keys(NextSteps.of(facts(0, ProjectStatus.WITHDRAWN, List.of(), 0, 0, Set.of()), TODAY)));
    assertEquals(
        List.of("report.next.onTrack"),
        keys(NextSteps.of(facts(0, ProjectStatus.SUBMITTED, List.of(), 0, 0, Set.of()), TODAY)));
  }

  @Test
  void anOverdueMilestoneWinsOverAComingOne() {
    List<OpenMilestone> milestones =
        List.of(
            new OpenMilestone("Survey", TODAY.plusDays(3)),
            new OpenMilestone("Plan", TODAY.minusDays(2)),
            new OpenMilestone("Draft", TODAY.minusDays(9)));
    List<Step> steps =
        NextSteps.of(facts(0, ProjectStatus.IN_IMPLEMENTATION, milestones, 0, 0, Set.of()), TODAY);
    assertEquals(List.of("report.next.overdueMilestone"), keys(steps));
    assertEquals(List.of("Draft", TODAY.minusDays(9), 2), steps.get(0).args());
  }

  @Test
  void aMilestoneCountsAsComingWithinTheHorizonOnly() {
    OpenMilestone edge =
        new OpenMilestone("Edge", TODAY.plusDays(NextSteps.MILESTONE_HORIZON_DAYS));
    OpenMilestone later = new OpenMilestone("Later", TODAY.plusDays(15));
    assertEquals(
        List.of("report.next.milestone"),
        keys(
            NextSteps.of(
                facts(0, ProjectStatus.IN_IMPLEMENTATION, List.of(later, edge), 0, 0, Set.of()),
                TODAY)));
    assertEquals(
        List.of("report.next.onTrack"),
        keys(
            NextSteps.of(
                facts(0, ProjectStatus.IN_IMPLEMENTATION, List.of(later), 0, 0, Set.of()), TODAY)));
  }

  @Test
  void behindPaceNamesTheModeMissingMostBeyondWhatWaits() {
    List<Step> steps =
        NextSteps.of(
            facts(
                0,
                ProjectStatus.IN_IMPLEMENTATION,
                List.of(),
                0,
                0,
                EnumSet.of(Reason.BEHIND_PACE)),
            TODAY);
    assertEquals(List.of("report.next.catchUp"), keys(steps));
    assertEquals(List.of(TestModes.VIRTUAL, 9600L - 600 - 60), steps.get(0).args());
  }

  @Test
  void inactivityAsksToLogAgain() {
    assertEquals(
        List.of("report.next.logAgain"),
        keys(
            NextSteps.of(
                facts(0, ProjectStatus.COMPLETED, List.of(), 0, 0, EnumSet.of(Reason.INACTIVE)),
                TODAY)));
  }

  @Test
  void unassessedCompetencesBeforeGaps() {
    assertEquals(
        List.of("report.next.selfAssess"),
        keys(NextSteps.of(facts(0, ProjectStatus.COMPLETED, List.of(), 2, 4, Set.of()), TODAY)));
    assertEquals(
        List.of("report.next.closeGaps"),
        keys(NextSteps.of(facts(0, ProjectStatus.COMPLETED, List.of(), 0, 4, Set.of()), TODAY)));
  }

  @Test
  void neverMoreThanFiveSteps() {
    List<Step> steps =
        NextSteps.of(
            facts(
                1,
                ProjectStatus.DRAFT,
                List.of(new OpenMilestone("Late", TODAY.minusDays(1))),
                3,
                3,
                EnumSet.of(Reason.BEHIND_PACE, Reason.INACTIVE)),
            TODAY);
    assertEquals(
        List.of(
            "report.next.fixEntries",
            "report.next.submitProject",
            "report.next.overdueMilestone",
            "report.next.logAgain",
            "report.next.catchUp"),
        keys(steps));
  }
}
