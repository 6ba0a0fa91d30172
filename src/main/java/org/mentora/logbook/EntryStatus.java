package org.mentora.logbook;

/** Where a logbook entry stands in its review. Only approved entries count toward targets. */
public enum EntryStatus {
  SUBMITTED,
  APPROVED,
  REJECTED,
  CHANGES_REQUESTED,
  WITHDRAWN;

  public String labelKey() {
    return "EntryStatus." + name();
  }

  /** Whether the participant may still change or withdraw the entry. */
  public boolean isOpenToParticipant() {
    return this == SUBMITTED || this == REJECTED || this == CHANGES_REQUESTED;
  }
}
