package org.mentora.platform.security;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a new password must be: long enough to resist guessing, short enough that hashing it cannot
 * be used to tie up the server, free of the person's own names, and not guessable.
 *
 * <p>Follows OWASP ASVS 5.0 (V6.2) and NIST SP 800-63B: at least 12 characters, up to 128 accepted,
 * no composition rules; guessability is judged by zxcvbn (score 3 of 4 or better), which knows
 * common passwords, words, names, keyboard patterns, repeats, sequences and dates. zxcvbn's own
 * warnings are English, so its strongest finding is mapped to one of our bundle keys. Returns
 * bundle keys, never English.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  public static final int MIN_SCORE = 3;

  /** Shorter personal words (a two-letter name) would refuse too many good passwords. */
  private static final int MIN_PERSONAL_LENGTH = 3;

  private PasswordPolicy() {}

  /**
   * Bundle keys of every rule the password breaks; empty when it is acceptable. {@code personal}
   * are the person's given name, family name and e-mail address (any may be null).
   */
  public static List<String> violations(String password, String username, String... personal) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      problems.add("password.tooShort");
      return problems;
    }
    if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
      problems.add("password.tooLong");
      return problems;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= MIN_PERSONAL_LENGTH
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      problems.add("password.containsUsername");
    }
    Set<String> words = personalWords(personal);
    if (words.stream().anyMatch(lower::contains)) {
      problems.add("password.containsName");
    }
    List<String> inputs = new ArrayList<>(words);
    if (username != null) {
      inputs.add(username.toLowerCase(Locale.ROOT));
    }
    Strength strength = Judge.ZXCVBN.measure(password, inputs);
    if (strength.getScore() < MIN_SCORE) {
      problems.add(weakness(strength));
    }
    return problems;
  }

  public static boolean isAcceptable(String password, String username, String... personal) {
    return violations(password, username, personal).isEmpty();
  }

  /** Names and the e-mail's local part, whole and split at dots, dashes and the like. */
  static Set<String> personalWords(String... personal) {
    Set<String> words = new LinkedHashSet<>();
    if (personal == null) {
      return words;
    }
    for (String value : personal) {
      if (value == null || value.isBlank()) {
        continue;
      }
      String text = value.strip().toLowerCase(Locale.ROOT);
      int at = text.indexOf('@');
      if (at >= 0) {
        text = text.substring(0, at);
      }
      words.add(text);
      for (String part : text.split("[^\\p{L}\\p{N}]+")) {
        words.add(part);
      }
    }
    words.removeIf(word -> word.codePointCount(0, word.length()) < MIN_PERSONAL_LENGTH);
    return words;
  }

  /** The bundle key for the longest pattern zxcvbn found, as its own feedback would pick. */
  private static String weakness(Strength strength) {
    Match main =
        strength.getSequence().stream()
            .filter(match -> match.pattern != Pattern.Bruteforce)
            .max(Comparator.comparingInt(Match::tokenLength))
            .orElse(null);
    if (main == null) {
      return "password.weak";
    }
    return switch (main.pattern) {
      case Dictionary ->
          Objects.equals(main.dictionaryName, "passwords")
              ? "password.tooCommon"
              : Objects.equals(main.dictionaryName, "user_inputs")
                  ? "password.containsName"
                  : "password.commonWords";
      case Spatial -> "password.keyboardPattern";
      case Repeat -> "password.repeated";
      case Sequence ->
          // zxcvbn sees "aaaa" as a sequence with step 0; people call it repetition.
          main.token.chars().distinct().count() == 1 ? "password.repeated" : "password.sequence";
      case Date, Regex -> "password.dates";
      default -> "password.weak";
    };
  }

  /** zxcvbn loads its dictionaries once; measuring is thread-safe. */
  private static final class Judge {
    static final Zxcvbn ZXCVBN = new Zxcvbn();
  }
}
