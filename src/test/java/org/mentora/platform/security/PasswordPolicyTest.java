package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsALongPassphrase() {
    assertTrue(PasswordPolicy.isAcceptable("green library autumn", "janis"));
  }

  @Test
  void rejectsAPasswordShorterThanTwelveCharacters() {
    assertEquals(List.of("password.tooShort"), PasswordPolicy.violations("short-pass", "janis"));
  }

  @Test
  void countsCharactersNotBytesSoUnicodePassphrasesAreMeasuredFairly() {
    // 12 Latvian letters are 12 characters, even though some take two bytes in UTF-8.
    assertTrue(PasswordPolicy.isAcceptable("ķēniņš ūdens", "janis"));
    assertEquals(List.of("password.tooShort"), PasswordPolicy.violations("ķēniņš ūden", "janis"));
  }

  @Test
  void rejectsAPasswordThatContainsTheUserName() {
    assertEquals(
        List.of("password.containsUsername"),
        PasswordPolicy.violations("my-name-is-Janis-ok", "janis"));
  }

  @Test
  void rejectsCommonAndRepetitivePasswords() {
    assertEquals(List.of("password.tooCommon"), PasswordPolicy.violations("Password1234", "x"));
    assertEquals(List.of("password.tooCommon"), PasswordPolicy.violations("aaaaaaaaaaaaaaa", "x"));
  }

  @Test
  void rejectsPasswordsTooLongToHashCheaply() {
    assertEquals(
        List.of("password.tooLong"),
        PasswordPolicy.violations("abcdefghijklm".repeat(10), "janis"));
  }

  @Test
  void rejectsAMissingPassword() {
    assertEquals(List.of("password.tooShort"), PasswordPolicy.violations(null, "janis"));
  }
}
