package org.mentora.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureCounterTest {

  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  private final FailureCounter counter = new FailureCounter(10, Duration.ofMinutes(5));

  @Test
  void tenFailuresInFiveMinutesBlockTheAddress() {
    for (int i = 0; i < 9; i++) {
      counter.fail("203.0.113.7", T0.plusSeconds(i * 10L));
    }
    assertFalse(counter.blocked("203.0.113.7", T0.plusSeconds(100)));
    counter.fail("203.0.113.7", T0.plusSeconds(100));
    assertTrue(counter.blocked("203.0.113.7", T0.plusSeconds(101)));
  }

  @Test
  void otherAddressesAreNotAffected() {
    for (int i = 0; i < 10; i++) {
      counter.fail("203.0.113.7", T0);
    }
    assertTrue(counter.blocked("203.0.113.7", T0));
    assertFalse(counter.blocked("198.51.100.1", T0));
  }

  @Test
  void theBlockLiftsWhenTheOldestFailureLeavesTheWindow() {
    for (int i = 0; i < 10; i++) {
      counter.fail("203.0.113.7", T0.plusSeconds(i));
    }
    assertTrue(counter.blocked("203.0.113.7", T0.plusSeconds(299)));
    assertFalse(counter.blocked("203.0.113.7", T0.plusSeconds(300)));
  }

  @Test
  void failuresSpreadWiderThanTheWindowNeverBlock() {
    for (int i = 0; i < 100; i++) {
      counter.fail("203.0.113.7", T0.plusSeconds(i * 35L));
      assertFalse(counter.blocked("203.0.113.7", T0.plusSeconds(i * 35L)));
    }
  }

  @Test
  void idleAddressesAreForgotten() {
    counter.fail("203.0.113.7", T0);
    counter.fail("198.51.100.1", T0.plusSeconds(200));
    counter.sweep(T0.plusSeconds(400));
    assertEquals(1, counter.addresses());
  }

  @Test
  void nonsenseLimitsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new FailureCounter(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new FailureCounter(5, Duration.ZERO));
  }
}
