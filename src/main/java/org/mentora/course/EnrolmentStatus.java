package org.mentora.course;

/** A participant's place in an edition. */
public enum EnrolmentStatus {
  ACTIVE,
  WITHDRAWN,
  COMPLETED;

  public String labelKey() {
    return "EnrolmentStatus." + name();
  }
}
