package org.mentora.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.mentora.platform.settings.SettingsStore;

/**
 * The one-time token that lets whoever can read the server log create the first administrator of a
 * real installation. Only its SHA-256 is kept, in the database, so every node accepts it and a copy
 * of the database does not reveal it.
 */
@ApplicationScoped
public class SetupToken {

  static final String KEY = "directory/setup-token-sha256";
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject SettingsStore settings;

  /** A new token (160 random bits, in groups of four), replacing any earlier one. */
  public String issue() {
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      if (i > 0 && i % 4 == 0) {
        token.append('-');
      }
      token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    settings.put(KEY, sha256(normalise(token.toString())));
    return token.toString();
  }

  public boolean matches(String candidate) {
    Optional<String> stored = settings.get(KEY);
    if (stored.isEmpty() || candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(
        stored.get().getBytes(StandardCharsets.US_ASCII),
        sha256(normalise(candidate)).getBytes(StandardCharsets.US_ASCII));
  }

  public void consume() {
    settings.remove(KEY);
  }

  static String normalise(String token) {
    return token.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
