package org.mentora.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's verification code: 130 random bits from {@link SecureRandom}, written as 26
 * characters of Crockford's base32 (no I, L, O or U, so nothing is misread). Its short form, the
 * first {@value #SHORT_LENGTH} characters in groups of four ({@code K7QF-2M9D-XR4T-8BNA}, 80 bits),
 * is what the PDF prints for typing; a lookup accepts either, in any case, with or without dashes
 * and spaces, and reads I/L as 1 and O as 0 as Crockford intends.
 */
public final class VerificationCode {

  public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  public static final int LENGTH = 26;
  public static final int SHORT_LENGTH = 16;

  /** Longer input than any code with its separators is refused before it is even cleaned. */
  public static final int MAX_INPUT = 64;

  private VerificationCode() {}

  public static String generate(SecureRandom random) {
    byte[] bytes = new byte[17];
    random.nextBytes(bytes);
    StringBuilder code = new StringBuilder(LENGTH);
    int buffer = 0;
    int bits = 0;
    int index = 0;
    while (code.length() < LENGTH) {
      if (bits < 5) {
        buffer = (buffer << 8) | (bytes[index++] & 0xFF);
        bits += 8;
      }
      code.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
      bits -= 5;
    }
    return code.toString();
  }

  /** The short form printed for people: the first 16 characters, grouped by four. */
  public static String shortForm(String code) {
    return group(code.substring(0, SHORT_LENGTH));
  }

  /** The whole code grouped by four, for display. */
  public static String group(String code) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < code.length(); i += 4) {
      if (i > 0) {
        grouped.append('-');
      }
      grouped.append(code, i, Math.min(code.length(), i + 4));
    }
    return grouped.toString();
  }

  /**
   * What was typed, cleaned to the canonical characters, when it can be a full code or a short
   * form; empty for anything else (wrong length, a character outside the alphabet, too long).
   */
  public static Optional<String> normalise(String input) {
    if (input == null || input.length() > MAX_INPUT) {
      return Optional.empty();
    }
    StringBuilder clean = new StringBuilder(LENGTH);
    for (char c : input.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || Character.isWhitespace(c)) {
        continue;
      }
      char mapped =
          switch (c) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> c;
          };
      if (ALPHABET.indexOf(mapped) < 0) {
        return Optional.empty();
      }
      clean.append(mapped);
    }
    return clean.length() == LENGTH || clean.length() == SHORT_LENGTH
        ? Optional.of(clean.toString())
        : Optional.empty();
  }

  public static boolean isShort(String normalised) {
    return normalised.length() == SHORT_LENGTH;
  }
}
