package org.mentora.competence;

import java.util.Comparator;
import java.util.List;

/** The gaps between a participant's counted levels and their profile's targets. */
public final class CompetenceGaps {

  private CompetenceGaps() {}

  /** The competences not reached yet, the largest gap first, then in profile order. */
  public static List<Standing> gaps(List<Standing> standings) {
    return standings.stream()
        .filter(s -> !s.isReached())
        .sorted(Comparator.comparingInt(Standing::gap).reversed())
        .toList();
  }

  /** Share of the profile's competences whose target is reached, 0-100. */
  public static int percentReached(List<Standing> standings) {
    if (standings.isEmpty()) {
      return 0;
    }
    long reached = standings.stream().filter(Standing::isReached).count();
    return (int) (reached * 100 / standings.size());
  }

  /** Whether every target of the profile is reached (a certificate's optional rule). */
  public static boolean allReached(List<Standing> standings) {
    return !standings.isEmpty() && standings.stream().allMatch(Standing::isReached);
  }
}
