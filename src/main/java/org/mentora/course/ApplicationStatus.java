package org.mentora.course;

/** Where an application to an edition stands. */
public enum ApplicationStatus {
  SUBMITTED,
  WAITLISTED,
  ACCEPTED,
  REJECTED,
  WITHDRAWN;

  public boolean isOpen() {
    return this == SUBMITTED || this == WAITLISTED;
  }

  public String labelKey() {
    return "ApplicationStatus." + name();
  }
}
