package org.mentora.course;

/** Where a request to waive a module for prior learning stands. */
public enum WaiverStatus {
  REQUESTED,
  APPROVED,
  REFUSED,
  WITHDRAWN;

  public String labelKey() {
    return "WaiverStatus." + name();
  }
}
