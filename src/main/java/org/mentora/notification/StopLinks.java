package org.mentora.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mentora.platform.settings.SettingsStore;

/**
 * The one-click links in a mail's footer that stop mail of one kind for one person, without a
 * login: {@code <person>.<kind>.<HMAC-SHA256 of both, 128 bits>}. The key is random, kept in the
 * database so every node accepts every link; a link names one person and one kind, so it cannot
 * change anyone else's settings, and a changed character makes it worthless.
 */
@ApplicationScoped
public class StopLinks {

  static final String KEY = "notification/stop-link-key";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Who and what a valid link stops. */
  public record Target(long personId, NotificationKind kind) {}

  @Inject SettingsStore settings;

  private volatile byte[] key;

  public String token(long personId, NotificationKind kind) {
    String payload = personId + "." + kind.name();
    return payload + "." + sign(key(), payload);
  }

  public Optional<Target> read(String token) {
    return read(key(), token);
  }

  static Optional<Target> read(byte[] key, String token) {
    if (token == null || token.length() > 120) {
      return Optional.empty();
    }
    String[] parts = token.strip().split("\\.");
    if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
      return Optional.empty();
    }
    NotificationKind kind;
    try {
      kind = NotificationKind.valueOf(parts[1]);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    String expected = sign(key, parts[0] + "." + parts[1]);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    return Optional.of(new Target(Long.parseLong(parts[0]), kind));
  }

  static String sign(byte[] key, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] full = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private byte[] key() {
    byte[] known = key;
    if (known != null) {
      return known;
    }
    String stored =
        settings
            .get(KEY)
            .orElseGet(
                () -> {
                  byte[] fresh = new byte[32];
                  RANDOM.nextBytes(fresh);
                  String hex = HexFormat.of().formatHex(fresh);
                  settings.put(KEY, hex);
                  return hex;
                });
    key = HexFormat.of().parseHex(stored);
    return key;
  }
}
