package org.mentora.course;

import java.util.List;

/**
 * The codes of the BIBLIO programme's five learning modes, which migration V22 gave every programme
 * that existed before modes became data, and which a new programme starts from (an administrator
 * may rename, remove or add modes). Rules never branch on these: they read the mode's settings
 * (only the wording of BIBLIO's shortfalls and certificate lines keeps its own sentences). Demo
 * data and tests name modes by them.
 */
public final class BiblioModes {

  public static final String FACE_TO_FACE = "FACE_TO_FACE";
  public static final String VIRTUAL = "VIRTUAL";
  public static final String PROJECT_BASED = "PROJECT_BASED";
  public static final String ASSESSMENT = "ASSESSMENT";
  public static final String WORK_BASED = "WORK_BASED";

  public static final List<String> BLENDED =
      List.of(FACE_TO_FACE, VIRTUAL, PROJECT_BASED, ASSESSMENT);
  public static final List<String> ALL =
      List.of(FACE_TO_FACE, VIRTUAL, PROJECT_BASED, ASSESSMENT, WORK_BASED);

  private BiblioModes() {}

  /**
   * The five modes for a programme, with BIBLIO's default targets (20 + 155 + 40 + 25 = 240 h
   * blended, 165 h work-based), their names in the languages the project ships.
   */
  public static List<LearningMode> create(Programme programme) {
    List<LearningMode> modes =
        List.of(
            mode(
                programme,
                FACE_TO_FACE,
                "Face-to-face",
                StaffRole.TRAINER,
                true,
                true,
                "#2f6f9f",
                20),
            mode(
                programme,
                VIRTUAL,
                "Virtual classes and self-study",
                StaffRole.TUTOR,
                true,
                true,
                "#e07b39",
                155),
            mode(
                programme,
                PROJECT_BASED,
                "Project-based learning",
                StaffRole.MENTOR,
                true,
                true,
                "#4f9d69",
                40),
            mode(programme, ASSESSMENT, "Assessment", StaffRole.TUTOR, true, true, "#9c5fb5", 25),
            mode(
                programme,
                WORK_BASED,
                "Work-based learning",
                StaffRole.MENTOR,
                false,
                false,
                "#c94f4f",
                165));
    names(
        modes.get(0),
        "Klātienes mācības",
        "Присъствено обучение",
        "Δια ζώσης μάθηση",
        "In presenza");
    names(
        modes.get(1),
        "Virtuālās nodarbības un patstāvīgās mācības",
        "Виртуални занятия и самостоятелна подготовка",
        "Εικονικές τάξεις και αυτοτελής μελέτη",
        "Lezioni virtuali e studio autonomo");
    names(
        modes.get(2),
        "Projektos balstītas mācības",
        "Проектно базирано обучение",
        "Μάθηση βάσει έργου",
        "Apprendimento basato su progetti");
    names(modes.get(3), "Novērtēšana", "Оценяване", "Αξιολόγηση", "Valutazione");
    names(
        modes.get(4),
        "Darba vidē balstītas mācības",
        "Обучение на работното място",
        "Μάθηση στον χώρο εργασίας",
        "Apprendimento basato sul lavoro");
    for (int i = 0; i < modes.size(); i++) {
      modes.get(i).setPosition(i + 1);
    }
    return modes;
  }

  private static LearningMode mode(
      Programme programme,
      String code,
      String name,
      StaffRole reviewer,
      boolean moduleRequired,
      boolean blended,
      String colour,
      int hours) {
    return LearningMode.of(
        programme, code, name, reviewer, moduleRequired, blended, colour, hours * 60);
  }

  private static void names(LearningMode mode, String lv, String bg, String el, String it) {
    mode.getNames().put("lv", lv);
    mode.getNames().put("bg", bg);
    mode.getNames().put("el", el);
    mode.getNames().put("it", it);
  }
}
