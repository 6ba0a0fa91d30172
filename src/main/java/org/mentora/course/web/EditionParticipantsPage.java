package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.AdmissionService;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.course.EditionService.ParticipantRow;
import org.mentora.course.MentorRelation;
import org.mentora.course.StaffService;
import org.mentora.course.TutorGroup;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.mentora.platform.web.ServiceLazyModel;
import org.primefaces.PrimeFaces;

/** An edition's participants: their group, their mentor, and changing either. */
@Named
@ViewScoped
public class EditionParticipantsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EditionService editions;
  @Inject StaffService staff;
  @Inject AdmissionService admission;

  private Long id;
  private Edition edition;
  private long enrolled;
  private List<TutorGroup> groups;
  private ServiceLazyModel<ParticipantRow> model;
  private ParticipantRow selected;
  private Person mentor;
  private MentorRelation relation = MentorRelation.OWN_LIBRARY;
  private Long groupId;
  private boolean fellowTraineeToConfirm;
  private final StaffSuggestions suggestions = new StaffSuggestions();

  public void load() {
    try {
      edition = editions.edition(id);
    } catch (NotFoundException | NullPointerException e) {
      Pages.notFound();
      return;
    }
    long editionId = id;
    model =
        new ServiceLazyModel<>(
            request -> editions.participants(editionId, request), row -> row.getId().toString());
    refreshCounts();
  }

  private void refreshCounts() {
    enrolled = editions.activeEnrolments(id);
    groups = editions.groups(id);
  }

  public void select(ParticipantRow row) {
    selected = row;
    mentor = null;
    fellowTraineeToConfirm = false;
    relation = MentorRelation.OWN_LIBRARY;
    groupId =
        row.enrolment().getTutorGroup() == null ? null : row.enrolment().getTutorGroup().getId();
  }

  public List<Person> completePeople(String text) {
    return suggestions.complete(staff, id, text);
  }

  /** A new choice of mentor needs its own confirmation, if any. */
  public void mentorChosen() {
    fellowTraineeToConfirm = false;
  }

  public void assignMentor() {
    assignMentor(false);
  }

  /** The second step for a participant of this edition: the administrator confirmed the choice. */
  public void assignFellowTrainee() {
    assignMentor(true);
  }

  private void assignMentor(boolean confirmed) {
    if (mentor == null) {
      FacesMessages.errorOn("mentorForm:mentor", "staff.person.required");
      return;
    }
    try {
      staff.assignMentor(selected.getId(), mentor.getId(), relation, confirmed);
      fellowTraineeToConfirm = false;
      done("staff.mentor.assigned", "mentorDialog");
    } catch (BusinessException refusal) {
      if (StaffService.FELLOW_TRAINEE_NEEDS_CONFIRMATION.equals(refusal.messageKey())) {
        fellowTraineeToConfirm = true;
      } else {
        FacesMessages.show(refusal, "mentorForm");
      }
    }
  }

  public void moveToGroup() {
    try {
      staff.moveToGroup(selected.getId(), selected.enrolment().getVersion(), groupId);
      done("general.saved", "groupDialog");
    } catch (ConcurrentChangeException e) {
      FacesMessages.errorOn("groupForm:group", "error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "groupForm");
    }
  }

  public void withdraw(ParticipantRow row) {
    admission.withdraw(row.getId());
    model.refresh();
    refreshCounts();
    FacesMessages.info("participants.withdrawn", row.enrolment().getPerson().getFullName());
  }

  private void done(String messageKey, String dialog) {
    model.refresh();
    refreshCounts();
    PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
    FacesMessages.info(messageKey);
  }

  public MentorRelation[] getRelations() {
    return MentorRelation.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Edition getEdition() {
    return edition;
  }

  public long getEnrolled() {
    return enrolled;
  }

  public List<TutorGroup> getGroups() {
    return groups;
  }

  public ServiceLazyModel<ParticipantRow> getModel() {
    return model;
  }

  public ParticipantRow getSelected() {
    return selected;
  }

  public Person getMentor() {
    return mentor;
  }

  public void setMentor(Person mentor) {
    this.mentor = mentor;
  }

  public boolean isFellowTraineeToConfirm() {
    return fellowTraineeToConfirm;
  }

  public StaffSuggestions getSuggestions() {
    return suggestions;
  }

  public MentorRelation getRelation() {
    return relation;
  }

  public void setRelation(MentorRelation relation) {
    this.relation = relation;
  }

  public Long getGroupId() {
    return groupId;
  }

  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }
}
