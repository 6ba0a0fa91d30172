package org.mentora.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: long enough to resist guessing, short enough that hashing it cannot
 * be used to tie up the server, and not one of the first guesses an attacker tries.
 *
 * <p>Follows NIST SP 800-63B: length over composition rules, a deny-list, no forced character
 * classes. Returns bundle keys, never English.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "password1234",
          "123456789012",
          "qwertyuiopas",
          "administrator",
          "letmein12345",
          "welcome12345",
          "passwordpassword",
          "mentoramentora",
          "librarian123",
          "library12345",
          "iloveyou1234",
          "changeme1234");

  private PasswordPolicy() {}

  /** Bundle keys of every rule the password breaks; empty when it is acceptable. */
  public static List<String> violations(String password, String username) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      problems.add("password.tooShort");
      return problems;
    }
    if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
      problems.add("password.tooLong");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      problems.add("password.containsUsername");
    }
    if (COMMON.contains(lower) || password.chars().distinct().count() <= 2) {
      problems.add("password.tooCommon");
    }
    return problems;
  }

  public static boolean isAcceptable(String password, String username) {
    return violations(password, username).isEmpty();
  }
}
