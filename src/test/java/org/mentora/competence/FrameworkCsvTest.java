package org.mentora.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.mentora.competence.FrameworkCsv.Parsed;
import org.mentora.platform.i18n.Bundles;

class FrameworkCsvTest {

  private static final String HEADER = "framework,area_code,area,competence_code,competence\n";
  private static final String LEVELS =
      "framework,level,band,name\nX,1,Foundation,One\nX,2,Foundation,Two\nX,3,Advanced,Three\n";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] shipped(String name) throws IOException {
    try (InputStream in =
        FrameworkCsvTest.class.getClassLoader().getResourceAsStream("competence/" + name)) {
      return in.readAllBytes();
    }
  }

  private static Parsed parse(String competences) {
    return FrameworkCsv.parse(utf8(competences), utf8(LEVELS));
  }

  private static ImportProblem only(Parsed parsed) {
    assertEquals(1, parsed.problems().size(), () -> parsed.problems().toString());
    return parsed.problems().get(0);
  }

  private static boolean has(Parsed parsed, int line, String key) {
    return parsed.problems().stream().anyMatch(p -> p.line() == line && p.messageKey().equals(key));
  }

  // ---- the shipped files

  @Test
  void readsTheShippedDigCompWithItsLevelsFromTheSharedLevelsFile() throws IOException {
    Parsed parsed = FrameworkCsv.parse(shipped("digcomp-2.2.csv"), shipped("levels.csv"));

    assertTrue(parsed.clean(), () -> parsed.problems().toString());
    assertEquals(5, parsed.areas().size());
    assertEquals(21, parsed.competences().size());
    assertEquals(8, parsed.levels().size());
    assertEquals(1, parsed.minLevel());
    assertEquals(8, parsed.maxLevel());
    assertEquals("Foundation 1", parsed.levels().get(0).name());
    assertEquals("Information and data literacy", parsed.areas().get(0).name());
    assertEquals("1.1", parsed.competences().get(0).code());
    assertEquals(
        "Browsing, searching and filtering data, information and digital content",
        parsed.competences().get(0).name());
  }

  @Test
  void readsTheShippedEntreComp() throws IOException {
    Parsed parsed = FrameworkCsv.parse(shipped("entrecomp.csv"), shipped("levels.csv"));

    assertTrue(parsed.clean(), () -> parsed.problems().toString());
    assertEquals(3, parsed.areas().size());
    assertEquals(15, parsed.competences().size());
    assertEquals(
        List.of("Discover", "Explore"),
        parsed.levels().stream().limit(2).map(l -> l.name()).toList());
  }

  @Test
  void theShippedDigCompCarriesItsNamesInTheFourLanguages() throws IOException {
    Parsed parsed = FrameworkCsv.parse(shipped("digcomp-2.2.csv"), shipped("levels.csv"));

    assertTrue(parsed.clean(), () -> parsed.problems().toString());
    assertEquals(
        "Сърфиране, търсене и филтриране на данни, информация и дигитално съдържание",
        parsed.competences().get(0).names().get("bg"));
    assertEquals("Sicurezza", parsed.areas().get(3).names().get("it"));
    assertEquals("Βασικό 1", parsed.levels().get(0).names().get("el"));
    assertTrue(
        parsed.competences().stream()
            .allMatch(r -> r.names().keySet().equals(java.util.Set.of("lv", "bg", "el", "it"))));
  }

  @Test
  void readsNameColumnsPerLanguageAndLeavesBlankOnesOut() {
    Parsed parsed =
        FrameworkCsv.parse(
            utf8(
                "framework,area_code,area,Area_LV,competence_code,competence,competence_el\n"
                    + "X,1,Safety,Drošība,1.1,Protecting devices,Προστασία συσκευών\n"
                    + "X,1,Safety,Drošība,1.2,Netiquette,\n"),
            utf8("framework,level,band,name,name_lv\nX,1,,One,Viens\nX,2,,Two,\n"),
            List.of("en", "lv", "el"));

    assertTrue(parsed.clean(), () -> parsed.problems().toString());
    assertEquals(java.util.Map.of("lv", "Drošība"), parsed.areas().get(0).names());
    assertEquals(java.util.Map.of("el", "Προστασία συσκευών"), parsed.competences().get(0).names());
    assertTrue(parsed.competences().get(1).names().isEmpty());
    assertEquals(java.util.Map.of("lv", "Viens"), parsed.levels().get(0).names());
    assertTrue(parsed.levels().get(1).names().isEmpty());
  }

  @Test
  void aNameColumnForALanguageNotOfferedIsAFileProblem() {
    Parsed parsed =
        FrameworkCsv.parse(
            utf8(HEADER.replace("\n", ",competence_lt\n") + "X,1,Safety,1.1,Devices,Įrenginiai\n"),
            utf8(LEVELS.replace("name\n", "name,name_xx\n")),
            List.of("en", "lv"));

    assertEquals(2, parsed.problems().size(), () -> parsed.problems().toString());
    ImportProblem competences = parsed.problems().get(0);
    assertEquals("frameworks.csv.languageNotOffered", competences.messageKey());
    assertEquals(ImportProblem.COMPETENCES, competences.file());
    assertEquals("frameworks.csv.languageNotOffered", parsed.problems().get(1).messageKey());
  }

  @Test
  void refusesAnOverLongNameInAnotherLanguageNamingItsColumn() {
    Parsed parsed =
        FrameworkCsv.parse(
            utf8(
                HEADER.replace("\n", ",competence_lv\n")
                    + "X,1,Safety,1.1,Devices,"
                    + "ā".repeat(Competence.NAME_MAX + 1)
                    + "\n"),
            utf8(LEVELS),
            List.of("en", "lv"));

    assertEquals("competence_lv", only(parsed).column());
  }

  @Test
  void levelsMayBeLeftOutForANewVersion() throws IOException {
    Parsed parsed = FrameworkCsv.parse(shipped("entrecomp.csv"), null);

    assertTrue(parsed.clean());
    assertTrue(parsed.levels().isEmpty());
  }

  // ---- columns and files

  @Test
  void keepsUrisAndDescriptionsWithColumnsInAnyOrderAndCase() {
    Parsed parsed =
        parse(
            "Competence_URI;Competence Code;AREA;area-code;Competence;Framework;Area URI;Description\n"
                + "http://data.europa.eu/esco/skill/abc;S1.1;Communication;S1;Write copy;ESCO;"
                + "http://data.europa.eu/esco/skill/s1;Writes texts\n");

    assertTrue(parsed.clean(), () -> parsed.problems().toString());
    FrameworkCsv.Row row = parsed.competences().get(0);
    assertEquals("S1.1", row.code());
    assertEquals("http://data.europa.eu/esco/skill/abc", row.uri());
    assertEquals("Writes texts", row.description());
    assertEquals("S1", row.areaCode());
    assertEquals("http://data.europa.eu/esco/skill/s1", parsed.areas().get(0).uri());
  }

  @Test
  void aNameWithADirectionOverrideOrALineBreakIsARowProblemButADescriptionMaySpanLines() {
    Parsed parsed =
        parse(
            "framework,area_code,area,competence_code,competence,description\n"
                + "X,1,Ομάδα,1.1,\u202Eevil,fine\n"
                + "X,1,Ομάδα,1.2,\"two\nlines\",fine\n"
                + "X,1,Ομάδα,1.3,Сотрудничество,\"first line\nsecond line\"\n"
                + "X,1,Ομάδα,1.4,Sadarbība,\"\u2066hidden\"\n");

    // A quoted line break makes a row span two lines of the file: lines 3-4 and 5-6.
    assertTrue(has(parsed, 2, "frameworks.csv.hiddenCharacter"), parsed.problems()::toString);
    assertTrue(has(parsed, 3, "frameworks.csv.hiddenCharacter"), parsed.problems()::toString);
    assertFalse(has(parsed, 5, "frameworks.csv.hiddenCharacter"), parsed.problems()::toString);
    assertTrue(has(parsed, 7, "frameworks.csv.hiddenCharacter"), parsed.problems()::toString);
    assertEquals(3, parsed.problems().size(), parsed.problems()::toString);
  }

  @Test
  void namesTheMissingColumns() {
    ImportProblem problem = only(parse("framework,area,competence\nX,A,B\n"));

    assertEquals(ImportProblem.COMPETENCES, problem.file());
    assertEquals(0, problem.line());
    assertEquals("frameworks.csv.missingColumns", problem.messageKey());
    assertEquals("area_code, competence_code", problem.arguments().get(0));
  }

  @Test
  void refusesAColumnNamedTwice() {
    assertEquals(
        "frameworks.csv.duplicateColumn",
        only(parse("framework,area_code,area,Area,competence_code,competence\nX,1,A,A,1,B\n"))
            .messageKey());
  }

  @Test
  void refusesAnEmptyFileAndAHeaderWithoutRows() {
    assertEquals(
        "frameworks.csv.empty", only(FrameworkCsv.parse(new byte[0], utf8(LEVELS))).messageKey());
    assertEquals("frameworks.csv.empty", only(parse("  \n\n")).messageKey());
    assertEquals("frameworks.csv.noRows", only(parse(HEADER + "\n , , , , \n")).messageKey());
  }

  @Test
  void refusesAFileThatIsNotUtf8() {
    byte[] latin1 = (HEADER + "X,1,Kultūra,1.1,Ā").getBytes(StandardCharsets.ISO_8859_1);
    // ISO-8859-1 cannot hold ū: use a byte that is never valid UTF-8 on its own.
    latin1[latin1.length - 1] = (byte) 0xC4;

    assertEquals(
        "frameworks.csv.notUtf8", only(FrameworkCsv.parse(latin1, utf8(LEVELS))).messageKey());
  }

  @Test
  void acceptsAByteOrderMarkAndLatvianText() {
    Parsed parsed = parse("\uFEFF" + HEADER + "X,1,Informācija,1.1,Meklēšana un atlase\n");

    assertTrue(parsed.clean(), () -> parsed.problems().toString());
    assertEquals("Meklēšana un atlase", parsed.competences().get(0).name());
  }

  @Test
  void reportsABrokenQuoteAsMalformed() {
    assertEquals(
        "frameworks.csv.malformed", only(parse(HEADER + "X,1,A,1.1,\"unclosed\n")).messageKey());
  }

  // ---- rows

  @Test
  void namesBlankCodesAndNamesWithTheirLines() {
    Parsed parsed = parse(HEADER + "X,1,A,1.1,Good\n\nX,1,A,,No code\nX,1,A,1.3,\n");

    assertFalse(parsed.clean());
    assertTrue(has(parsed, 4, "frameworks.csv.required"), parsed.problems()::toString);
    assertTrue(has(parsed, 5, "frameworks.csv.required"), parsed.problems()::toString);
    assertEquals(2, parsed.problems().size());
    assertEquals(FrameworkCsv.COMPETENCE_CODE, parsed.problems().get(0).column());
    assertEquals(FrameworkCsv.COMPETENCE, parsed.problems().get(1).column());
  }

  @Test
  void refusesADuplicatedCompetenceCodeNamingTheFirstLine() {
    ImportProblem problem = only(parse(HEADER + "X,1,A,1.1,One\nX,1,A,1.2,Two\nX,1,A,1.1,Again\n"));

    assertEquals("frameworks.csv.duplicateCode", problem.messageKey());
    assertEquals(4, problem.line());
    assertEquals(List.of("1.1", 2), problem.arguments());
  }

  @Test
  void refusesAnAreaCodeWithTwoNames() {
    ImportProblem problem = only(parse(HEADER + "X,1,Safety,1.1,One\nX,1,Security,1.2,Two\n"));

    assertEquals("frameworks.csv.areaNameDiffers", problem.messageKey());
    assertEquals(3, problem.line());
    assertEquals(List.of("1", "Security", "Safety", 2), problem.arguments());
  }

  @Test
  void refusesOneAreaNameUnderTwoCodes() {
    ImportProblem problem = only(parse(HEADER + "X,1,Safety,1.1,One\nX,2,safety,2.1,Two\n"));

    assertEquals("frameworks.csv.areaNameTwice", problem.messageKey());
    assertEquals(3, problem.line());
  }

  @Test
  void aRowMayNameItsAreaByCodeOrByNameAlone() {
    Parsed parsed =
        parse(
            HEADER
                + "X,1,,1.1,By code before the declaration\nX,1,Safety,1.2,Declares\n"
                + "X,,Safety,1.3,By name\n");

    assertTrue(parsed.clean(), () -> parsed.problems().toString());
    assertEquals(1, parsed.areas().size());
    assertTrue(parsed.competences().stream().allMatch(r -> r.areaCode().equals("1")));
  }

  @Test
  void refusesUnknownAreas() {
    Parsed parsed =
        parse(
            HEADER
                + "X,1,Safety,1.1,One\nX,9,,9.1,Unknown code\nX,,Problem solving,5.1,Unknown name\n"
                + "X,,,0.1,No area\n");

    assertEquals(3, parsed.problems().size(), parsed.problems()::toString);
    assertTrue(has(parsed, 3, "frameworks.csv.areaUnknownCode"));
    assertTrue(has(parsed, 4, "frameworks.csv.areaUnknownName"));
    assertTrue(has(parsed, 5, "frameworks.csv.areaMissing"));
  }

  @Test
  void refusesOverLongValuesByTheEntitiesLengths() {
    String code = "C".repeat(Competence.CODE_MAX + 1);
    String name = "N".repeat(Competence.NAME_MAX + 1);
    String area = "A".repeat(CompetenceArea.NAME_MAX + 1);
    Parsed parsed =
        parse(
            HEADER
                + "X,1,Fine,1.1,Fine\nX,1,Fine,"
                + code
                + ","
                + name
                + "\nX,2,"
                + area
                + ",2.1,B\n");

    assertTrue(has(parsed, 3, "frameworks.csv.tooLong"));
    assertEquals(
        List.of(FrameworkCsv.COMPETENCE_CODE, Competence.CODE_MAX),
        parsed.problems().stream()
            .filter(p -> FrameworkCsv.COMPETENCE_CODE.equals(p.column()))
            .findFirst()
            .orElseThrow()
            .arguments());
    assertTrue(has(parsed, 4, "frameworks.csv.tooLong"));
    assertEquals(3, parsed.problems().size(), parsed.problems()::toString);
  }

  @Test
  void refusesUrisThatAreNotWebAddresses() {
    Parsed parsed =
        parse(
            "framework,area_code,area,competence_code,competence,competence_uri\n"
                + "X,1,A,1.1,One,javascript:alert(1)\nX,1,A,1.2,Two,not a uri\n"
                + "X,1,A,1.3,Three,https://example.org/c/1.3\n");

    assertEquals(2, parsed.problems().size(), parsed.problems()::toString);
    assertTrue(has(parsed, 2, "frameworks.csv.uriInvalid"));
    assertTrue(has(parsed, 3, "frameworks.csv.uriInvalid"));
  }

  @Test
  void refusesRowsNamingAnotherFramework() {
    ImportProblem problem = only(parse(HEADER + "X,1,A,1.1,One\nY,1,A,1.2,Two\n"));

    assertEquals("frameworks.csv.frameworkDiffers", problem.messageKey());
    assertEquals(3, problem.line());
  }

  // ---- levels

  private static Parsed levels(String levels) {
    return FrameworkCsv.parse(utf8(HEADER + "X,1,A,1.1,One\n"), utf8(levels));
  }

  @Test
  void levelsMayStartAtZero() {
    Parsed parsed = levels("framework,level,band,name\nX,0,,Unaware\nX,1,,Aware\n");

    assertTrue(parsed.clean(), () -> parsed.problems().toString());
    assertEquals(0, parsed.minLevel());
    assertEquals(1, parsed.maxLevel());
    assertNull(parsed.levels().get(0).band());
  }

  @Test
  void refusesLevelsWithGaps() {
    ImportProblem problem = only(levels("framework,level,band,name\nX,1,,A\nX,2,,B\nX,4,,D\n"));

    assertEquals(ImportProblem.LEVELS, problem.file());
    assertEquals("frameworks.csv.levelGap", problem.messageKey());
    assertEquals(List.of(2, 4), problem.arguments());
  }

  @Test
  void refusesLevelsOutsideZeroToTwentyOrNotNumbers() {
    Parsed parsed = levels("framework,level,band,name\nX,-1,,A\nX,21,,B\nX,two,,C\nX,1,,D\n");

    assertTrue(has(parsed, 2, "frameworks.csv.levelRange"));
    assertTrue(has(parsed, 3, "frameworks.csv.levelRange"));
    assertTrue(has(parsed, 4, "frameworks.csv.levelNotNumber"));
    assertEquals(3, parsed.problems().size(), parsed.problems()::toString);
  }

  @Test
  void refusesADuplicatedLevelAndANamelessOne() {
    Parsed parsed = levels("framework,level,band,name\nX,1,,A\nX,1,,Again\nX,2,,\n");

    assertTrue(has(parsed, 3, "frameworks.csv.levelDuplicate"));
    assertTrue(has(parsed, 4, "frameworks.csv.required"));
  }

  @Test
  void aLevelsFileOfOtherFrameworksIsRefused() {
    ImportProblem problem = only(levels("framework,level,band,name\nY,1,,A\nZ,1,,B\n"));

    assertEquals("frameworks.csv.levelsOtherFramework", problem.messageKey());
  }

  @Test
  void levelsFileProblemsAreNamedSeparately() {
    ImportProblem problem = only(levels("level,name\n1,A\n"));

    assertEquals(ImportProblem.LEVELS, problem.file());
    assertEquals("frameworks.csv.missingColumns", problem.messageKey());
  }

  // ---- messages

  @Test
  void everyProblemKeyHasAnEnglishText() {
    ResourceBundle english = Bundles.text(Locale.ENGLISH);
    for (String key :
        List.of(
            "frameworks.csv.empty",
            "frameworks.csv.tooLarge",
            "frameworks.csv.notUtf8",
            "frameworks.csv.malformed",
            "frameworks.csv.missingColumns",
            "frameworks.csv.duplicateColumn",
            "frameworks.csv.noRows",
            "frameworks.csv.tooManyRows",
            "frameworks.csv.required",
            "frameworks.csv.tooLong",
            "frameworks.csv.uriInvalid",
            "frameworks.csv.duplicateCode",
            "frameworks.csv.frameworkDiffers",
            "frameworks.csv.areaNameDiffers",
            "frameworks.csv.areaNameTwice",
            "frameworks.csv.areaMissing",
            "frameworks.csv.areaUnknownCode",
            "frameworks.csv.areaUnknownName",
            "frameworks.csv.levelRange",
            "frameworks.csv.levelNotNumber",
            "frameworks.csv.levelDuplicate",
            "frameworks.csv.levelGap",
            "frameworks.csv.levelsOtherFramework",
            "frameworks.import.file.competences",
            "frameworks.import.file.levels")) {
      assertTrue(english.containsKey(key), key);
    }
  }
}
