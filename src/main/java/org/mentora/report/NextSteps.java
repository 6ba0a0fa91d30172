package org.mentora.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentora.course.LearningMode;
import org.mentora.project.ProjectStatus;

/**
 * What a participant should do next, most urgent first: entries sent back, the project idea's next
 * move, overdue and coming milestones, logging again, the learning mode furthest behind, and the
 * competences not assessed or not reached. Pure, so the trainee dashboard's advice is unit-tested.
 */
public final class NextSteps {

  /** At most this many steps are shown: one look, not a to-do list. */
  public static final int MAX = 5;

  /** How far ahead a milestone counts as coming up. */
  public static final int MILESTONE_HORIZON_DAYS = 14;

  private NextSteps() {}

  /** A mode's hours: approved plus recognised, waiting for review, and the target. */
  public record ModeHours(LearningMode mode, long doneMinutes, long pendingMinutes, long target)
      implements java.io.Serializable {
    long missing() {
      return Math.max(0, target - doneMinutes - pendingMinutes);
    }
  }

  /** A milestone not done yet. */
  public record OpenMilestone(String title, LocalDate due) implements java.io.Serializable {}

  /**
   * What the rule looks at.
   *
   * @param modes hours per learning mode
   * @param sentBack entries rejected or with changes requested (the participant must act)
   * @param project the state of the current project idea, null when there is none
   * @param milestones milestones not done yet
   * @param competences competences of the profile
   * @param notAssessed competences without a counted level
   * @param notReached competences below their target (assessed or not)
   * @param risk why the participant is at risk, if at all
   */
  public record Facts(
      List<ModeHours> modes,
      int sentBack,
      ProjectStatus project,
      List<OpenMilestone> milestones,
      int competences,
      int notAssessed,
      int notReached,
      Set<AtRiskRule.Reason> risk)
      implements java.io.Serializable {}

  /** One thing to do: a bundle key and its arguments (modes, dates and numbers). */
  public record Step(String key, List<Object> args) implements java.io.Serializable {
    public String getKey() {
      return key;
    }

    public List<Object> getArgs() {
      return args;
    }
  }

  public static List<Step> of(Facts facts, LocalDate today) {
    List<Step> steps = new ArrayList<>();
    if (facts.sentBack() > 0) {
      steps.add(new Step("report.next.fixEntries", List.of(facts.sentBack())));
    }
    projectStep(facts.project()).ifPresent(steps::add);
    List<OpenMilestone> byDate =
        facts.milestones().stream().sorted(Comparator.comparing(OpenMilestone::due)).toList();
    List<OpenMilestone> overdue = byDate.stream().filter(m -> m.due().isBefore(today)).toList();
    if (!overdue.isEmpty()) {
      OpenMilestone first = overdue.get(0);
      steps.add(
          new Step(
              "report.next.overdueMilestone", List.of(first.title(), first.due(), overdue.size())));
    } else {
      byDate.stream()
          .filter(m -> !m.due().isAfter(today.plusDays(MILESTONE_HORIZON_DAYS)))
          .findFirst()
          .ifPresent(
              m -> steps.add(new Step("report.next.milestone", List.of(m.title(), m.due()))));
    }
    if (facts.risk().contains(AtRiskRule.Reason.INACTIVE)) {
      steps.add(new Step("report.next.logAgain", List.of()));
    }
    if (facts.risk().contains(AtRiskRule.Reason.BEHIND_PACE)) {
      facts.modes().stream()
          .filter(m -> m.missing() > 0)
          .max(Comparator.comparingLong(ModeHours::missing))
          .ifPresent(
              m -> steps.add(new Step("report.next.catchUp", List.of(m.mode(), m.missing()))));
    }
    if (facts.notAssessed() > 0) {
      steps.add(new Step("report.next.selfAssess", List.of(facts.notAssessed())));
    } else if (facts.notReached() > 0) {
      steps.add(new Step("report.next.closeGaps", List.of(facts.notReached())));
    }
    if (steps.isEmpty()) {
      steps.add(new Step("report.next.onTrack", List.of()));
    }
    return steps.size() > MAX ? List.copyOf(steps.subList(0, MAX)) : List.copyOf(steps);
  }

  private static Optional<Step> projectStep(ProjectStatus status) {
    if (status == null || status == ProjectStatus.WITHDRAWN) {
      return Optional.of(new Step("report.next.startProject", List.of()));
    }
    return switch (status) {
      case DRAFT -> Optional.of(new Step("report.next.submitProject", List.of()));
      case CHANGES_REQUESTED -> Optional.of(new Step("report.next.reviseProject", List.of()));
      case APPROVED -> Optional.of(new Step("report.next.implementProject", List.of()));
      default -> Optional.empty();
    };
  }
}
