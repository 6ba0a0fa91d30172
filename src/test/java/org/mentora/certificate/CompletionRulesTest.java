package org.mentora.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentora.course.HourTargets;
import org.mentora.course.LearningMode;
import org.mentora.project.ProjectStatus;
import org.mentora.support.TestModes;

class CompletionRulesTest {

  private static final HourTargets BIBLIO = HourTargets.ofHours(20, 160, 40, 25, 240, 165);
  private static final CompletionRules.Rules RULES = CompletionRules.Rules.defaults(BIBLIO);

  /** Exactly the targets in every mode, the blended total, a completed project, no module open. */
  private static Map<LearningMode, Long> exactly(HourTargets targets) {
    Map<LearningMode, Long> minutes = new java.util.HashMap<>();
    for (LearningMode mode : TestModes.ALL) {
      minutes.put(mode, (long) targets.target(mode));
    }
    return minutes;
  }

  private static CompletionRules.Facts facts(
      Map<LearningMode, Long> minutes, ProjectStatus project, List<String> open) {
    long blended =
        minutes.entrySet().stream()
            .filter(e -> e.getKey().isBlended())
            .mapToLong(Map.Entry::getValue)
            .sum();
    return new CompletionRules.Facts(false, minutes, blended, project, open, null);
  }

  private static List<String> keys(List<Shortfall> shortfalls) {
    return shortfalls.stream().map(Shortfall::key).toList();
  }

  @Test
  void someoneAtExactlyEveryThresholdHasCompleted() {
    assertEquals(
        List.of(),
        CompletionRules.shortfalls(
            RULES, facts(exactly(BIBLIO), ProjectStatus.COMPLETED, List.of())));
  }

  @Test
  void oneMinuteShortOfAModeIsMissingAndSaysHowMuch() {
    Map<LearningMode, Long> minutes = exactly(BIBLIO);
    minutes.put(TestModes.PROJECT_BASED, 40 * 60L - 750);
    List<Shortfall> missing =
        CompletionRules.shortfalls(RULES, facts(minutes, ProjectStatus.COMPLETED, List.of()));
    // The plan's parts add up to 245 h against a stated 240 h: 232.5 h leaves the total 7.5 h
    // short.
    assertEquals(
        List.of(
            "certification.shortfall.hours.PROJECT_BASED", "certification.shortfall.hours.TOTAL"),
        keys(missing));
    assertEquals(new BigDecimal("12.5"), missing.get(0).arguments().get(0));
    assertEquals(new BigDecimal("7.5"), missing.get(1).arguments().get(0));
  }

  @Test
  void theBlendedTotalIsARuleOfItsOwn() {
    CompletionRules.Rules rules =
        new CompletionRules.Rules(Map.of(), 240 * 60, ProjectRequirement.NONE, false, false);
    Map<LearningMode, Long> minutes = new java.util.HashMap<>();
    minutes.put(TestModes.VIRTUAL, 239 * 60L);
    minutes.put(TestModes.WORK_BASED, 500 * 60L);
    List<Shortfall> missing = CompletionRules.shortfalls(rules, facts(minutes, null, List.of()));
    assertEquals(List.of("certification.shortfall.hours.TOTAL"), keys(missing));
    assertEquals(BigDecimal.ONE, missing.get(0).arguments().get(0));
  }

  @Test
  void workBasedHoursDoNotCountTowardsTheBlendedTotal() {
    Map<LearningMode, Long> minutes = exactly(BIBLIO);
    minutes.put(TestModes.VIRTUAL, 150 * 60L);
    minutes.put(TestModes.WORK_BASED, 400 * 60L);
    List<String> missing =
        keys(CompletionRules.shortfalls(RULES, facts(minutes, ProjectStatus.COMPLETED, List.of())));
    assertEquals(
        List.of("certification.shortfall.hours.VIRTUAL", "certification.shortfall.hours.TOTAL"),
        missing);
  }

  @Test
  void aZeroMinimumAsksNothing() {
    CompletionRules.Rules rules =
        new CompletionRules.Rules(Map.of(), 0, ProjectRequirement.NONE, false, false);
    assertEquals(
        List.of(), CompletionRules.shortfalls(rules, facts(Map.of(), null, List.of("M1"))));
  }

  @Test
  void theProjectMustHaveReachedWhatTheEditionAsks() {
    Map<LearningMode, Long> hours = exactly(BIBLIO);
    assertEquals(
        List.of("certification.shortfall.project.COMPLETED"),
        keys(
            CompletionRules.shortfalls(
                RULES, facts(hours, ProjectStatus.IN_IMPLEMENTATION, List.of()))));
    assertEquals(
        List.of("certification.shortfall.project.none"),
        keys(CompletionRules.shortfalls(RULES, facts(hours, null, List.of()))));
    assertEquals(
        List.of("certification.shortfall.project.none"),
        keys(CompletionRules.shortfalls(RULES, facts(hours, ProjectStatus.WITHDRAWN, List.of()))));
    CompletionRules.Rules approved =
        new CompletionRules.Rules(
            BIBLIO.byCode(), BIBLIO.getBlendedTotal(), ProjectRequirement.APPROVED, true, false);
    assertEquals(
        List.of(),
        CompletionRules.shortfalls(
            approved, facts(hours, ProjectStatus.IN_IMPLEMENTATION, List.of())));
    assertEquals(
        List.of("certification.shortfall.project.APPROVED"),
        keys(
            CompletionRules.shortfalls(
                approved, facts(hours, ProjectStatus.SUBMITTED, List.of()))));
  }

  @Test
  void openMandatoryModulesAreNamed() {
    List<Shortfall> missing =
        CompletionRules.shortfalls(
            RULES, facts(exactly(BIBLIO), ProjectStatus.COMPLETED, List.of("D02", "T05")));
    assertEquals(List.of("certification.shortfall.modules"), keys(missing));
    assertEquals(List.of(2, "D02, T05"), missing.get(0).arguments());
  }

  @Test
  void aWaivedModuleIsNotOpenSoNothingIsMissing() {
    // The service leaves waived modules out of the outstanding list: what the rules see.
    assertTrue(
        CompletionRules.shortfalls(
                RULES, facts(exactly(BIBLIO), ProjectStatus.COMPLETED, List.of()))
            .isEmpty());
  }

  @Test
  void modulesDoNotCountWhenTheEditionDoesNotAskForThem() {
    CompletionRules.Rules rules =
        new CompletionRules.Rules(
            BIBLIO.byCode(), BIBLIO.getBlendedTotal(), ProjectRequirement.COMPLETED, false, false);
    assertEquals(
        List.of(),
        CompletionRules.shortfalls(
            rules, facts(exactly(BIBLIO), ProjectStatus.COMPLETED, List.of("D02"))));
  }

  @Test
  void aWithdrawnParticipantHasNotCompletedWhateverTheHours() {
    CompletionRules.Facts withdrawn =
        new CompletionRules.Facts(
            true, exactly(BIBLIO), 245 * 60, ProjectStatus.COMPLETED, List.of(), null);
    assertEquals(
        List.of("certification.shortfall.withdrawn"),
        keys(CompletionRules.shortfalls(RULES, withdrawn)));
  }

  @Test
  void competenceTargetsAreCheckedOnlyWhenAskedAndUnknownIsNotPassed() {
    CompletionRules.Rules rules =
        new CompletionRules.Rules(
            BIBLIO.byCode(), BIBLIO.getBlendedTotal(), ProjectRequirement.COMPLETED, true, true);
    Map<LearningMode, Long> hours = exactly(BIBLIO);
    long blended = 245 * 60;
    assertEquals(
        List.of("certification.shortfall.competences.unknown"),
        keys(
            CompletionRules.shortfalls(
                rules,
                new CompletionRules.Facts(
                    false, hours, blended, ProjectStatus.COMPLETED, List.of(), null))));
    assertEquals(
        List.of(),
        CompletionRules.shortfalls(
            rules,
            new CompletionRules.Facts(
                false, hours, blended, ProjectStatus.COMPLETED, List.of(), List.of())));
    List<Shortfall> gaps =
        CompletionRules.shortfalls(
            rules,
            new CompletionRules.Facts(
                false,
                hours,
                blended,
                ProjectStatus.COMPLETED,
                List.of(),
                List.of(new CompletionRules.CompetenceGap("DigComp", "1.1", "Browsing"))));
    assertEquals(List.of("certification.shortfall.competences"), keys(gaps));
    assertEquals(List.of(1, "1.1"), gaps.get(0).arguments());
  }

  @Test
  void everythingMissingIsListedInTheOrderTheRulesAreShown() {
    CompletionRules.Facts nothing =
        new CompletionRules.Facts(
            true, exactly(HourTargets.ofHours(0, 0, 0, 0, 0, 0)), 0, null, List.of("F01"), null);
    assertEquals(
        List.of(
            "certification.shortfall.withdrawn",
            "certification.shortfall.hours.FACE_TO_FACE",
            "certification.shortfall.hours.VIRTUAL",
            "certification.shortfall.hours.PROJECT_BASED",
            "certification.shortfall.hours.ASSESSMENT",
            "certification.shortfall.hours.WORK_BASED",
            "certification.shortfall.hours.TOTAL",
            "certification.shortfall.project.none",
            "certification.shortfall.modules"),
        keys(CompletionRules.shortfalls(RULES, nothing)));
  }

  @Test
  void theDefaultsAreTheEditionsTargets() {
    assertEquals(160 * 60, RULES.minimum(TestModes.VIRTUAL));
    assertEquals(165 * 60, RULES.minimum(TestModes.WORK_BASED));
    assertEquals(240 * 60, RULES.minimumTotalMinutes());
    assertEquals(ProjectRequirement.COMPLETED, RULES.project());
    assertTrue(RULES.modulesRequired());
  }

  @Test
  void missingHoursAreRoundedUpToTheMinuteInHours() {
    assertEquals(new BigDecimal("0.02"), CompletionRules.hours(1));
    assertEquals(new BigDecimal("1"), CompletionRules.hours(60));
    assertEquals(new BigDecimal("12.5"), CompletionRules.hours(750));
  }
}
