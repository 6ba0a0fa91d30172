package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.mentora.course.Enrolment;
import org.mentora.course.ParticipationService;
import org.mentora.course.ParticipationService.ModuleStatus;
import org.mentora.course.StaffAssignment;
import org.mentora.course.StaffService;
import org.mentora.course.Waiver;
import org.mentora.course.WaiverService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.files.FileRules;
import org.mentora.platform.web.FacesMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * A participant's course: the edition, their mentor and tutor, the modules, and waiver requests for
 * prior learning with an uploaded certificate.
 */
@Named
@ViewScoped
public class MyCoursePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ParticipationService participation;
  @Inject StaffService staff;
  @Inject WaiverService waivers;

  // Only the choice is replicated with the session; what it shows is read again when missing
  // (after the view moved to another node), since the data grid reads and writes the session on
  // every request and these entities were a trainee's second heaviest view (issue 17, item 4).
  private Long currentId;
  private transient List<Enrolment> enrolments;
  private transient Enrolment current;
  private transient List<ModuleStatus> modules;
  private transient List<Waiver> myWaivers;
  private transient StaffAssignment mentor;
  private transient StaffAssignment tutor;
  private transient long recognisedMinutes;

  private Long waiverModuleId;
  private String waiverNote;
  private transient UploadedFile evidence;

  public void load() {
    enrolments = participation.myEnrolments();
    if (!enrolments.isEmpty()) {
      show(enrolments.get(0));
    }
  }

  public void show(Enrolment enrolment) {
    current = enrolment;
    currentId = enrolment.getId();
    refresh();
  }

  private void readIfMissing() {
    if (enrolments != null) {
      return;
    }
    enrolments = participation.myEnrolments();
    enrolments.stream().filter(e -> e.getId().equals(currentId)).findFirst().ifPresent(this::show);
  }

  private void refresh() {
    long id = currentId;
    modules = participation.modules(id);
    myWaivers = waivers.ofEnrolment(id);
    recognisedMinutes = waivers.recognisedMinutes(id);
    Optional<StaffAssignment> m = staff.currentMentor(id);
    mentor = m.orElse(null);
    tutor = staff.currentTutor(id).orElse(null);
  }

  public void requestWaiver() {
    if (evidence == null || evidence.getSize() == 0) {
      FacesMessages.errorOn("waiverForm:evidence", "file.empty");
      return;
    }
    try {
      // The size is checked before the bytes are read into memory.
      FileRules.checkSize("evidence", evidence.getSize());
      waivers.request(
          currentId, waiverModuleId, evidence.getFileName(), evidence.getContent(), waiverNote);
      refresh();
      waiverModuleId = null;
      waiverNote = null;
      FacesMessages.info("waiver.requested");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "waiverForm");
    }
  }

  public void withdrawWaiver(Waiver waiver) {
    try {
      waivers.withdraw(waiver.getId());
      refresh();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
    }
  }

  public List<Enrolment> getEnrolments() {
    readIfMissing();
    return enrolments;
  }

  public Enrolment getCurrent() {
    readIfMissing();
    return current;
  }

  public List<ModuleStatus> getModules() {
    readIfMissing();
    return modules;
  }

  public List<Waiver> getMyWaivers() {
    readIfMissing();
    return myWaivers;
  }

  public StaffAssignment getMentor() {
    readIfMissing();
    return mentor;
  }

  public StaffAssignment getTutor() {
    readIfMissing();
    return tutor;
  }

  public long getRecognisedMinutes() {
    readIfMissing();
    return recognisedMinutes;
  }

  public Long getWaiverModuleId() {
    return waiverModuleId;
  }

  public void setWaiverModuleId(Long waiverModuleId) {
    this.waiverModuleId = waiverModuleId;
  }

  public String getWaiverNote() {
    return waiverNote;
  }

  public void setWaiverNote(String waiverNote) {
    this.waiverNote = waiverNote;
  }

  public UploadedFile getEvidence() {
    return evidence;
  }

  public void setEvidence(UploadedFile evidence) {
    this.evidence = evidence;
  }
}
