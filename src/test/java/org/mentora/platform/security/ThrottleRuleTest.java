package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

  private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
  private final ThrottleRule rule =
      new ThrottleRule(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

  private ThrottleRule.State failures(int count, Instant start, Duration step) {
    ThrottleRule.State state = null;
    for (int i = 0; i < count; i++) {
      state = rule.fail(state, start.plus(step.multipliedBy(i)));
    }
    return state;
  }

  @Test
  void nineFailuresDoNotLockTheTenthDoesForFifteenMinutes() {
    ThrottleRule.State nine = failures(9, T0, Duration.ofSeconds(10));
    assertFalse(rule.locked(nine, T0.plusSeconds(90)));
    ThrottleRule.State ten = rule.fail(nine, T0.plusSeconds(90));
    assertTrue(rule.locked(ten, T0.plusSeconds(90)));
    assertTrue(rule.locked(ten, T0.plusSeconds(90).plus(Duration.ofMinutes(15)).minusSeconds(1)));
    assertFalse(rule.locked(ten, T0.plusSeconds(90).plus(Duration.ofMinutes(15))));
  }

  @Test
  void failuresOutsideTheWindowStartANewCount() {
    ThrottleRule.State nine = failures(9, T0, Duration.ofSeconds(10));
    ThrottleRule.State later = rule.fail(nine, T0.plus(Duration.ofMinutes(16)));
    assertEquals(1, later.failures());
    assertFalse(rule.locked(later, T0.plus(Duration.ofMinutes(16))));
  }

  @Test
  void failuresWhileLockedAreNotCountedSoTheLockEndsOnTime() {
    ThrottleRule.State locked = failures(10, T0, Duration.ofSeconds(1));
    Instant until = locked.lockedUntil();
    ThrottleRule.State again = rule.fail(locked, T0.plus(Duration.ofMinutes(5)));
    assertEquals(locked, again);
    assertEquals(until, again.lockedUntil());
  }

  @Test
  void aFailureRightAfterALockWithinTheWindowLocksAgainAtOnce() {
    ThrottleRule shortLock = new ThrottleRule(3, Duration.ofMinutes(15), Duration.ofMinutes(1));
    ThrottleRule.State state = null;
    for (int i = 0; i < 3; i++) {
      state = shortLock.fail(state, T0);
    }
    Instant afterLock = T0.plus(Duration.ofMinutes(2));
    assertFalse(shortLock.locked(state, afterLock));
    assertTrue(shortLock.locked(shortLock.fail(state, afterLock), afterLock));
  }

  @Test
  void noStateIsNotLocked() {
    assertFalse(rule.locked(null, T0));
  }
}
