package org.mentora.course.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterFileTest {

  private static RosterFile.Parsed parse(String text, RosterKind kind) {
    return RosterFile.parse(text.getBytes(StandardCharsets.UTF_8), kind);
  }

  @Test
  void readsCommaSeparatedUtf8WithByteOrderMarkAndMapsColumnsByName() {
    RosterFile.Parsed parsed =
        parse(
            "\uFEFFE-mail,First name,Surname,Library\n"
                + "janis@example.lv,Jānis,Bērziņš,Cēsu Centrālā bibliotēka\n",
            RosterKind.ENROLMENTS);

    assertTrue(parsed.readable(), parsed.problems().toString());
    RosterRow row = parsed.rows().get(0);
    assertEquals(2, row.line());
    assertEquals("janis@example.lv", row.get(RosterKind.EMAIL));
    assertEquals("Jānis", row.get(RosterKind.GIVEN_NAME));
    assertEquals("Bērziņš", row.get(RosterKind.FAMILY_NAME));
    assertEquals("Cēsu Centrālā bibliotēka", row.get(RosterKind.ORGANISATION));
  }

  @Test
  void readsSemicolonSeparatedFilesAsSpreadsheetsInEuropeWriteThem() {
    RosterFile.Parsed parsed =
        parse(
            "family_name;given_name;email\r\nПапаδοπούλου;Σοφία;sofia@example.gr\r\nИванова;Мария;maria@example.bg",
            RosterKind.PEOPLE);

    assertTrue(parsed.readable());
    assertEquals(2, parsed.rows().size());
    assertEquals("Мария", parsed.rows().get(1).get(RosterKind.GIVEN_NAME));
    assertEquals(3, parsed.rows().get(1).line());
  }

  @Test
  void lineNumbersAreTheFileLinesEvenAfterBlankLinesAndQuotedLineBreaks() {
    RosterFile.Parsed parsed =
        parse(
            "name,kind,country,city\n"
                + "\"Two\nline\",PUBLIC,LV,Cēsis\n"
                + "\n"
                + "Third,PUBLIC,LV,Rīga\n",
            RosterKind.ORGANISATIONS);

    assertEquals(List.of(2, 5), parsed.rows().stream().map(RosterRow::line).toList());
  }

  @Test
  void namesEveryMissingRequiredColumn() {
    RosterFile.Parsed parsed = parse("email,given_name\na@b.lv,A\n", RosterKind.ENROLMENTS);

    assertFalse(parsed.readable());
    RowProblem problem = parsed.problems().get(0);
    assertEquals("roster.file.missingColumns", problem.messageKey());
    assertEquals(List.of("family_name, organisation"), problem.arguments());
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    byte[] latin1 =
        "email,given_name,family_name\nx@y.lv,J\u0101nis,B\n".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[latin1.length + 1];
    System.arraycopy(latin1, 0, broken, 0, latin1.length);
    broken[latin1.length] = (byte) 0xE9;

    assertEquals(
        "roster.file.notUtf8",
        RosterFile.parse(broken, RosterKind.PEOPLE).problems().get(0).messageKey());
  }

  @Test
  void refusesAnEmptyFileAndAHeaderWithoutRows() {
    assertEquals(
        "roster.file.empty",
        RosterFile.parse(new byte[0], RosterKind.PEOPLE).problems().get(0).messageKey());
    assertEquals(
        "roster.file.noRows",
        parse("email,given_name,family_name\n\n", RosterKind.PEOPLE)
            .problems()
            .get(0)
            .messageKey());
  }

  @Test
  void ignoresColumnsItDoesNotKnow() {
    RosterFile.Parsed parsed =
        parse("email,given_name,family_name,shoe size\na@b.lv,A,B,42\n", RosterKind.PEOPLE);

    assertTrue(parsed.readable());
    assertEquals(List.of("email", "given_name", "family_name"), parsed.columns());
  }

  @Test
  void canonicalColumnNamesAcceptCommonSpellings() {
    assertEquals("email", RosterFile.canonicalColumn(" E-Mail "));
    assertEquals("given_name", RosterFile.canonicalColumn("Given name"));
    assertEquals("organisation", RosterFile.canonicalColumn("Organization"));
    assertEquals("family_name", RosterFile.canonicalColumn("Last.Name"));
  }
}
