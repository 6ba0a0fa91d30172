package org.mentora.course;

/** Where a mentor comes from, relative to the participant. */
public enum MentorRelation {
  OWN_LIBRARY,
  REGIONAL_LIBRARY,
  PARTNER_ORGANISATION;

  public String labelKey() {
    return "MentorRelation." + name();
  }
}
