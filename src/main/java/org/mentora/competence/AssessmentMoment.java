package org.mentora.competence;

/** When in the course a competence is assessed. */
public enum AssessmentMoment {
  COURSE_START,
  COURSE_END,
  WORK_BASED_END;

  public String getKey() {
    return "assessmentMoment." + name();
  }
}
