package org.mentora.course.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterRulesTest {

  private static RosterRow row(int line, String... columnsAndValues) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      values.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return new RosterRow(line, values);
  }

  private static RosterRow person(int line, String email) {
    return row(
        line, "email", email, "given_name", "Jānis", "family_name", "Bērziņš", "organisation", "X");
  }

  private static List<String> keys(List<RowProblem> problems) {
    return problems.stream().map(p -> p.line() + ":" + p.column() + ":" + p.messageKey()).toList();
  }

  @Test
  void aNameASpreadsheetWouldRunAsAFormulaIsRefusedWithItsLine() {
    RosterRow formula =
        row(
            3,
            "email",
            "calc@lib.lv",
            "given_name",
            "=cmd|' /C calc'!A0",
            "family_name",
            "@SUM(A1)",
            "organisation",
            "X");
    assertEquals(
        List.of("3:given_name:roster.row.formula", "3:family_name:roster.row.formula"),
        keys(RosterRules.check(RosterKind.ENROLMENTS, List.of(formula))));
  }

  @Test
  void aCleanRowHasNoProblem() {
    assertEquals(
        List.of(), RosterRules.check(RosterKind.ENROLMENTS, List.of(person(2, "janis@lib.lv"))));
  }

  @Test
  void aNameWithADirectionOverrideOrALineBreakIsARowProblemAndGreekOrLatvianIsNot() {
    List<RowProblem> problems =
        RosterRules.check(
            RosterKind.ENROLMENTS,
            List.of(
                row(
                    2,
                    "email",
                    "a@lib.lv",
                    "given_name",
                    "\u202Eevil",
                    "family_name",
                    "B",
                    "organisation",
                    "X"),
                row(
                    3,
                    "email",
                    "b@lib.lv",
                    "given_name",
                    "Gunta",
                    "family_name",
                    "Bal\node",
                    "organisation",
                    "X"),
                row(
                    4,
                    "email",
                    "c@lib.lv",
                    "given_name",
                    "Γιώργος",
                    "family_name",
                    "Bērziņš",
                    "organisation",
                    "Библиотека")));

    assertEquals(
        List.of(
            "2:given_name:roster.row.hiddenCharacter", "3:family_name:roster.row.hiddenCharacter"),
        keys(problems));
  }

  @Test
  void namesTheMissingValueAndTheInvalidEmailWithTheirLines() {
    List<RowProblem> problems =
        RosterRules.check(
            RosterKind.ENROLMENTS,
            List.of(
                person(2, "janis@lib.lv"),
                row(
                    3,
                    "email",
                    "not-an-address",
                    "given_name",
                    "A",
                    "family_name",
                    "",
                    "organisation",
                    "X")));

    assertEquals(
        List.of("3:family_name:roster.row.required", "3:email:roster.row.emailInvalid"),
        keys(problems));
  }

  @Test
  void theSamePersonTwiceInOneFileIsRefusedOnTheSecondLineNamingTheFirst() {
    List<RowProblem> problems =
        RosterRules.check(
            RosterKind.PEOPLE, List.of(person(2, "janis@lib.lv"), person(7, " JANIS@lib.lv ")));

    assertEquals(List.of("7:email:roster.row.duplicate"), keys(problems));
    assertEquals(List.of(2), problems.get(0).arguments());
  }

  @Test
  void unknownCountryLanguageAndKindAreNamed() {
    List<RowProblem> organisation =
        RosterRules.check(
            RosterKind.ORGANISATIONS,
            List.of(row(2, "name", "Lib", "kind", "castle", "country", "XX")));
    assertEquals(
        List.of("2:kind:roster.row.kindUnknown", "2:country:roster.row.countryUnknown"),
        keys(organisation));

    List<RowProblem> people =
        RosterRules.check(
            RosterKind.PEOPLE,
            List.of(
                row(
                    2,
                    "email",
                    "a@b.lv",
                    "given_name",
                    "A",
                    "family_name",
                    "B",
                    "language",
                    "xx")));
    assertEquals(List.of("2:language:roster.row.languageUnknown"), keys(people));
  }

  @Test
  void kindsAreReadWhateverTheirCase() {
    assertTrue(RosterRules.kind("Regional").isPresent());
    assertTrue(
        RosterRules.check(
                RosterKind.ORGANISATIONS,
                List.of(row(2, "name", "Lib", "kind", "public", "country", "lv")))
            .isEmpty());
  }

  @Test
  void tooLongValuesAreRefused() {
    List<RowProblem> problems =
        RosterRules.check(
            RosterKind.PEOPLE,
            List.of(row(4, "email", "a@b.lv", "given_name", "x".repeat(101), "family_name", "B")));
    assertEquals(List.of("4:given_name:roster.row.tooLong"), keys(problems));
  }

  @Test
  void organisationsAreTheSameByNameAndCountryNotCase() {
    List<RowProblem> problems =
        RosterRules.check(
            RosterKind.ORGANISATIONS,
            List.of(
                row(2, "name", "Cēsu bibliotēka", "kind", "PUBLIC", "country", "LV"),
                row(3, "name", "CĒSU BIBLIOTĒKA", "kind", "PUBLIC", "country", "lv"),
                row(4, "name", "Cēsu bibliotēka", "kind", "PUBLIC", "country", "EE")));
    assertEquals(List.of("3:name:roster.row.duplicate"), keys(problems));
  }
}
