package org.mentora.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.course.Enrolment;
import org.mentora.course.ParticipationService;
import org.mentora.course.StaffAssignment;
import org.mentora.course.StaffService;
import org.mentora.course.StaffService.MyParticipant;

/** The course panels of the home pages: each role sees where it stands at a glance. */
@Named
@RequestScoped
public class CourseHome {

  private static final int HOME_PANEL_SIZE = 8;

  @Inject ParticipationService participation;
  @Inject StaffService staff;
  @Inject EditionService editions;

  private Enrolment enrolment;
  private boolean enrolmentLoaded;
  private List<MyParticipant> participants;
  private List<Edition> editionList;

  public Enrolment getEnrolment() {
    if (!enrolmentLoaded) {
      List<Enrolment> mine = participation.myEnrolments();
      enrolment = mine.isEmpty() ? null : mine.get(0);
      enrolmentLoaded = true;
    }
    return enrolment;
  }

  public StaffAssignment getMentor() {
    return getEnrolment() == null ? null : staff.currentMentor(enrolment.getId()).orElse(null);
  }

  public List<MyParticipant> getParticipants() {
    if (participants == null) {
      participants = staff.myParticipants();
    }
    return participants;
  }

  /**
   * The first few participants for the home panel. Mojarra's {@code ui:repeat size} fails when the
   * list is shorter than the size, so the bean cuts the list instead.
   */
  public List<MyParticipant> getFirstParticipants() {
    List<MyParticipant> all = getParticipants();
    return all.subList(0, Math.min(HOME_PANEL_SIZE, all.size()));
  }

  public List<Edition> getEditions() {
    if (editionList == null) {
      editionList = editions.editions();
    }
    return editionList;
  }

  public long enrolled(Edition edition) {
    return editions.activeEnrolments(edition.getId());
  }
}
