package org.mentora.competence.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.competence.Competence;
import org.mentora.competence.ModuleCompetence;
import org.mentora.competence.ProfileTarget;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.JobProfile;
import org.mentora.platform.demo.SeedDemoWorld;

/**
 * The administrator's competence set-up in the demo world: the BIBLIO profiles' targets (DIGY
 * mostly DigComp at levels 4 to 6 with some EntreComp, CECO communication, collaboration and
 * mobilising others) and the competences each demo module develops. The Latvian pilot keeps the
 * default assessment settings (no rows: the mentor's latest rating counts, every moment open).
 */
@Stateless
public class CompetenceDemoData {

  static final String DIGCOMP = "DIGCOMP";
  static final String ENTRECOMP = "ENTRECOMP";
  static final String DIGY = "DIGY";
  static final String CECO = "CECO";
  static final String PILOT = "LV-PILOT";

  /** A competence by framework code and competence code, with a level. */
  record Aim(String framework, String code, int level) {}

  private static Aim dig(String code, int level) {
    return new Aim(DIGCOMP, code, level);
  }

  private static Aim entre(String code, int level) {
    return new Aim(ENTRECOMP, code, level);
  }

  /** Digital Transformation Facilitator: leads the library's digital change. */
  static final List<Aim> DIGY_TARGETS =
      List.of(
          dig("1.1", 5),
          dig("1.2", 5),
          dig("1.3", 5),
          dig("2.4", 5),
          dig("3.1", 5),
          dig("3.3", 5),
          dig("4.2", 5),
          dig("5.2", 6),
          dig("5.3", 6),
          dig("5.4", 6),
          entre("1.3", 4),
          entre("3.2", 4),
          entre("2.5", 3));

  /** Community Engagement and Communication Officer: the library's voice in its community. */
  static final List<Aim> CECO_TARGETS =
      List.of(
          dig("2.1", 5),
          dig("2.2", 5),
          dig("2.3", 5),
          dig("2.4", 4),
          dig("2.5", 4),
          dig("2.6", 4),
          dig("3.1", 4),
          entre("1.1", 4),
          entre("2.5", 5),
          entre("3.4", 5),
          entre("1.5", 4));

  /** What each demo module develops (see course.demo.CourseDemoData for the modules). */
  static final Map<String, List<Aim>> MODULE_AIMS =
      Map.ofEntries(
          Map.entry("F01", List.of(entre("1.1", 3), entre("1.3", 3))),
          Map.entry("F02", List.of(entre("3.2", 3), entre("3.4", 3), entre("2.3", 2))),
          Map.entry("T01", List.of(entre("1.1", 4), entre("1.2", 3))),
          Map.entry("T02", List.of(entre("1.2", 4), entre("3.5", 3))),
          Map.entry("T03", List.of(entre("1.3", 4), entre("3.2", 3))),
          Map.entry("T04", List.of(entre("1.4", 4), entre("1.5", 4))),
          Map.entry("T05", List.of(entre("2.3", 4), entre("2.5", 3))),
          Map.entry("T06", List.of(entre("2.4", 4), entre("2.3", 3))),
          Map.entry("T07", List.of(entre("2.5", 5), entre("3.4", 4), dig("2.1", 4))),
          Map.entry("T08", List.of(entre("3.2", 4), entre("3.1", 4))),
          Map.entry("T09", List.of(entre("3.3", 4), entre("2.2", 3))),
          Map.entry("T10", List.of(entre("3.5", 4), entre("2.1", 3))),
          Map.entry("D01", List.of(dig("1.1", 4), dig("1.2", 4), dig("1.3", 4))),
          Map.entry("D02", List.of(dig("2.1", 4), dig("2.2", 4), dig("2.4", 4), dig("2.5", 3))),
          Map.entry("D03", List.of(dig("3.1", 4), dig("3.2", 4), dig("3.3", 3))),
          Map.entry("D04", List.of(dig("4.1", 4), dig("4.2", 4), dig("4.3", 3), dig("4.4", 3))),
          Map.entry("D05", List.of(dig("5.1", 4), dig("5.2", 4), dig("5.4", 4))),
          Map.entry("D06", List.of(dig("2.2", 5), dig("2.6", 4), dig("3.1", 4))),
          Map.entry("D07", List.of(dig("3.1", 5), dig("3.4", 3), dig("2.3", 4))),
          Map.entry("D08", List.of(dig("1.3", 5), dig("3.2", 4), dig("3.3", 4))),
          Map.entry("D09", List.of(dig("3.3", 5), dig("1.3", 4))),
          Map.entry("D10", List.of(dig("5.4", 5), dig("2.1", 4), dig("5.3", 4))),
          Map.entry("P01", List.of(entre("3.2", 5), dig("5.3", 5), entre("1.3", 4))),
          Map.entry("A01", List.of(entre("3.5", 4), dig("5.4", 4))));

  @PersistenceContext EntityManager em;

  public void seed(@Observes @Priority(SeedDemoWorld.COMPETENCE) SeedDemoWorld event) {
    Map<String, Competence> competences = new HashMap<>();
    em.createQuery(
            "select c from Competence c join fetch c.framework f where f.currentVersion = true",
            Competence.class)
        .getResultStream()
        .forEach(c -> competences.put(c.getFramework().getCode() + "/" + c.getCode(), c));
    Edition pilot =
        em.createQuery("select e from Edition e where e.code = :code", Edition.class)
            .setParameter("code", PILOT)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (pilot == null || competences.isEmpty()) {
      return;
    }
    List<JobProfile> profiles =
        em.createNamedQuery(JobProfile.OF_PROGRAMME, JobProfile.class)
            .setParameter("programme", pilot.getProgramme())
            .getResultList();
    for (JobProfile profile : profiles) {
      List<Aim> aims =
          switch (profile.getCode()) {
            case DIGY -> DIGY_TARGETS;
            case CECO -> CECO_TARGETS;
            default -> List.of();
          };
      for (Aim aim : aims) {
        em.persist(new ProfileTarget(profile, competence(competences, aim), aim.level()));
      }
    }
    for (CourseModule module :
        em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
            .setParameter("programme", pilot.getProgramme())
            .getResultList()) {
      for (Aim aim : MODULE_AIMS.getOrDefault(module.getCode(), List.of())) {
        em.persist(new ModuleCompetence(module, competence(competences, aim), aim.level()));
      }
    }
  }

  private static Competence competence(Map<String, Competence> competences, Aim aim) {
    Competence competence = competences.get(aim.framework() + "/" + aim.code());
    if (competence == null) {
      throw new IllegalStateException("Demo competence missing: " + aim);
    }
    return competence;
  }
}
