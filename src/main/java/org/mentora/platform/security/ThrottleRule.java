package org.mentora.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed logins lock a key (an account or a client address): {@code maxFailures} failures
 * within {@code window} lock it for {@code lock}. Failures while locked are not counted, so a lock
 * always ends on time; a failure after the window has passed starts a new count. Pure: the stored
 * state and the time come in, the new state goes out.
 */
public record ThrottleRule(int maxFailures, Duration window, Duration lock) {

  public ThrottleRule {
    if (maxFailures < 1 || window.isNegative() || window.isZero() || lock.isNegative()) {
      throw new IllegalArgumentException("maxFailures >= 1, window > 0, lock >= 0");
    }
  }

  /** What is stored for one key; {@code lockedUntil} is null while not locked. */
  public record State(int failures, Instant windowStart, Instant lockedUntil) {}

  public boolean locked(State state, Instant now) {
    return state != null && state.lockedUntil() != null && now.isBefore(state.lockedUntil());
  }

  /** The state after one more failure at {@code now}; unchanged while locked. */
  public State fail(State state, Instant now) {
    if (locked(state, now)) {
      return state;
    }
    if (state == null || !now.isBefore(state.windowStart().plus(window))) {
      state = new State(0, now, null);
    }
    int failures = state.failures() + 1;
    Instant lockedUntil = failures >= maxFailures ? now.plus(lock) : null;
    return new State(failures, state.windowStart(), lockedUntil);
  }
}
