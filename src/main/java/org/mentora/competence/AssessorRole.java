package org.mentora.competence;

/** In which capacity a rating was given. */
public enum AssessorRole {
  SELF,
  MENTOR,
  TUTOR,
  TRAINER,
  ADMINISTRATOR;

  public boolean isStaff() {
    return this != SELF;
  }

  public String getKey() {
    return "assessorRole." + name();
  }
}
