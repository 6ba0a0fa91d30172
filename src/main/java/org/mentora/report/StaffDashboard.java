package org.mentora.report;

import java.util.List;

/** A mentor's, tutor's or trainer's participants, with the days of silence that flag them. */
public record StaffDashboard(List<ParticipantRow> participants, int inactiveDays)
    implements java.io.Serializable {

  public List<ParticipantRow> getParticipants() {
    return participants;
  }

  public int getInactiveDays() {
    return inactiveDays;
  }

  public long getAtRisk() {
    return participants.stream().filter(ParticipantRow::isAtRisk).count();
  }

  public long getPendingMinutes() {
    return participants.stream().mapToLong(ParticipantRow::pendingMinutes).sum();
  }
}
