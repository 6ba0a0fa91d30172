package org.mentora.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mentora.course.BiblioModes;
import org.mentora.course.HourTargets;
import org.mentora.course.LearningMode;
import org.mentora.project.ProjectStatus;

/**
 * Whether a participant has completed an edition, and if not, exactly what is missing. Pure: the
 * eligibility service gathers the facts (hours from the logbook's progress, the project's state,
 * module results and waivers) and this class only compares them with the edition's rules.
 */
public final class CompletionRules {

  private CompletionRules() {}

  /**
   * An edition's completion rules: minimum minutes per learning mode (0: no minimum), the minimum
   * for the blended course in total, what the project must have reached, whether every mandatory
   * module must be passed or waived, and whether the profile's competence targets must be reached.
   */
  public record Rules(
      Map<String, Integer> minimumMinutes,
      int minimumTotalMinutes,
      ProjectRequirement project,
      boolean modulesRequired,
      boolean competencesRequired)
      implements java.io.Serializable {

    public Rules {
      Map<String, Integer> copy = new HashMap<>();
      minimumMinutes.forEach((code, minutes) -> copy.put(code, Math.max(0, minutes)));
      minimumMinutes = Map.copyOf(copy);
      minimumTotalMinutes = Math.max(0, minimumTotalMinutes);
    }

    /** The defaults: the edition's own hour targets, a completed project, every module. */
    public static Rules defaults(HourTargets targets) {
      return defaults(targets, true);
    }

    /** The defaults of a programme with or without projects (a salon series has none). */
    public static Rules defaults(HourTargets targets, boolean projects) {
      return new Rules(
          targets.byCode(),
          targets.getBlendedTotal(),
          projects ? ProjectRequirement.COMPLETED : ProjectRequirement.NONE,
          true,
          false);
    }

    public int minimum(LearningMode mode) {
      return minimum(mode.getCode());
    }

    /** The minimum for the mode with this code (0: none). */
    public int minimum(String code) {
      return minimumMinutes.getOrDefault(code, 0);
    }
  }

  /** A competence target of the profile the participant has not reached yet. */
  public record CompetenceGap(String framework, String code, String name) {}

  /**
   * What is known of one participant. {@code countedMinutes} are approved hours plus recognised
   * prior learning, per mode, as the progress bars count them; {@code blendedMinutes} the same for
   * the blended modes together. {@code project} is the state of the participant's most advanced
   * project idea, or null without one. {@code outstandingModules} are the codes of mandatory
   * modules neither passed nor waived. {@code competenceGaps} is null while competence data is not
   * available.
   */
  public record Facts(
      boolean withdrawn,
      Map<LearningMode, Long> countedMinutes,
      long blendedMinutes,
      ProjectStatus project,
      List<String> outstandingModules,
      List<CompetenceGap> competenceGaps) {

    public Facts {
      // In the programme's order, so the shortfalls are listed as the modes are.
      Map<LearningMode, Long> ordered =
          new TreeMap<>(
              Comparator.comparingInt(LearningMode::getPosition)
                  .thenComparing(LearningMode::getCode));
      ordered.putAll(countedMinutes);
      countedMinutes = Collections.unmodifiableMap(ordered);
      outstandingModules = List.copyOf(outstandingModules);
      competenceGaps = competenceGaps == null ? null : List.copyOf(competenceGaps);
    }

    public long counted(LearningMode mode) {
      return countedMinutes.getOrDefault(mode, 0L);
    }
  }

  /** Everything missing, in the order the rules are shown; empty when the participant completed. */
  public static List<Shortfall> shortfalls(Rules rules, Facts facts) {
    List<Shortfall> missing = new ArrayList<>();
    if (facts.withdrawn()) {
      missing.add(Shortfall.of("certification.shortfall.withdrawn"));
    }
    for (LearningMode mode : facts.countedMinutes().keySet()) {
      long lacking = rules.minimum(mode) - facts.counted(mode);
      if (lacking > 0) {
        // BIBLIO's modes keep their own sentences; other programmes' modes are named in one.
        missing.add(
            BiblioModes.ALL.contains(mode.getCode())
                ? Shortfall.of("certification.shortfall.hours." + mode.getCode(), hours(lacking))
                : Shortfall.of("certification.shortfall.hours.mode", hours(lacking), mode));
      }
    }
    long lackingTotal = rules.minimumTotalMinutes() - facts.blendedMinutes();
    if (lackingTotal > 0) {
      missing.add(Shortfall.of("certification.shortfall.hours.TOTAL", hours(lackingTotal)));
    }
    if (!rules.project().metBy(facts.project())) {
      if (facts.project() == null || facts.project() == ProjectStatus.WITHDRAWN) {
        missing.add(Shortfall.of("certification.shortfall.project.none"));
      } else {
        missing.add(Shortfall.of("certification.shortfall.project." + rules.project().name()));
      }
    }
    if (rules.modulesRequired() && !facts.outstandingModules().isEmpty()) {
      missing.add(
          Shortfall.of(
              "certification.shortfall.modules",
              facts.outstandingModules().size(),
              String.join(", ", facts.outstandingModules())));
    }
    if (rules.competencesRequired()) {
      if (facts.competenceGaps() == null) {
        missing.add(Shortfall.of("certification.shortfall.competences.unknown"));
      } else if (!facts.competenceGaps().isEmpty()) {
        missing.add(
            Shortfall.of(
                "certification.shortfall.competences",
                facts.competenceGaps().size(),
                String.join(
                    ", ", facts.competenceGaps().stream().map(CompetenceGap::code).toList())));
      }
    }
    return missing;
  }

  /** Minutes as hours for a message: 750 → 12.5, 60 → 1. */
  static BigDecimal hours(long minutes) {
    BigDecimal hours =
        BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.CEILING);
    hours = hours.stripTrailingZeros();
    return hours.scale() < 0 ? hours.setScale(0) : hours;
  }
}
