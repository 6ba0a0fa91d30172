package org.mentora.competence;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which rating of one competence counts, under an edition's {@link CountingRule}. All ratings stay
 * visible; this only decides the one that feeds gaps, charts and certificates.
 */
public final class RatingRules {

  /** One rating as the rule sees it. */
  public record Given(Long id, AssessorRole role, long assessorId, int level, Instant at) {}

  /** Later first; among equal times the later id (the later insert) first. */
  static final Comparator<Given> LATEST_FIRST =
      Comparator.comparing(Given::at)
          .thenComparing(g -> g.id() == null ? Long.MAX_VALUE : g.id())
          .reversed();

  private RatingRules() {}

  /** The rating that counts, or empty when no rating qualifies (e.g. no mentor rating yet). */
  public static Optional<Given> counting(CountingRule rule, Collection<Given> ratings) {
    return switch (rule) {
      case LATEST_MENTOR ->
          ratings.stream().filter(g -> g.role() == AssessorRole.MENTOR).min(LATEST_FIRST);
      case LATEST_STAFF -> ratings.stream().filter(g -> g.role().isStaff()).min(LATEST_FIRST);
      case LOWEST_STAFF -> lowestOfLatestPerAssessor(ratings);
    };
  }

  /** The participant's own latest rating. */
  public static Optional<Given> latestSelf(Collection<Given> ratings) {
    return ratings.stream().filter(g -> g.role() == AssessorRole.SELF).min(LATEST_FIRST);
  }

  private static Optional<Given> lowestOfLatestPerAssessor(Collection<Given> ratings) {
    Map<Long, Given> latest = new HashMap<>();
    ratings.stream()
        .filter(g -> g.role().isStaff())
        .sorted(LATEST_FIRST)
        .forEach(g -> latest.putIfAbsent(g.assessorId(), g));
    return latest.values().stream()
        .min(Comparator.comparingInt(Given::level).thenComparing(LATEST_FIRST));
  }
}
