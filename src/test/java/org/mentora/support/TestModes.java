package org.mentora.support;

import java.util.List;
import org.mentora.course.BiblioModes;
import org.mentora.course.LearningMode;
import org.mentora.course.Programme;

/** BIBLIO's five learning modes of one unsaved programme, for plain unit tests of the rules. */
public final class TestModes {

  public static final Programme PROGRAMME = new Programme();
  public static final List<LearningMode> ALL = BiblioModes.create(PROGRAMME);

  static {
    ALL.forEach(PROGRAMME.getModes()::add);
  }

  public static final LearningMode FACE_TO_FACE = PROGRAMME.requireMode(BiblioModes.FACE_TO_FACE);
  public static final LearningMode VIRTUAL = PROGRAMME.requireMode(BiblioModes.VIRTUAL);
  public static final LearningMode PROJECT_BASED = PROGRAMME.requireMode(BiblioModes.PROJECT_BASED);
  public static final LearningMode ASSESSMENT = PROGRAMME.requireMode(BiblioModes.ASSESSMENT);
  public static final LearningMode WORK_BASED = PROGRAMME.requireMode(BiblioModes.WORK_BASED);
  public static final List<LearningMode> BLENDED =
      List.of(FACE_TO_FACE, VIRTUAL, PROJECT_BASED, ASSESSMENT);

  private TestModes() {}
}
