package org.mentora.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;

/** Programmes with their job profiles and modules: administrators shape them, staff read them. */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
@RolesAllowed(Role.ADMIN_NAME)
public class ProgrammeService {

  @PersistenceContext EntityManager em;

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public List<Programme> programmes() {
    return em.createNamedQuery(Programme.ALL, Programme.class).getResultList();
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public Programme programme(long id) {
    return Optional.ofNullable(em.find(Programme.class, id)).orElseThrow(NotFoundException::new);
  }

  /** Saves a programme; refuses default targets that do not add up or an impossible capacity. */
  public Programme saveProgramme(Programme edited) {
    if (!edited.isPersisted() && edited.getModes().isEmpty()) {
      // A new programme starts from BIBLIO's five modes, which the administrator then shapes.
      HourTargets stated = edited.getDefaultTargets();
      BiblioModes.create(edited).forEach(edited::addMode);
      if (stated.getBlendedTotal() == 0) {
        edited.setDefaultTargets(edited.getDefaultTargets().withBlendedTotal(240 * 60));
      }
    }
    HoursPlan.validateDefaults(edited.getDefaultTargets());
    if (edited.getDefaultCapacity() < 1 || edited.getDefaultCapacity() > Edition.MAX_CAPACITY) {
      throw BusinessException.onField("defaultCapacity", "edition.capacity.range");
    }
    checkNames(edited.getNames(), Programme.NAME_MAX);
    if (!edited.isPersisted()) {
      LocalNames.replace(edited.getNames(), edited.getNames());
      em.persist(edited);
      return edited;
    }
    Programme managed = programme(edited.getId());
    OptimisticLocks.check(managed, edited.getVersion());
    managed.setName(edited.getName());
    LocalNames.replace(managed.getNames(), edited.getNames());
    managed.setDescription(edited.getDescription());
    managed.setEqfLevel(edited.getEqfLevel());
    managed.setDefaultTargets(edited.getDefaultTargets());
    managed.setDefaultCapacity(edited.getDefaultCapacity());
    return managed;
  }

  /**
   * The learning modes of every programme, one per code in the order of the programmes' own orders,
   * for filters that span programmes (the review queue).
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public List<LearningMode> modeChoices() {
    Map<String, LearningMode> byCode = new java.util.LinkedHashMap<>();
    for (LearningMode mode :
        em.createQuery(
                "select m from LearningMode m order by m.position, m.code", LearningMode.class)
            .getResultList()) {
      byCode.putIfAbsent(mode.getCode(), mode);
    }
    return List.copyOf(byCode.values());
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public List<JobProfile> profiles(long programmeId) {
    return em.createNamedQuery(JobProfile.OF_PROGRAMME, JobProfile.class)
        .setParameter("programme", programme(programmeId))
        .getResultList();
  }

  public JobProfile saveProfile(long programmeId, JobProfile edited) {
    Programme programme = programme(programmeId);
    boolean codeTaken =
        profiles(programmeId).stream()
            .anyMatch(
                p -> p.getCode().equals(edited.getCode()) && !p.getId().equals(edited.getId()));
    if (codeTaken) {
      throw BusinessException.onField("profileCode", "jobProfile.code.taken");
    }
    checkNames(edited.getNames(), JobProfile.NAME_MAX);
    if (!edited.isPersisted()) {
      JobProfile created = new JobProfile(programme, edited.getCode(), edited.getName());
      created.setDescription(edited.getDescription());
      LocalNames.replace(created.getNames(), edited.getNames());
      em.persist(created);
      return created;
    }
    JobProfile managed =
        Optional.ofNullable(em.find(JobProfile.class, edited.getId()))
            .filter(p -> p.getProgramme().getId().equals(programmeId))
            .orElseThrow(NotFoundException::new);
    OptimisticLocks.check(managed, edited.getVersion());
    managed.setCode(edited.getCode());
    managed.setName(edited.getName());
    LocalNames.replace(managed.getNames(), edited.getNames());
    managed.setDescription(edited.getDescription());
    return managed;
  }

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<CourseModule> modules(long programmeId) {
    return em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
        .setParameter("programme", em.getReference(Programme.class, programmeId))
        .getResultList();
  }

  public CourseModule module(long moduleId) {
    return Optional.ofNullable(em.find(CourseModule.class, moduleId))
        .orElseThrow(NotFoundException::new);
  }

  public CourseModule saveModule(long programmeId, CourseModule edited) {
    Programme programme = programme(programmeId);
    boolean codeTaken =
        modules(programmeId).stream()
            .anyMatch(
                m -> m.getCode().equals(edited.getCode()) && !m.getId().equals(edited.getId()));
    if (codeTaken) {
      throw BusinessException.onField("moduleCode", "module.code.taken");
    }
    if (edited.getPlannedMinutes() < 0 || edited.getPlannedMinutes() > CourseModule.MAX_MINUTES) {
      throw BusinessException.onField("moduleHours", "module.hours.range");
    }
    checkNames(edited.getNames(), CourseModule.TITLE_MAX);
    CourseModule target;
    if (!edited.isPersisted()) {
      target = new CourseModule(programme);
    } else {
      target = module(edited.getId());
      if (!target.getProgramme().getId().equals(programmeId)) {
        throw new NotFoundException();
      }
      OptimisticLocks.check(target, edited.getVersion());
    }
    target.setCode(edited.getCode());
    target.setTitle(edited.getTitle());
    LocalNames.replace(target.getNames(), edited.getNames());
    target.setDescription(edited.getDescription());
    target.setLearningMode(edited.getLearningMode());
    target.setPlannedMinutes(edited.getPlannedMinutes());
    target.setEcvetPoints(edited.getEcvetPoints());
    target.setMandatory(edited.isMandatory());
    target.setKind(edited.getKind());
    if (!target.isPersisted()) {
      em.persist(target);
    }
    return target;
  }

  /** A name in another language longer than its column is refused, naming the language. */
  static void checkNames(Map<String, String> names, int max) {
    String language = LocalNames.tooLong(names, max);
    if (language != null) {
      throw new BusinessException("names.tooLong", language, max);
    }
  }
}
