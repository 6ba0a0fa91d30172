package org.mentora.competence;

/** Which of several ratings of one competence counts (an edition's choice). */
public enum CountingRule {
  /** The mentor's latest rating (the default): the person who sees the work in the library. */
  LATEST_MENTOR,
  /** The latest rating by any staff member (mentor, tutor or trainer). */
  LATEST_STAFF,
  /** The lowest of each staff member's latest rating: the cautious reading. */
  LOWEST_STAFF;

  public static final CountingRule DEFAULT = LATEST_MENTOR;

  public String getKey() {
    return "countingRule." + name();
  }
}
