package org.mentora.directory;

/**
 * What kind of organisation a library or partner is; labels come from {@code OrganisationKind.*}.
 */
public enum OrganisationKind {
  NATIONAL,
  REGIONAL,
  PUBLIC,
  ACADEMIC,
  SCHOOL,
  PARTNER,
  OTHER;

  public String labelKey() {
    return "OrganisationKind." + name();
  }
}
