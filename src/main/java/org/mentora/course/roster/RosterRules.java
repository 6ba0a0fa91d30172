package org.mentora.course.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mentora.directory.Organisation;
import org.mentora.directory.OrganisationKind;
import org.mentora.directory.Person;
import org.mentora.platform.files.CsvWriter;
import org.mentora.platform.i18n.Languages;
import org.mentora.platform.validation.PlainTextValidator;

/**
 * The rules every roster row must pass before anything is written, checked without the database:
 * required values, e-mail form, ISO country and language codes, organisation kinds, lengths, and
 * the same person or organisation twice in one file. What needs the database (unknown organisation,
 * capacity) is checked by the service.
 */
public final class RosterRules {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private RosterRules() {}

  public static List<RowProblem> check(RosterKind kind, List<RosterRow> rows) {
    List<RowProblem> problems = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (RosterRow row : rows) {
      int before = problems.size();
      for (String column : kind.required()) {
        if (!row.has(column)) {
          problems.add(RowProblem.of(row.line(), column, "roster.row.required", column));
        }
      }
      switch (kind) {
        case ORGANISATIONS -> checkOrganisation(row, problems);
        case PEOPLE, ENROLMENTS -> checkPerson(row, problems);
      }
      if (problems.size() == before) {
        String key = identity(kind, row);
        Integer earlier = firstLine.putIfAbsent(key, row.line());
        if (earlier != null) {
          String column = kind == RosterKind.ORGANISATIONS ? RosterKind.NAME : RosterKind.EMAIL;
          problems.add(RowProblem.of(row.line(), column, "roster.row.duplicate", earlier));
        }
      }
    }
    return problems;
  }

  /**
   * What makes a row the same record as another: the e-mail, or an organisation's name in its
   * country.
   */
  public static String identity(RosterKind kind, RosterRow row) {
    return kind == RosterKind.ORGANISATIONS
        ? organisationKey(row.get(RosterKind.NAME), row.get(RosterKind.COUNTRY))
        : Person.normaliseEmail(row.get(RosterKind.EMAIL));
  }

  public static String organisationKey(String name, String country) {
    return name.strip().toLowerCase(Locale.ROOT) + "|" + country.strip().toUpperCase(Locale.ROOT);
  }

  public static Optional<OrganisationKind> kind(String value) {
    try {
      return Optional.of(OrganisationKind.valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void checkOrganisation(RosterRow row, List<RowProblem> problems) {
    length(row, RosterKind.NAME, Organisation.NAME_MAX, problems);
    length(row, RosterKind.REGION, Organisation.PLACE_MAX, problems);
    length(row, RosterKind.CITY, Organisation.PLACE_MAX, problems);
    if (row.has(RosterKind.KIND) && kind(row.get(RosterKind.KIND)).isEmpty()) {
      problems.add(
          RowProblem.of(
              row.line(),
              RosterKind.KIND,
              "roster.row.kindUnknown",
              row.get(RosterKind.KIND),
              String.join(", ", names(OrganisationKind.values()))));
    }
    country(row, problems);
  }

  private static void checkPerson(RosterRow row, List<RowProblem> problems) {
    String email = row.get(RosterKind.EMAIL);
    if (!email.isEmpty()
        && (email.length() > Person.EMAIL_MAX || !EMAIL.matcher(email).matches())) {
      problems.add(RowProblem.of(row.line(), RosterKind.EMAIL, "roster.row.emailInvalid", email));
    }
    length(row, RosterKind.GIVEN_NAME, Person.NAME_MAX, problems);
    length(row, RosterKind.FAMILY_NAME, Person.NAME_MAX, problems);
    length(row, RosterKind.ORGANISATION, Organisation.NAME_MAX, problems);
    String language = row.get(RosterKind.LANGUAGE).toLowerCase(Locale.ROOT);
    if (!language.isEmpty() && !Languages.configured().isOffered(language)) {
      problems.add(
          RowProblem.of(
              row.line(),
              RosterKind.LANGUAGE,
              "roster.row.languageUnknown",
              language,
              Languages.configured().offered().stream()
                  .map(Locale::getLanguage)
                  .collect(java.util.stream.Collectors.joining(", "))));
    }
    country(row, problems);
  }

  private static void country(RosterRow row, List<RowProblem> problems) {
    String country = row.get(RosterKind.COUNTRY).toUpperCase(Locale.ROOT);
    if (!country.isEmpty() && !COUNTRIES.contains(country)) {
      problems.add(
          RowProblem.of(row.line(), RosterKind.COUNTRY, "roster.row.countryUnknown", country));
    }
  }

  /**
   * Every name column is checked here as forms check it: its length, no hidden controls, and
   * nothing a spreadsheet would run ("=cmd|' /C calc'!A0" is refused rather than stored and later
   * exported to staff who open it in Excel).
   */
  private static void length(RosterRow row, String column, int max, List<RowProblem> problems) {
    String value = row.get(column);
    if (value.length() > max) {
      problems.add(RowProblem.of(row.line(), column, "roster.row.tooLong", column, max));
    } else if (CsvWriter.looksLikeFormula(value)) {
      problems.add(RowProblem.of(row.line(), column, "roster.row.formula", column));
    }
    if (!PlainTextValidator.isPlain(row.get(column), false)) {
      problems.add(RowProblem.of(row.line(), column, "roster.row.hiddenCharacter", column));
    }
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }
}
