package org.mentora.course;

import org.mentora.platform.security.Role;

/** The part a member of staff plays for participants of an edition. */
public enum StaffRole {
  TRAINER(Role.TRAINER),
  TUTOR(Role.TUTOR),
  MENTOR(Role.MENTOR);

  private final Role role;

  StaffRole(Role role) {
    this.role = role;
  }

  /** The account role a person needs to act in this part. */
  public Role role() {
    return role;
  }

  public String labelKey() {
    return "StaffRole." + name();
  }
}
