package org.mentora.course;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Target hours per learning mode (by the mode's code) and the blended total the plan states, all in
 * minutes, for an edition or as a programme's defaults. The stated total is kept as written even
 * when the blended parts disagree with it (the BIBLIO plan says 240 h while its parts add up to 245
 * h): {@link HoursPlan} shows the difference. Which modes are blended is the programme's setting.
 */
public final class HourTargets implements Serializable {

  private static final long serialVersionUID = 2L;

  private final Map<String, Integer> minutes;
  private final Set<String> blendedCodes;
  private final int blendedTotal;

  public HourTargets(Map<String, Integer> minutes, Set<String> blendedCodes, int blendedTotal) {
    this.minutes = new LinkedHashMap<>(minutes);
    this.blendedCodes = new LinkedHashSet<>(blendedCodes);
    this.blendedTotal = blendedTotal;
  }

  /** Targets for a programme's modes from minutes by code (a missing code targets 0). */
  public static HourTargets of(
      Collection<LearningMode> modes, Map<String, Integer> byCode, int blendedTotal) {
    Map<String, Integer> minutes = new LinkedHashMap<>();
    Set<String> blended = new LinkedHashSet<>();
    for (LearningMode mode : modes) {
      minutes.put(mode.getCode(), byCode.getOrDefault(mode.getCode(), 0));
      if (mode.isBlended()) {
        blended.add(mode.getCode());
      }
    }
    return new HourTargets(minutes, blended, blendedTotal);
  }

  /** The BIBLIO plan's shape, in hours: four blended modes, their total, and work-based hours. */
  public static HourTargets ofHours(
      int f2f, int virtual, int project, int assessment, int total, int wbl) {
    Map<String, Integer> minutes = new LinkedHashMap<>();
    minutes.put(BiblioModes.FACE_TO_FACE, f2f * 60);
    minutes.put(BiblioModes.VIRTUAL, virtual * 60);
    minutes.put(BiblioModes.PROJECT_BASED, project * 60);
    minutes.put(BiblioModes.ASSESSMENT, assessment * 60);
    minutes.put(BiblioModes.WORK_BASED, wbl * 60);
    return new HourTargets(minutes, Set.copyOf(BiblioModes.BLENDED), total * 60);
  }

  public int target(LearningMode mode) {
    return target(mode.getCode());
  }

  public int target(String code) {
    return minutes.getOrDefault(code, 0);
  }

  /** Minutes by mode code, in the programme's order. */
  public Map<String, Integer> byCode() {
    return Map.copyOf(minutes);
  }

  public List<String> codes() {
    return List.copyOf(minutes.keySet());
  }

  public boolean isBlended(String code) {
    return blendedCodes.contains(code);
  }

  /** What the blended parts add up to. */
  public int blendedSum() {
    return minutes.entrySet().stream()
        .filter(e -> blendedCodes.contains(e.getKey()))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Minutes of the modes standing apart from the blended course (work-based learning). */
  public int apartSum() {
    return minutes.entrySet().stream()
        .filter(e -> !blendedCodes.contains(e.getKey()))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  public int getBlendedTotal() {
    return blendedTotal;
  }

  /** The same targets with one mode's minutes changed. */
  public HourTargets with(String code, int target) {
    Map<String, Integer> changed = new LinkedHashMap<>(minutes);
    changed.put(code, target);
    return new HourTargets(changed, blendedCodes, blendedTotal);
  }

  public HourTargets withBlendedTotal(int total) {
    return new HourTargets(minutes, blendedCodes, total);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HourTargets t
        && t.minutes.equals(minutes)
        && t.blendedCodes.equals(blendedCodes)
        && t.blendedTotal == blendedTotal;
  }

  @Override
  public int hashCode() {
    return minutes.hashCode() * 31 + blendedTotal;
  }

  @Override
  public String toString() {
    return minutes + " blended " + blendedCodes + " total " + blendedTotal;
  }
}
