package org.mentora.course.roster;

import java.util.List;

/**
 * What a roster file holds, with the columns it must and may have (canonical names, after {@link
 * RosterFile#canonicalColumn}). Enrolments carry the person's columns too, so one file from a
 * partner's spreadsheet both creates the people and enrols them.
 */
public enum RosterKind {
  ORGANISATIONS(
      List.of(RosterKind.NAME, RosterKind.KIND, RosterKind.COUNTRY),
      List.of(RosterKind.REGION, RosterKind.CITY)),
  PEOPLE(
      List.of(RosterKind.EMAIL, RosterKind.GIVEN_NAME, RosterKind.FAMILY_NAME),
      List.of(RosterKind.LANGUAGE, RosterKind.ORGANISATION, RosterKind.COUNTRY)),
  ENROLMENTS(
      List.of(
          RosterKind.EMAIL, RosterKind.GIVEN_NAME, RosterKind.FAMILY_NAME, RosterKind.ORGANISATION),
      List.of(RosterKind.LANGUAGE, RosterKind.COUNTRY));

  public static final String NAME = "name";
  public static final String KIND = "kind";
  public static final String COUNTRY = "country";
  public static final String REGION = "region";
  public static final String CITY = "city";
  public static final String EMAIL = "email";
  public static final String GIVEN_NAME = "given_name";
  public static final String FAMILY_NAME = "family_name";
  public static final String LANGUAGE = "language";
  public static final String ORGANISATION = "organisation";

  private final List<String> required;
  private final List<String> optional;

  RosterKind(List<String> required, List<String> optional) {
    this.required = required;
    this.optional = optional;
  }

  public List<String> required() {
    return required;
  }

  public List<String> optional() {
    return optional;
  }

  /** Every column this kind reads, required first: also the header of its export. */
  public List<String> columns() {
    return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
  }

  public boolean needsEdition() {
    return this == ENROLMENTS;
  }

  public String labelKey() {
    return "RosterKind." + name();
  }
}
