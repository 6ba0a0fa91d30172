package org.mentora.directory.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.Character.UnicodeScript;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The partner pilots of the demo world hold together before any of it reaches a database. */
class PartnerPilotsTest {

  private static final Map<String, String> COUNTRY_OF =
      Map.of("bg", "BG", "el", "GR", "it", "IT", "lv", "LV");

  private static Map<String, String> countryByLibrary() {
    Map<String, String> countries =
        PartnerPilots.LIBRARIES.stream()
            .collect(Collectors.toMap(PartnerPilots.Library::name, PartnerPilots.Library::country));
    LatvianPilot.LIBRARIES.forEach(l -> countries.put(l.name(), "LV"));
    return countries;
  }

  @Test
  void everyoneWorksInAKnownLibraryOfTheirOwnCountryAndSpeaksItsLanguage() {
    Map<String, String> countries = countryByLibrary();
    for (PartnerPilots.Member member : PartnerPilots.members()) {
      assertTrue(countries.containsKey(member.library()), member.toString());
      assertEquals(
          COUNTRY_OF.get(member.language()), countries.get(member.library()), member.email());
    }
  }

  @Test
  void namesAreWrittenInTheirOwnScript() {
    for (PartnerPilots.Member member : PartnerPilots.members()) {
      UnicodeScript expected =
          switch (member.language()) {
            case "bg" -> UnicodeScript.CYRILLIC;
            case "el" -> UnicodeScript.GREEK;
            default -> UnicodeScript.LATIN;
          };
      String name = member.givenName() + member.familyName();
      assertTrue(
          name.codePoints().allMatch(c -> UnicodeScript.of(c) == expected),
          name + " in " + expected);
    }
  }

  @Test
  void eMailsAndUserNamesAreUniqueAndTypeableAcrossTheWholeDemoWorld() {
    Set<String> emails = new HashSet<>();
    Set<String> usernames = new HashSet<>();
    Stream.of(
            LatvianPilot.PARTICIPANTS,
            LatvianPilot.MENTORS,
            LatvianPilot.TUTORS,
            LatvianPilot.TRAINERS,
            List.of(LatvianPilot.ADMIN, LatvianPilot.MENTOR_LV))
        .flatMap(List::stream)
        .distinct()
        .forEach(
            m -> {
              assertTrue(emails.add(m.email()), m.email());
              assertTrue(usernames.add(m.username()), m.username());
            });
    for (PartnerPilots.Member member : PartnerPilots.members()) {
      assertTrue(emails.add(member.email()), member.email());
      assertTrue(member.email().matches("[a-z0-9.-]+@demo\\.mentora\\.example"), member.email());
      if (member.hasAccount()) {
        assertTrue(usernames.add(member.username()), member.username());
      }
    }
    assertTrue(
        usernames.containsAll(
            List.of(
                "trainee-lv",
                "mentor-lv",
                "trainee-bg",
                "mentor-bg",
                "trainee-el",
                "mentor-el",
                "trainee-it",
                "mentor-it")),
        usernames.toString());
  }

  @Test
  void eachCountrysPilotIsInItsLanguageWithItsDemoTraineeFirstMentoredByItsDemoMentor() {
    List<PartnerPilots.Pilot> pilots =
        List.of(PartnerPilots.BULGARIA, PartnerPilots.GREECE, PartnerPilots.ITALY);
    for (PartnerPilots.Pilot pilot : pilots) {
      assertEquals(pilot.participants().size(), pilot.mentorOf().size(), pilot.code());
      assertEquals("trainee-" + pilot.language(), pilot.participants().get(0).username());
      assertEquals("mentor-" + pilot.language(), pilot.mentorOf(0).username());
      assertEquals(COUNTRY_OF.get(pilot.language()), pilot.country());
      assertTrue(
          pilot.participants().stream().allMatch(p -> p.language().equals(pilot.language())),
          pilot.code());
    }
  }

  @Test
  void theCrossBorderEditionMixesTheFourCountriesWithMentorsFromPartnerLibrariesAbroad() {
    Map<String, String> countries = countryByLibrary();
    PartnerPilots.Pilot bridge = PartnerPilots.CROSS_BORDER;
    assertEquals(
        Set.of("BG", "GR", "IT", "LV"),
        bridge.participants().stream()
            .map(p -> countries.get(p.library()))
            .collect(Collectors.toSet()));
    for (int i = 0; i < bridge.participants().size(); i++) {
      assertNotEquals(
          countries.get(bridge.participants().get(i).library()),
          countries.get(bridge.mentorOf(i).library()),
          bridge.participants().get(i).email());
    }
  }
}
