package org.mentora.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds every Flyway script to the checksum recorded when it was committed.
 *
 * <p>An installation that has applied a script refuses to start when that script's content changes
 * (Flyway's checksum validation), and a removed script leaves its tables without a source. So an
 * applied migration is never edited: a change is a new script. The manifest {@code
 * src/test/resources/db/applied-migrations.sha256} lists each committed script's SHA-256 (the
 * {@code sha256sum} format, so {@code sha256sum V23__x.sql} gives the line to add); this test fails
 * when a recorded script changed or disappeared, and when a script is not yet recorded.
 */
class MigrationChecksumTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path MANIFEST = Path.of("src/test/resources/db/applied-migrations.sha256");

  @Test
  void noRecordedMigrationChangedOrDisappeared() throws IOException {
    Map<String, String> recorded = recorded();
    Map<String, String> present = present();
    assertFalse(recorded.isEmpty(), "the manifest lists no migration");
    List<String> problems = new ArrayList<>();
    recorded.forEach(
        (name, sha) -> {
          String now = present.get(name);
          if (now == null) {
            problems.add(name + " was recorded as applied but is gone");
          } else if (!now.equals(sha)) {
            problems.add(name + " changed (recorded " + sha + ", now " + now + ")");
          }
        });
    if (!problems.isEmpty()) {
      fail(
          String.join("; ", problems)
              + ". Never edit an applied migration, add a new one: installations that ran it"
              + " refuse to start on a changed checksum. Restore the script from git.");
    }
  }

  @Test
  void everyMigrationIsRecorded() throws IOException {
    Map<String, String> recorded = recorded();
    List<String> missing = new ArrayList<>();
    present()
        .forEach(
            (name, sha) -> {
              if (!recorded.containsKey(name)) {
                missing.add(sha + "  " + name);
              }
            });
    assertTrue(
        missing.isEmpty(),
        () ->
            "Migration(s) not in "
                + MANIFEST
                + ". Add its checksum line when it is committed (from then on it is applied"
                + " somewhere and must never change):\n"
                + String.join("\n", missing));
  }

  private static Map<String, String> recorded() throws IOException {
    Map<String, String> recorded = new TreeMap<>();
    for (String line : Files.readAllLines(MANIFEST, StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+\\*?", 2);
      assertTrue(parts.length == 2, () -> "manifest line is not '<sha256>  <file>': " + line);
      if (recorded.put(parts[1], parts[0].toLowerCase()) != null) {
        fail("the manifest lists " + parts[1] + " twice");
      }
    }
    return recorded;
  }

  private static Map<String, String> present() throws IOException {
    Map<String, String> present = new TreeMap<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && name.matches("[VRU]\\d*.*__.*\\.sql")) {
          present.put(name, sha256(Files.readAllBytes(file)));
        }
      }
    }
    return present;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
