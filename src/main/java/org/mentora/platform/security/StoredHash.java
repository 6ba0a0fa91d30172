package org.mentora.platform.security;

import java.util.Optional;

/**
 * The parts of a stored PBKDF2 hash as Jakarta Security writes it: {@code
 * algorithm:iterations:base64(salt):base64(hash)}.
 */
public record StoredHash(String algorithm, int iterations, String salt, String hash) {

  public static Optional<StoredHash> parse(String stored) {
    if (stored == null) {
      return Optional.empty();
    }
    String[] parts = stored.split(":");
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
      return Optional.of(new StoredHash(parts[0], Integer.parseInt(parts[1]), parts[2], parts[3]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
