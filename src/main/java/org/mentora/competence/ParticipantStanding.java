package org.mentora.competence;

import java.io.Serializable;
import java.time.Instant;

/** A staff member's participant at a glance: how much of the profile is reached. */
public record ParticipantStanding(
    long enrolmentId,
    String name,
    String edition,
    int competences,
    int reached,
    int gaps,
    int disputed,
    Instant lastRating)
    implements Serializable {

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public String getName() {
    return name;
  }

  public String getEdition() {
    return edition;
  }

  public int getCompetences() {
    return competences;
  }

  public int getReached() {
    return reached;
  }

  public int getGaps() {
    return gaps;
  }

  public int getDisputed() {
    return disputed;
  }

  public Instant getLastRating() {
    return lastRating;
  }

  public int getPercentReached() {
    return competences == 0 ? 0 : reached * 100 / competences;
  }
}
