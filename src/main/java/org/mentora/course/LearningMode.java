package org.mentora.course;

import java.util.EnumSet;
import java.util.Set;

/**
 * How hours are learnt. The first four make up the blended course (240 h in the BIBLIO plan);
 * work-based learning in the trainee's own library follows it (165 h in the Latvian pilot).
 */
public enum LearningMode {
  FACE_TO_FACE(true),
  VIRTUAL(true),
  PROJECT_BASED(true),
  ASSESSMENT(true),
  WORK_BASED(false);

  public static final Set<LearningMode> BLENDED =
      EnumSet.of(FACE_TO_FACE, VIRTUAL, PROJECT_BASED, ASSESSMENT);

  private final boolean blended;

  LearningMode(boolean blended) {
    this.blended = blended;
  }

  public boolean isBlended() {
    return blended;
  }

  public String labelKey() {
    return "LearningMode." + name();
  }
}
