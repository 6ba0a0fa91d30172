package org.mentora.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed logins counted for one key ({@code account:<user>} or {@code address:<ip>}), in the
 * database so that every node of a cluster sees the same count. The key is the identity: there is
 * exactly one row per key, so no sequence id and no version (rows are updated under a row lock).
 */
@Entity
@Table(name = "login_throttle")
public class LoginFailures {

  public static final int KEY_MAX = 200;

  @Id
  @Column(name = "throttle_key", length = KEY_MAX)
  private String throttleKey;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginFailures() {}

  LoginFailures(String key) {
    this.throttleKey = key;
  }

  ThrottleRule.State state() {
    return windowStart == null ? null : new ThrottleRule.State(failures, windowStart, lockedUntil);
  }

  void set(ThrottleRule.State state) {
    this.failures = state.failures();
    this.windowStart = state.windowStart();
    this.lockedUntil = state.lockedUntil();
  }
}
