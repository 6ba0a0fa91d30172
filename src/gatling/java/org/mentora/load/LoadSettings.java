package org.mentora.load;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the load-test simulations share: settings from system properties (set by the {@code bench}
 * profile, overridable with {@code -Dload.*}), the HTTP protocol and the users of {@code
 * target/bench/load-users.csv} (written by {@code LoadWorldBench}).
 */
final class LoadSettings {

  /** Where the app runs, e.g. {@code http://127.0.0.1:8080}. */
  static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");

  /** Concurrent virtual users in all (half mentors, half trainees in the dashboard simulation). */
  static final int USERS = Integer.getInteger("load.users", 50);

  /** Seconds over which the users arrive (logins are PBKDF2 at 600,000 iterations each). */
  static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.rampSeconds", 10));

  /** Seconds each user browses after its login. */
  static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.seconds", 120));

  /** Pause between two pages of one user, in milliseconds; 0 (the default) keeps 50 in flight. */
  static final Duration PAUSE = Duration.ofMillis(Integer.getInteger("load.pauseMillis", 0));

  static final String PASSWORD = System.getProperty("load.password", "test-password-123");

  private LoadSettings() {}

  /**
   * Plain HTML requests as a browser sends them, without embedded resources (a browser has those
   * cached after its first page) and without Gatling's HTTP cache, so every request reaches the
   * server.
   */
  static HttpProtocolBuilder protocol() {
    return http.baseUrl(BASE_URL)
        .disableCaching()
        .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .acceptLanguageHeader("en")
        .acceptEncodingHeader("gzip, deflate")
        .userAgentHeader("Mentora load test (Gatling)");
  }

  /** The users of the given role from the feeder file, endlessly round (one per virtual user). */
  static Iterator<Map<String, Object>> users(String role) {
    Path file = Path.of(System.getProperty("load.usersFile", "target/bench/load-users.csv"));
    List<Map<String, Object>> users = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] cells = line.split(",");
        if (cells.length == 2 && cells[1].trim().equals(role)) {
          users.add(Map.of("username", cells[0].trim(), "role", role));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("No load-test users: run LoadWorldBench first", e);
    }
    if (users.isEmpty()) {
      throw new IllegalStateException("No " + role + " in " + file.toAbsolutePath());
    }
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Map<String, Object> next() {
        return users.get(next++ % users.size());
      }
    };
  }
}
