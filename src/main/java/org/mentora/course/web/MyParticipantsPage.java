package org.mentora.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mentora.course.StaffService;
import org.mentora.course.StaffService.MyParticipant;

/** The participants assigned to the signed-in mentor, tutor or trainer, and how. */
@Named
@RequestScoped
public class MyParticipantsPage {

  @Inject StaffService staff;

  private List<MyParticipant> participants;

  public List<MyParticipant> getParticipants() {
    if (participants == null) {
      participants = staff.myParticipants();
    }
    return participants;
  }
}
