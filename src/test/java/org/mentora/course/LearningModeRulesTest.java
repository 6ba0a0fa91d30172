package org.mentora.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentora.certificate.CompletionRules;
import org.mentora.certificate.Shortfall;
import org.mentora.logbook.HoursPolicy;
import org.mentora.logbook.Progress;
import org.mentora.logbook.ProgressService;
import org.mentora.logbook.ReviewRouting;
import org.mentora.project.ProjectStatus;

/**
 * The rules read a programme's modes, never BIBLIO's names: a salon series with two modes of its
 * own gets its bars, totals, routes, module rule and shortfalls from the modes' settings.
 */
class LearningModeRulesTest {

  private static final Programme SALONS = new Programme();
  private static final LearningMode SESSION =
      SALONS.addMode(
          LearningMode.of(
              SALONS, "SESSION", "Kickoff", StaffRole.TRAINER, true, true, "#2f6f9f", 360));
  private static final LearningMode SALON =
      SALONS.addMode(
          LearningMode.of(
              SALONS, "ONLINE_SALON", "Salon", StaffRole.TRAINER, false, true, "#4f9d69", 720));
  private static final LearningMode READING =
      SALONS.addMode(
          LearningMode.of(
              SALONS, "READING", "Reading", StaffRole.MENTOR, false, false, "#7f7f7f", 600));

  static {
    SALON.getNames().put("lv", "Tiešsaistes salons");
  }

  @Test
  void aNewModeGoesLastAndTheDefaultsComeFromTheModes() {
    assertEquals(
        List.of(1, 2, 3), SALONS.getModes().stream().map(LearningMode::getPosition).toList());
    HourTargets defaults = SALONS.getDefaultTargets();
    assertEquals(List.of("SESSION", "ONLINE_SALON", "READING"), defaults.codes());
    assertEquals(360 + 720, defaults.blendedSum());
    assertEquals(600, defaults.apartSum());
  }

  @Test
  void theBlendedTotalCountsOnlyTheModesTheProgrammeCountsInIt() {
    HourTargets targets =
        HourTargets.of(
            SALONS.getModes(), Map.of("SESSION", 360, "ONLINE_SALON", 720, "READING", 600), 1080);
    Progress progress =
        ProgressService.of(
            SALONS.getModes(),
            targets,
            Map.of(SESSION, 360L, SALON, 180L, READING, 120L),
            Map.of(SALON, 180L),
            Map.of());
    assertEquals(3, progress.modes().size());
    assertEquals(540, progress.blendedTotal().approvedMinutes());
    assertEquals(180, progress.blendedTotal().pendingMinutes());
    assertEquals(1080, progress.blendedTotal().targetMinutes());
    assertEquals("#4f9d69", progress.modes().get(1).getColour());
    assertTrue(HoursPlanOk.adds(targets));
  }

  @Test
  void theModeSaysWhoReviews() {
    ReviewRouting.Staff staff = new ReviewRouting.Staff(1L, 2L, 3L);
    assertEquals(StaffRole.TRAINER, ReviewRouting.route(SALON, staff).role());
    assertEquals(3L, ReviewRouting.route(SALON, staff).reviewerId().orElseThrow());
    assertEquals(1L, ReviewRouting.route(READING, staff).reviewerId().orElseThrow());
  }

  @Test
  void theModeSaysWhetherAnEntryNamesAModule() {
    HoursPolicy.Settings settings = new HoursPolicy.Settings(false, 7, 720, 15, true, true);
    HoursPolicy.Frame frame =
        new HoursPolicy.Frame(
            LocalDate.of(2026, 5, 10), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    List<HoursPolicy.Problem> session =
        HoursPolicy.check(
            settings,
            frame,
            new HoursPolicy.Draft(
                LocalDate.of(2026, 5, 9), SESSION, null, null, 60, "Kickoff", null),
            List.of());
    List<HoursPolicy.Problem> salon =
        HoursPolicy.check(
            settings,
            frame,
            new HoursPolicy.Draft(LocalDate.of(2026, 5, 9), SALON, null, null, 60, "Salon", null),
            List.of());
    assertTrue(session.stream().anyMatch(p -> p.field().equals("module")), session.toString());
    assertFalse(salon.stream().anyMatch(p -> p.field().equals("module")), salon.toString());
  }

  @Test
  void aShortfallOfAnotherProgrammesModeNamesTheModeInTheReadersLanguage() {
    CompletionRules.Rules rules =
        CompletionRules.Rules.defaults(SALONS.getDefaultTargets().withBlendedTotal(1080), false);
    CompletionRules.Facts facts =
        new CompletionRules.Facts(
            false,
            Map.of(SESSION, 360L, SALON, 540L, READING, 600L),
            900,
            ProjectStatus.DRAFT,
            List.of(),
            List.of());
    List<Shortfall> missing = CompletionRules.shortfalls(rules, facts);
    assertEquals(
        List.of("certification.shortfall.hours.mode", "certification.shortfall.hours.TOTAL"),
        missing.stream().map(Shortfall::key).toList());
    assertEquals(
        "Tiešsaistes salons", missing.get(0).args(java.util.Locale.forLanguageTag("lv"))[1]);
    assertEquals("Salon", missing.get(0).args(java.util.Locale.ENGLISH)[1]);
  }

  /** The parts of the salons' defaults add up to their total. */
  private static final class HoursPlanOk {
    static boolean adds(HourTargets targets) {
      return HoursPlan.mismatch(targets).isEmpty();
    }
  }
}
