package org.mentora.logbook.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.logbook.AttendanceService;
import org.mentora.logbook.AttendanceService.SessionForm;
import org.mentora.logbook.AttendanceService.SessionView;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.web.FacesMessages;

/**
 * A trainer records a face-to-face session: edition, one of their modules, day and length, and who
 * was present. Choosing a module and day that already has a session ticks those recorded, so saving
 * again corrects it; the sessions recorded so far are listed below with who was present.
 */
@Named
@ViewScoped
public class AttendancePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "session";

  @Inject AttendanceService attendance;
  @Inject Clock clock;

  private List<Edition> editions = List.of();
  private Long editionId;
  private List<CourseModule> modules = List.of();
  private List<Enrolment> participants = List.of();
  private List<SessionView> sessions = List.of();
  private Long moduleId;
  private LocalDate date;
  private Integer minutes;
  private List<Long> present = new ArrayList<>();
  private long versionSeen = AttendanceService.NO_SESSION;

  public void load() {
    editions = attendance.editions();
    date = LocalDate.now(clock);
    if (!editions.isEmpty()) {
      editionId = editions.get(0).getId();
      chooseEdition();
    }
  }

  public void chooseEdition() {
    moduleId = null;
    present = new ArrayList<>();
    versionSeen = AttendanceService.NO_SESSION;
    if (editionId == null) {
      modules = List.of();
      participants = List.of();
      sessions = List.of();
      return;
    }
    modules = attendance.modules(editionId);
    participants = modules.isEmpty() ? List.of() : attendance.participants(editionId);
    sessions = attendance.sessions(editionId);
    if (modules.size() == 1) {
      moduleId = modules.get(0).getId();
      chooseSession();
    }
  }

  /**
   * Ticks who is already recorded for the chosen module and day, and takes the session's length.
   */
  public void chooseSession() {
    if (editionId == null || moduleId == null || date == null) {
      return;
    }
    AttendanceService.Recorded recorded = attendance.recorded(editionId, moduleId, date);
    present = new ArrayList<>(recorded.present());
    versionSeen = recorded.version();
    if (recorded.minutes() != null) {
      minutes = recorded.minutes();
    }
  }

  public void open(SessionView view) {
    moduleId = view.session().getModule().getId();
    date = view.session().getDate();
    chooseSession();
  }

  public void save() {
    if (editionId == null || moduleId == null) {
      FacesMessages.errorOn(FORM + ":module", "attendance.module.required");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      AttendanceService.Saved saved =
          attendance.save(
              new SessionForm(
                  editionId,
                  moduleId,
                  date,
                  minutes == null ? 0 : minutes,
                  new HashSet<>(present),
                  versionSeen));
      versionSeen = saved.version();
      FacesMessages.info("attendance.saved", saved.added(), saved.withdrawn());
      sessions = attendance.sessions(editionId);
    } catch (ConcurrentChangeException e) {
      // What this trainer ticked stays in the form; the list below shows what was saved meanwhile,
      // and opening the session there loads it to save again.
      FacesMessages.error("error.concurrentChange");
      sessions = attendance.sessions(editionId);
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, FORM);
    }
  }

  public List<Edition> getEditions() {
    return editions;
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }

  public List<CourseModule> getModules() {
    return modules;
  }

  public List<Enrolment> getParticipants() {
    return participants;
  }

  public List<SessionView> getSessions() {
    return sessions;
  }

  public Long getModuleId() {
    return moduleId;
  }

  public void setModuleId(Long moduleId) {
    this.moduleId = moduleId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  /** The session's length in minutes (the hours input reads and shows it). */
  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public List<Long> getPresent() {
    return present;
  }

  public void setPresent(List<Long> present) {
    this.present = present;
  }
}
