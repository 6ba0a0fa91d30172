package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsALongPassphraseOfUnrelatedWords() {
    assertTrue(PasswordPolicy.isAcceptable("green lantern oboe rusty", "janis"));
    assertTrue(PasswordPolicy.isAcceptable("Kx7#mQ2!vR9pLw", "janis"));
  }

  @Test
  void rejectsAPasswordShorterThanTwelveCharacters() {
    assertEquals(List.of("password.tooShort"), PasswordPolicy.violations("short-pass", "janis"));
  }

  @Test
  void countsCharactersNotBytesSoUnicodePassphrasesAreMeasuredFairly() {
    // 12 Latvian letters are 12 characters, even though some take two bytes in UTF-8.
    assertTrue(PasswordPolicy.isAcceptable("ķēniņš ūdeņš", "janis"));
    assertEquals(List.of("password.tooShort"), PasswordPolicy.violations("ķēniņš ūden", "janis"));
  }

  @Test
  void acceptsUpTo128CharactersWithoutCompositionRules() {
    String passphrase = "all lower case words are fine here ".repeat(4).substring(0, 128);
    assertTrue(PasswordPolicy.isAcceptable(passphrase, "janis"), passphrase);
    assertEquals(List.of("password.tooLong"), PasswordPolicy.violations(passphrase + "x", "janis"));
  }

  @Test
  void rejectsTheGuessablePasswordsAHostileReviewerTried() {
    for (String guessable :
        List.of("qwerty123456", "123456123456", "passwordpassword1", "Password1234")) {
      List<String> problems = PasswordPolicy.violations(guessable, "x");
      assertFalse(problems.isEmpty(), guessable);
    }
    assertEquals(List.of("password.repeated"), PasswordPolicy.violations("aaaaaaaaaaaaaaa", "x"));
  }

  @Test
  void rejectsAPasswordThatContainsTheUserName() {
    assertEquals(
        "password.containsUsername",
        PasswordPolicy.violations("my-name-is-Janis-ok", "janis").get(0));
  }

  @Test
  void rejectsAPasswordThatContainsTheNamesOrTheEmailWhateverTheCase() {
    String[] person = {"Ελένη", "Bērziņa", "eleni.papadopoulou@example.org"};
    assertEquals(
        "password.containsName",
        PasswordPolicy.violations("ΕΛΈΝΗ ocean violin 42", "eb7", person).get(0));
    assertEquals(
        "password.containsName",
        PasswordPolicy.violations("bĒrziņa ocean violin 42", "eb7", person).get(0));
    assertEquals(
        "password.containsName",
        PasswordPolicy.violations("Papadopoulou ocean violin", "eb7", person).get(0));
    assertTrue(PasswordPolicy.isAcceptable("lantern ocean violin 42", "eb7", person));
  }

  @Test
  void rejectsAMissingPassword() {
    assertEquals(List.of("password.tooShort"), PasswordPolicy.violations(null, "janis"));
  }
}
