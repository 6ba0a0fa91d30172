package org.mentora.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmissionRankingTest {

  record C(
      String name,
      boolean moocCompleted,
      boolean hasHostLibrary,
      boolean hasProjectIdea,
      Instant submittedAt)
      implements AdmissionRanking.Candidate {}

  private static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");

  private final C all = new C("all", true, true, true, T0.plusSeconds(300));
  private final C moocAndHost = new C("moocAndHost", true, true, false, T0.plusSeconds(200));
  private final C moocOnlyEarly = new C("moocOnlyEarly", true, false, false, T0);
  private final C moocOnlyLate = new C("moocOnlyLate", true, false, false, T0.plusSeconds(100));
  private final C hostAndIdea = new C("hostAndIdea", false, true, true, T0);
  private final C nothing = new C("nothing", false, false, false, T0);

  @Test
  void theBiblioRuleRanksMoocFirstThenHostLibraryThenProjectIdea() {
    List<C> ranked =
        AdmissionRanking.rank(
            List.of(nothing, hostAndIdea, moocOnlyLate, all, moocOnlyEarly, moocAndHost),
            AdmissionCriterion.DEFAULT_RULE);
    assertEquals(
        List.of("all", "moocAndHost", "moocOnlyEarly", "moocOnlyLate", "hostAndIdea", "nothing"),
        ranked.stream().map(C::name).toList());
  }

  @Test
  void earlierApplicationsComeFirstAmongEquals() {
    assertEquals(
        List.of(moocOnlyEarly, moocOnlyLate),
        AdmissionRanking.rank(
            List.of(moocOnlyLate, moocOnlyEarly), AdmissionCriterion.DEFAULT_RULE));
  }

  @Test
  void anEditionMayRankByAnotherOrder() {
    List<C> ranked =
        AdmissionRanking.rank(
            List.of(moocOnlyEarly, hostAndIdea),
            List.of(AdmissionCriterion.PROJECT_IDEA, AdmissionCriterion.MOOC_COMPLETED));
    assertEquals(List.of(hostAndIdea, moocOnlyEarly), ranked);
  }

  @Test
  void withoutCriteriaOnlyTheOrderOfApplicationCounts() {
    assertEquals(
        List.of(hostAndIdea, moocOnlyLate, all),
        AdmissionRanking.rank(List.of(all, moocOnlyLate, hostAndIdea), List.of()));
  }

  @Test
  void aStoredRuleSurvivesUnknownNamesAndDuplicates() {
    assertEquals(
        List.of(AdmissionCriterion.HOST_LIBRARY, AdmissionCriterion.MOOC_COMPLETED),
        AdmissionCriterion.parse("host_library, NO_SUCH_THING,MOOC_COMPLETED,HOST_LIBRARY"));
    assertEquals(AdmissionCriterion.DEFAULT_RULE, AdmissionCriterion.parse(null));
    assertEquals(
        "MOOC_COMPLETED,PROJECT_IDEA",
        AdmissionCriterion.format(
            List.of(AdmissionCriterion.MOOC_COMPLETED, AdmissionCriterion.PROJECT_IDEA)));
  }
}
