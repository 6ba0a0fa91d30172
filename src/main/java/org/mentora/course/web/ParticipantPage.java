package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.Enrolment;
import org.mentora.course.ParticipationService;
import org.mentora.course.ParticipationService.ModuleStatus;
import org.mentora.course.StaffAssignment;
import org.mentora.course.StaffService;
import org.mentora.course.Waiver;
import org.mentora.course.WaiverService;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.Pages;

/**
 * One participant as their administrator, mentor, tutor or trainer sees them; anyone else gets "not
 * found". Later capabilities add their panels (hours, project, competences) here.
 */
@Named
@ViewScoped
public class ParticipantPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffService staff;
  @Inject ParticipationService participation;
  @Inject WaiverService waivers;

  private Long id;
  private Enrolment enrolment;
  private StaffAssignment mentor;
  private StaffAssignment tutor;
  private List<ModuleStatus> modules;
  private List<Waiver> waiverList;
  private long recognisedMinutes;

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      enrolment = staff.participant(id);
      mentor = staff.currentMentor(id).orElse(null);
      tutor = staff.currentTutor(id).orElse(null);
      modules = participation.modules(id);
      waiverList = waivers.ofEnrolment(id);
      recognisedMinutes = waivers.recognisedMinutes(id);
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public StaffAssignment getMentor() {
    return mentor;
  }

  public StaffAssignment getTutor() {
    return tutor;
  }

  public List<ModuleStatus> getModules() {
    return modules;
  }

  public List<Waiver> getWaivers() {
    return waiverList;
  }

  public long getRecognisedMinutes() {
    return recognisedMinutes;
  }
}
