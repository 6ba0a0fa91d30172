package org.mentora.course;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Orders candidates by an edition's admission rule; a pure rule, tested without a container. */
public final class AdmissionRanking {

  private AdmissionRanking() {}

  /** What ranking needs to know of an application. */
  public interface Candidate {
    boolean moocCompleted();

    boolean hasHostLibrary();

    boolean hasProjectIdea();

    Instant submittedAt();
  }

  public static <C extends Candidate> List<C> rank(
      List<C> candidates, List<AdmissionCriterion> rule) {
    Comparator<C> order = (a, b) -> 0;
    for (AdmissionCriterion criterion : rule) {
      Comparator<C> byCriterion =
          Comparator.comparing((C candidate) -> !meets(candidate, criterion));
      order = order.thenComparing(byCriterion);
    }
    order =
        order.thenComparing(
            Candidate::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()));
    return candidates.stream().sorted(order).toList();
  }

  public static boolean meets(Candidate candidate, AdmissionCriterion criterion) {
    return switch (criterion) {
      case MOOC_COMPLETED -> candidate.moocCompleted();
      case HOST_LIBRARY -> candidate.hasHostLibrary();
      case PROJECT_IDEA -> candidate.hasProjectIdea();
    };
  }
}
