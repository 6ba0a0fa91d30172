package org.mentora.platform.persistence;

import java.util.Locale;
import java.util.Optional;

/**
 * What the configuration says about the database and demo mode, reduced to decisions.
 *
 * <p>Demo mode defaults to on with H2 (a laptop trying Mentora) and off with PostgreSQL (a real
 * installation); an explicit {@code mentora.demo} of {@code true} or {@code false} wins either way.
 */
public record DatabaseSettings(String url, DatabaseKind kind, boolean demo) {

  public static DatabaseSettings of(String url, Optional<String> demoSetting) {
    DatabaseKind kind = DatabaseKind.fromUrl(url);
    boolean demo =
        demoSetting
            .map(value -> value.trim().toLowerCase(Locale.ROOT))
            .filter(value -> !value.isEmpty() && !value.equals("auto"))
            .map(DatabaseSettings::parseFlag)
            .orElse(kind == DatabaseKind.H2);
    return new DatabaseSettings(url, kind, demo);
  }

  private static boolean parseFlag(String value) {
    return switch (value) {
      case "true", "on", "yes", "1" -> true;
      case "false", "off", "no", "0" -> false;
      default ->
          throw new IllegalArgumentException(
              "mentora.demo must be true, false or auto, not: " + value);
    };
  }

  public String redactedUrl() {
    return DatabaseKind.redact(url);
  }
}
