package org.mentora.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock for {@link SecurityLoginIT}'s own deployment only: the real time plus an
 * offset a test may set, so that "12 hours later" takes no 12 hours. Never in the shipped WAR.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class AdjustableClock {

  private static volatile Duration offset = Duration.ZERO;

  public static void advance(Duration by) {
    offset = by;
  }

  public static void reset() {
    offset = Duration.ZERO;
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return new Offset(ZoneId.of("Europe/Riga"));
  }

  /** A clock that reads the offset on every call. */
  static final class Offset extends Clock {
    private final ZoneId zone;

    Offset(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Offset(other);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }
}
