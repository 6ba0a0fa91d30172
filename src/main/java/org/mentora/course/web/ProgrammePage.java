package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.CourseModule;
import org.mentora.course.JobProfile;
import org.mentora.course.LearningMode;
import org.mentora.course.ModuleKind;
import org.mentora.course.Programme;
import org.mentora.course.ProgrammeService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.primefaces.PrimeFaces;

/** One programme: its description, job profiles and modules. */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeService programmes;

  private Long id;
  private Programme programme;
  private List<JobProfile> profiles;
  private List<CourseModule> modules;
  private JobProfile profile;
  private CourseModule module;
  private HoursFields defaults;
  private Integer moduleMinutes;

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      programme = programmes.programme(id);
      defaults = HoursFields.of(programme.getModes(), programme.getDefaultTargets());
      refresh();
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  private void refresh() {
    profiles = programmes.profiles(id);
    modules = programmes.modules(id);
  }

  public void save() {
    programme.setDefaultTargets(defaults.toTargets());
    try {
      programme = programmes.saveProgramme(programme);
      defaults = HoursFields.of(programme.getModes(), programme.getDefaultTargets());
      FacesMessages.info("general.saved");
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "programme");
    }
  }

  public void reload() {
    load();
  }

  public void newProfile() {
    profile = new JobProfile(programme, null, null);
  }

  public void editProfile(JobProfile existing) {
    profile = existing;
  }

  public void saveProfile() {
    try {
      programmes.saveProfile(id, profile);
      refresh();
      PrimeFaces.current().executeScript("PF('profileDialog').hide()");
      FacesMessages.info("general.saved");
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "profileForm");
    }
  }

  public void newModule() {
    module = new CourseModule(programme);
    module.setLearningMode(programme.getModes().isEmpty() ? null : programme.getModes().get(0));
    module.setKind(ModuleKind.DIGITAL);
    moduleMinutes = null;
  }

  public void editModule(CourseModule existing) {
    module = existing;
    moduleMinutes = existing.getPlannedMinutes();
  }

  public void saveModule() {
    module.setPlannedMinutes(moduleMinutes == null ? 0 : moduleMinutes);
    try {
      programmes.saveModule(id, module);
      refresh();
      PrimeFaces.current().executeScript("PF('moduleDialog').hide()");
      FacesMessages.info("general.saved");
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "moduleForm");
    }
  }

  public long getTotalModuleMinutes() {
    return modules == null ? 0 : modules.stream().mapToLong(CourseModule::getPlannedMinutes).sum();
  }

  public List<LearningMode> getModes() {
    return programme.getModes();
  }

  public ModuleKind[] getKinds() {
    return ModuleKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public HoursFields getDefaults() {
    return defaults;
  }

  public Programme getProgramme() {
    return programme;
  }

  public List<JobProfile> getProfiles() {
    return profiles;
  }

  public List<CourseModule> getModules() {
    return modules;
  }

  public JobProfile getProfile() {
    return profile;
  }

  public CourseModule getModule() {
    return module;
  }

  /** The module's planned length in minutes (the hours input reads and shows it). */
  public Integer getModuleMinutes() {
    return moduleMinutes;
  }

  public void setModuleMinutes(Integer moduleMinutes) {
    this.moduleMinutes = moduleMinutes;
  }
}
