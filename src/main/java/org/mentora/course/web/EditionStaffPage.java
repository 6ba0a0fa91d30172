package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.course.ProgrammeService;
import org.mentora.course.StaffAssignment;
import org.mentora.course.StaffService;
import org.mentora.course.TutorGroup;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/** Trainers per module, tutor groups and their tutors, and the history of every assignment. */
@Named
@ViewScoped
public class EditionStaffPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EditionService editions;
  @Inject ProgrammeService programmes;
  @Inject StaffService staff;

  private Long id;
  private Edition edition;
  private List<CourseModule> modules;
  private Map<Long, List<StaffAssignment>> trainersByModule;
  private List<TutorGroup> groups;
  private Map<Long, StaffAssignment> tutorByGroup;
  private List<StaffAssignment> history;

  private Long trainerModuleId;
  private Person trainer;
  private String groupName;
  private Long tutorGroupId;
  private Person tutor;
  private final StaffSuggestions suggestions = new StaffSuggestions();

  public void load() {
    try {
      edition = editions.edition(id);
    } catch (NotFoundException | NullPointerException e) {
      Pages.notFound();
      return;
    }
    refresh();
  }

  private void refresh() {
    modules = programmes.modules(edition.getProgramme().getId());
    trainersByModule =
        staff.trainers(id).stream().collect(Collectors.groupingBy(s -> s.getModule().getId()));
    groups = editions.groups(id);
    tutorByGroup =
        staff.tutors(id).stream()
            .collect(Collectors.toMap(s -> s.getTutorGroup().getId(), s -> s, (a, b) -> b));
    history = staff.history(id);
  }

  public List<Person> completePeople(String text) {
    return suggestions.complete(staff, id, text);
  }

  public StaffSuggestions getSuggestions() {
    return suggestions;
  }

  public void assignTrainer() {
    if (trainerModuleId == null || trainer == null) {
      FacesMessages.errorOn("trainerForm:trainer", "staff.person.required");
      return;
    }
    try {
      staff.assignTrainer(id, trainerModuleId, trainer.getId());
      trainer = null;
      refresh();
      FacesMessages.info("general.saved");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "trainerForm");
    }
  }

  public void endAssignment(StaffAssignment assignment) {
    staff.endAssignment(assignment.getId());
    refresh();
    FacesMessages.info("staff.ended");
  }

  public void addGroup() {
    try {
      editions.addGroup(id, groupName);
      groupName = null;
      refresh();
      FacesMessages.info("general.saved");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "groupForm");
    }
  }

  public void assignTutor() {
    if (tutorGroupId == null || tutor == null) {
      FacesMessages.errorOn("tutorForm:tutor", "staff.person.required");
      return;
    }
    try {
      staff.assignTutor(tutorGroupId, tutor.getId());
      tutor = null;
      refresh();
      FacesMessages.info("general.saved");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "tutorForm");
    }
  }

  public List<StaffAssignment> trainersOf(CourseModule module) {
    return trainersByModule.getOrDefault(module.getId(), List.of());
  }

  public StaffAssignment tutorOf(TutorGroup group) {
    return tutorByGroup.get(group.getId());
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

  public List<CourseModule> getModules() {
    return modules;
  }

  public List<TutorGroup> getGroups() {
    return groups;
  }

  public List<StaffAssignment> getHistory() {
    return history;
  }

  public Long getTrainerModuleId() {
    return trainerModuleId;
  }

  public void setTrainerModuleId(Long trainerModuleId) {
    this.trainerModuleId = trainerModuleId;
  }

  public Person getTrainer() {
    return trainer;
  }

  public void setTrainer(Person trainer) {
    this.trainer = trainer;
  }

  public String getGroupName() {
    return groupName;
  }

  public void setGroupName(String groupName) {
    this.groupName = groupName;
  }

  public Long getTutorGroupId() {
    return tutorGroupId;
  }

  public void setTutorGroupId(Long tutorGroupId) {
    this.tutorGroupId = tutorGroupId;
  }

  public Person getTutor() {
    return tutor;
  }

  public void setTutor(Person tutor) {
    this.tutor = tutor;
  }
}
