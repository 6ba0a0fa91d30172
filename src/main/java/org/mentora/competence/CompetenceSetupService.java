package org.mentora.competence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.JobProfile;
import org.mentora.course.Programme;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;

/**
 * What the administrator sets up around the frameworks: a job profile's competences with a target
 * level each, the competences each module develops with the level it aims at, and an edition's
 * assessment settings (counting rule and the moments' windows). Staff may read; only administrators
 * change. Levels must lie within the competence's framework version; a competence appears once per
 * profile and once per module.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@Interceptors(ConflictsAsBusinessErrors.class)
public class CompetenceSetupService {

  @PersistenceContext EntityManager em;

  // ---- profile targets

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public JobProfile profile(long profileId) {
    JobProfile profile = find(JobProfile.class, profileId);
    profile.getProgramme().getName();
    return profile;
  }

  /** A profile's targets, by framework and the competences' order. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public List<ProfileTarget> targets(long profileId) {
    return em.createNamedQuery(ProfileTarget.OF_PROFILE, ProfileTarget.class)
        .setParameter("profile", find(JobProfile.class, profileId))
        .getResultList();
  }

  public ProfileTarget addTarget(long profileId, Long competenceId, Integer level) {
    JobProfile profile = find(JobProfile.class, profileId);
    Competence competence = currentCompetence(competenceId, "profileTargets");
    checkLevel(competence.getFramework(), level, "profileTargets.levelRange");
    boolean present =
        em.createQuery(
                    "select count(t) from ProfileTarget t where t.profile = :p and t.competence = :c",
                    Long.class)
                .setParameter("p", profile)
                .setParameter("c", competence)
                .getSingleResult()
            > 0;
    if (present) {
      throw BusinessException.onField(
          "competence", "profileTargets.duplicate", competence.getLabel());
    }
    ProfileTarget target = new ProfileTarget(profile, competence, level);
    em.persist(target);
    return target;
  }

  public ProfileTarget changeTarget(long targetId, long versionSeen, Integer level) {
    ProfileTarget target = find(ProfileTarget.class, targetId);
    OptimisticLocks.check(target, versionSeen);
    checkLevel(target.getCompetence().getFramework(), level, "profileTargets.levelRange");
    target.setTargetLevel(level);
    return target;
  }

  public void removeTarget(long targetId, long versionSeen) {
    ProfileTarget target = find(ProfileTarget.class, targetId);
    OptimisticLocks.check(target, versionSeen);
    em.remove(target);
  }

  // ---- module mapping

  /** Every mapped competence of a programme's modules, by module code. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public List<ModuleCompetence> moduleCompetences(long programmeId) {
    return em.createQuery(
            "select m from ModuleCompetence m join fetch m.competence c join fetch c.framework"
                + " join fetch c.area join fetch m.module mo where mo.programme = :programme"
                + " order by mo.code, c.framework.name, c.position",
            ModuleCompetence.class)
        .setParameter("programme", find(Programme.class, programmeId))
        .getResultList();
  }

  public ModuleCompetence addModuleCompetence(long moduleId, Long competenceId, Integer level) {
    CourseModule module = find(CourseModule.class, moduleId);
    Competence competence = currentCompetence(competenceId, "moduleMapping");
    checkLevel(competence.getFramework(), level, "moduleMapping.levelRange");
    boolean present =
        em.createQuery(
                    "select count(m) from ModuleCompetence m where m.module = :m and m.competence = :c",
                    Long.class)
                .setParameter("m", module)
                .setParameter("c", competence)
                .getSingleResult()
            > 0;
    if (present) {
      throw BusinessException.onField(
          "competence", "moduleMapping.duplicate", competence.getLabel(), module.getCode());
    }
    ModuleCompetence mapping = new ModuleCompetence(module, competence, level);
    em.persist(mapping);
    return mapping;
  }

  public ModuleCompetence changeModuleCompetence(long mappingId, long versionSeen, Integer level) {
    ModuleCompetence mapping = find(ModuleCompetence.class, mappingId);
    OptimisticLocks.check(mapping, versionSeen);
    checkLevel(mapping.getCompetence().getFramework(), level, "moduleMapping.levelRange");
    mapping.setAimedLevel(level);
    return mapping;
  }

  public void removeModuleCompetence(long mappingId, long versionSeen) {
    ModuleCompetence mapping = find(ModuleCompetence.class, mappingId);
    OptimisticLocks.check(mapping, versionSeen);
    em.remove(mapping);
  }

  // ---- an edition's assessment settings

  /** The edition's settings: its own rows where it has them, else the defaults. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public AssessmentSettingsForm assessmentSettings(long editionId) {
    Edition edition = find(Edition.class, editionId);
    AssessmentSettingsForm form = new AssessmentSettingsForm();
    settingsOf(edition)
        .ifPresent(
            s -> {
              form.setCountingRule(s.getCountingRule());
              form.setSettingsVersion(s.getVersion());
            });
    for (AssessmentWindow w : windowsOf(edition)) {
      AssessmentSettingsForm.Window window = form.window(w.getMoment());
      window.setEnabled(w.isEnabled());
      window.setOpensOn(w.getOpensOn());
      window.setClosesOn(w.getClosesOn());
      window.setVersion(w.getVersion());
    }
    return form;
  }

  /**
   * Saves the counting rule and the three windows at once; refuses a window that closes before it
   * opens, and a save over someone else's in between.
   */
  public AssessmentSettingsForm saveAssessmentSettings(
      long editionId, AssessmentSettingsForm form) {
    Edition edition = find(Edition.class, editionId);
    if (form.getCountingRule() == null) {
      throw BusinessException.onField("countingRule", "assessmentSettings.countingRule.required");
    }
    for (AssessmentMoment moment : AssessmentMoment.values()) {
      AssessmentSettingsForm.Window window = form.window(moment);
      if (window.getOpensOn() != null
          && window.getClosesOn() != null
          && window.getClosesOn().isBefore(window.getOpensOn())) {
        throw BusinessException.onField(
            "closes_" + moment.name(), "assessmentSettings.closesBeforeOpens");
      }
    }
    CompetenceSettings settings = settingsOf(edition).orElse(null);
    if (settings == null) {
      settings = new CompetenceSettings(edition);
      settings.setCountingRule(form.getCountingRule());
      em.persist(settings);
    } else {
      checkVersion(settings, form.getSettingsVersion());
      settings.setCountingRule(form.getCountingRule());
    }
    List<AssessmentWindow> existing = windowsOf(edition);
    for (AssessmentMoment moment : AssessmentMoment.values()) {
      AssessmentSettingsForm.Window window = form.window(moment);
      AssessmentWindow row =
          existing.stream().filter(w -> w.getMoment() == moment).findFirst().orElse(null);
      if (row == null) {
        row = new AssessmentWindow(edition, moment);
        apply(row, window);
        em.persist(row);
      } else {
        checkVersion(row, window.getVersion());
        apply(row, window);
      }
    }
    em.flush();
    return assessmentSettings(editionId);
  }

  private static void apply(AssessmentWindow row, AssessmentSettingsForm.Window window) {
    row.setEnabled(window.isEnabled());
    row.setOpensOn(window.getOpensOn());
    row.setClosesOn(window.getClosesOn());
  }

  /** A row that appeared since the form was loaded (version null) is someone else's save too. */
  private static void checkVersion(
      org.mentora.platform.persistence.BaseEntity entity, Long versionSeen) {
    if (versionSeen == null) {
      throw new ConcurrentChangeException();
    }
    OptimisticLocks.check(entity, versionSeen);
  }

  private Optional<CompetenceSettings> settingsOf(Edition edition) {
    return em.createNamedQuery(CompetenceSettings.OF_EDITION, CompetenceSettings.class)
        .setParameter("edition", edition)
        .getResultStream()
        .findFirst();
  }

  private List<AssessmentWindow> windowsOf(Edition edition) {
    return em.createNamedQuery(AssessmentWindow.OF_EDITION, AssessmentWindow.class)
        .setParameter("edition", edition)
        .getResultList();
  }

  // ---- shared

  private Competence currentCompetence(Long competenceId, String prefix) {
    if (competenceId == null) {
      throw BusinessException.onField("competence", prefix + ".competence.required");
    }
    Competence competence = em.find(Competence.class, competenceId);
    if (competence == null) {
      throw BusinessException.onField("competence", prefix + ".competence.required");
    }
    if (!competence.getFramework().isCurrentVersion()) {
      throw BusinessException.onField("competence", prefix + ".competence.earlierVersion");
    }
    return competence;
  }

  private static void checkLevel(Framework framework, Integer level, String key) {
    if (level == null || !framework.accepts(level)) {
      throw BusinessException.onField(
          "level", key, framework.getTitle(), framework.getMinLevel(), framework.getMaxLevel());
    }
  }

  private <T> T find(Class<T> type, long id) {
    return Optional.ofNullable(em.find(type, id)).orElseThrow(NotFoundException::new);
  }
}
