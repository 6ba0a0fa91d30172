package org.mentora.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA256 and a random 32-byte salt per hash.
 *
 * <p>The container's default of 2,048 iterations is far below current advice; the floor here is
 * OWASP's 600,000. Each stored hash carries its own algorithm, iterations and salt, so raising the
 * setting later only affects new hashes, and {@link #needsRehash} tells when an old one should be
 * replaced at the next successful login.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int MIN_ITERATIONS = 600_000;
  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "mentora.security.pbkdf2-iterations", defaultValue = "600000")
  int configuredIterations;

  private int iterations;

  @PostConstruct
  void init() {
    iterations = Math.max(MIN_ITERATIONS, configuredIterations);
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    if (password == null || storedHash == null || storedHash.isBlank()) {
      return false;
    }
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the same time as a real check, so unknown user names cannot be told apart by timing. */
  public void verifyDummy(String password) {
    hash.verify((password == null ? "" : password).toCharArray(), dummyHash());
  }

  private volatile String dummy;

  private String dummyHash() {
    String current = dummy;
    if (current == null) {
      current = hash("mentora-timing-equaliser");
      dummy = current;
    }
    return current;
  }

  public int iterations() {
    return iterations;
  }

  /** True when the stored hash uses fewer iterations or another algorithm than configured now. */
  public boolean needsRehash(String storedHash) {
    return StoredHash.parse(storedHash)
        .map(stored -> !stored.algorithm().equals(ALGORITHM) || stored.iterations() < iterations)
        .orElse(true);
  }
}
