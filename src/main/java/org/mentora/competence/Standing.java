package org.mentora.competence;

/**
 * Where a participant stands on one competence of their profile: the target, their own latest level
 * and the level that counts. Levels are null when not rated yet.
 */
public record Standing(
    long competenceId,
    String code,
    String name,
    String framework,
    int target,
    Integer self,
    Integer counted)
    implements java.io.Serializable {

  /** Where one participant stands on one target, given all their ratings of its competence. */
  public static Standing of(
      ProfileTarget target, java.util.List<RatingRules.Given> ratings, CountingRule rule) {
    Competence competence = target.getCompetence();
    return new Standing(
        competence.getId(),
        competence.getCode(),
        org.mentora.platform.i18n.LocalName.inRequest(competence),
        competence.getFramework().getTitle(),
        target.getTargetLevel(),
        RatingRules.latestSelf(ratings).map(RatingRules.Given::level).orElse(null),
        RatingRules.counting(rule, ratings).map(RatingRules.Given::level).orElse(null));
  }

  /** How many levels are missing to the target; an unassessed competence misses all of it. */
  public int gap() {
    return Math.max(0, target - (counted == null ? 0 : counted));
  }

  public boolean isReached() {
    return counted != null && counted >= target;
  }

  public boolean isAssessed() {
    return counted != null;
  }

  /**
   * Self and counted level differ by two levels or more: worth a conversation between the
   * participant and the mentor.
   */
  public boolean isDisputed() {
    return self != null && counted != null && Math.abs(self - counted) >= 2;
  }

  public long getCompetenceId() {
    return competenceId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getFramework() {
    return framework;
  }

  public int getTarget() {
    return target;
  }

  public Integer getSelf() {
    return self;
  }

  public Integer getCounted() {
    return counted;
  }

  public int getGap() {
    return gap();
  }
}
