package org.mentora.project;

/** The sector a good practice comes from. Labels come from {@code Sector.*}. */
public enum Sector {
  LIBRARIES,
  EDUCATION,
  CULTURE,
  PUBLIC_ADMINISTRATION,
  CIVIL_SOCIETY,
  OTHER;

  public String labelKey() {
    return "Sector." + name();
  }
}
