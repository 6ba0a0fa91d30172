package org.mentora.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  private static final String H2 = "jdbc:h2:file:./data/mentora;MODE=PostgreSQL";
  private static final String PG = "jdbc:postgresql://db:5432/mentora";

  @Test
  void demoModeIsOnByDefaultWithH2() {
    DatabaseSettings settings = DatabaseSettings.of(H2, Optional.empty());
    assertEquals(DatabaseKind.H2, settings.kind());
    assertTrue(settings.demo());
  }

  @Test
  void demoModeIsOffByDefaultWithPostgresql() {
    DatabaseSettings settings = DatabaseSettings.of(PG, Optional.of("auto"));
    assertEquals(DatabaseKind.POSTGRESQL, settings.kind());
    assertFalse(settings.demo());
  }

  @Test
  void anExplicitSettingWinsEitherWay() {
    assertTrue(DatabaseSettings.of(PG, Optional.of("true")).demo());
    assertFalse(DatabaseSettings.of(H2, Optional.of("false")).demo());
    assertTrue(DatabaseSettings.of(PG, Optional.of(" ON ")).demo());
  }

  @Test
  void rejectsAMeaninglessDemoSetting() {
    assertThrows(
        IllegalArgumentException.class, () -> DatabaseSettings.of(H2, Optional.of("maybe")));
  }

  @Test
  void rejectsAnUnsupportedDatabase() {
    assertThrows(
        IllegalArgumentException.class, () -> DatabaseKind.fromUrl("jdbc:mysql://localhost/x"));
  }

  @Test
  void logLinesNeverShowAPasswordFromTheUrl() {
    String redacted =
        DatabaseKind.redact("jdbc:postgresql://db/mentora?user=m&password=s3cret&ssl=true");
    assertFalse(redacted.contains("s3cret"), redacted);
    assertTrue(redacted.contains("password=****"), redacted);
  }
}
