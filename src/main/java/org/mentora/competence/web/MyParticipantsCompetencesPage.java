package org.mentora.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.competence.CompetenceOverview;
import org.mentora.competence.ParticipantStanding;

/** A mentor's, tutor's or trainer's participants with how much of their profile is reached. */
@Named
@ViewScoped
public class MyParticipantsCompetencesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CompetenceOverview overview;

  private List<ParticipantStanding> participants;

  public void load() {
    participants = overview.assignedParticipants();
  }

  public List<ParticipantStanding> getParticipants() {
    return participants;
  }
}
