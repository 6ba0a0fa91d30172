package org.mentora.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void aCodeIs26CharactersOfCrockfordBase32() {
    String code = VerificationCode.generate(random);
    assertEquals(26, code.length());
    assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{26}"), code);
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(VerificationCode.generate(random)));
    }
  }

  @Test
  void everyCharacterOfTheAlphabetAppearsSoAllBitsAreUsed() {
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      for (char c : VerificationCode.generate(random).toCharArray()) {
        seen.add(c);
      }
    }
    assertEquals(32, seen.size());
  }

  @Test
  void theShortFormIsTheFirstSixteenInGroupsOfFour() {
    assertEquals("K7QF-2M9D-XR4T-8BNA", VerificationCode.shortForm("K7QF2M9DXR4T8BNA0123456789"));
    assertEquals(
        "K7QF-2M9D-XR4T-8BNA-0123-4567-89", VerificationCode.group("K7QF2M9DXR4T8BNA0123456789"));
  }

  @Test
  void lookupsIgnoreCaseDashesAndSpaces() {
    String code = "K7QF2M9DXR4T8BNA0123456789";
    assertEquals(Optional.of(code), VerificationCode.normalise("k7qf-2m9d-xr4t-8bna-0123-4567-89"));
    assertEquals(
        Optional.of(code), VerificationCode.normalise(" K7QF 2M9D XR4T 8BNA 01234 56789 "));
    assertEquals(
        Optional.of("K7QF2M9DXR4T8BNA"), VerificationCode.normalise("k7qf-2m9d-xr4t-8bna"));
  }

  @Test
  void lettersPeopleConfuseAreReadAsCrockfordIntends() {
    assertEquals(
        Optional.of("K7QF2M9DXR4T8B10"), VerificationCode.normalise("K7QF-2M9D-XR4T-8BIO"));
    assertEquals(
        Optional.of("K7QF2M9DXR4T8B11"), VerificationCode.normalise("K7QF-2M9D-XR4T-8Bil"));
  }

  @Test
  void malformedOrOverlongInputIsNoCode() {
    assertEquals(Optional.empty(), VerificationCode.normalise(null));
    assertEquals(Optional.empty(), VerificationCode.normalise(""));
    assertEquals(Optional.empty(), VerificationCode.normalise("K7QF-2M9D-XR4T-8BNU"));
    assertEquals(Optional.empty(), VerificationCode.normalise("K7QF-2M9D-XR4T-8BN!"));
    assertEquals(Optional.empty(), VerificationCode.normalise("K7QF-2M9D"));
    assertEquals(Optional.empty(), VerificationCode.normalise("K7QF2M9DXR4T8BNA01234567890"));
    assertEquals(Optional.empty(), VerificationCode.normalise("A".repeat(10_000)));
    assertEquals(Optional.empty(), VerificationCode.normalise("' OR 1=1 --"));
  }

  @Test
  void aGeneratedCodeSurvivesItsOwnNormalisation() {
    String code = VerificationCode.generate(random);
    assertEquals(Optional.of(code), VerificationCode.normalise(VerificationCode.group(code)));
    assertNotEquals(code, VerificationCode.shortForm(code));
  }
}
