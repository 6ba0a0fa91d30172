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
    managed.setAdmissionCriteria(edited.getAdmissionCriteria());
    managed.setHasProjects(edited.isHasProjects());
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

  /** The programme's learning modes in their order. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<LearningMode> modes(long programmeId) {
    return List.copyOf(programme(programmeId).getModes());
  }

  /**
   * Adds or changes a learning mode of a programme. A mode's code is its key in targets, rules and
   * issued certificates, so it is fixed once saved; everything else may change, and changes apply
   * to entries already logged (who reviews new entries, how totals are counted).
   */
  public LearningMode saveMode(long programmeId, LearningMode edited) {
    Programme programme = programme(programmeId);
    checkNames(edited.getNames(), LearningMode.NAME_MAX);
    if (edited.getReviewer() == null) {
      throw BusinessException.onField("modeReviewer", "mode.reviewer.required");
    }
    if (edited.getColour() == null || !edited.getColour().matches("#[0-9a-fA-F]{6}")) {
      throw BusinessException.onField("modeColour", "mode.colour.pattern");
    }
    if (edited.getDefaultTargetMinutes() < 0
        || edited.getDefaultTargetMinutes() > HoursPlan.MAX_MODE_MINUTES) {
      throw BusinessException.onField(
          "modeTarget", "edition.hours.range", HoursPlan.MAX_MODE_MINUTES / 60);
    }
    LearningMode target;
    if (!edited.isPersisted()) {
      if (edited.getCode() == null || !edited.getCode().matches("[A-Z][A-Z0-9_]{0,19}")) {
        throw BusinessException.onField("modeCode", "mode.code.pattern");
      }
      if (programme.mode(edited.getCode()).isPresent()) {
        throw BusinessException.onField("modeCode", "mode.code.taken");
      }
      target = programme.addMode(new LearningMode(programme));
      target.setCode(edited.getCode());
    } else {
      target =
          programme.getModes().stream()
              .filter(m -> m.getId().equals(edited.getId()))
              .findFirst()
              .orElseThrow(NotFoundException::new);
      OptimisticLocks.check(target, edited.getVersion());
    }
    target.setName(edited.getName());
    LocalNames.replace(target.getNames(), edited.getNames());
    target.setReviewer(edited.getReviewer());
    target.setModuleRequired(edited.isModuleRequired());
    target.setBlended(edited.isBlended());
    target.setColour(edited.getColour().toLowerCase(java.util.Locale.ROOT));
    target.setDefaultTargetMinutes(edited.getDefaultTargetMinutes());
    if (!target.isPersisted()) {
      em.persist(target);
    }
    return target;
  }

  /** Moves a mode one place up (-1) or down (+1) in the programme's order. */
  public void moveMode(long programmeId, long modeId, int step) {
    List<LearningMode> modes = programme(programmeId).getModes();
    int at = -1;
    for (int i = 0; i < modes.size(); i++) {
      if (modes.get(i).getId() == modeId) {
        at = i;
      }
    }
    int to = at + Integer.signum(step);
    if (at < 0) {
      throw new NotFoundException();
    }
    if (to < 0 || to >= modes.size()) {
      return;
    }
    int position = modes.get(at).getPosition();
    modes.get(at).setPosition(modes.get(to).getPosition());
    modes.get(to).setPosition(position);
    java.util.Collections.swap(modes, at, to);
  }

  /**
   * Removes a mode nobody used: no module, no logged hours. A mode in use stays (hours and issued
   * certificates refer to it); the administrator is told why.
   */
  public void removeMode(long programmeId, long modeId) {
    Programme programme = programme(programmeId);
    LearningMode mode =
        programme.getModes().stream()
            .filter(m -> m.getId() == modeId)
            .findFirst()
            .orElseThrow(NotFoundException::new);
    long modules =
        em.createQuery(
                "select count(m) from CourseModule m where m.learningMode = :mode", Long.class)
            .setParameter("mode", mode)
            .getSingleResult();
    if (modules > 0) {
      throw new BusinessException("mode.inUse", modules);
    }
    if (programme.getModes().size() == 1) {
      throw new BusinessException("mode.lastOne");
    }
    programme.getModes().remove(mode);
    try {
      // Hours logged in the mode (the logbook's, which this capability does not read) hold it by
      // a foreign key: the database refuses, and the administrator is told the mode is in use.
      em.flush();
    } catch (jakarta.persistence.PersistenceException inUse) {
      throw new BusinessException("mode.hoursLogged");
    }
  }

  /** A name in another language longer than its column is refused, naming the language. */
  static void checkNames(Map<String, String> names, int max) {
    String language = LocalNames.tooLong(names, max);
    if (language != null) {
      throw new BusinessException("names.tooLong", language, max);
    }
  }
}
