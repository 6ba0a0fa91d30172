package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionValidityTest {

  private static final Instant LOGIN = Instant.parse("2026-12-06T08:00:00Z");
  private static final Duration LIFETIME = Duration.ofHours(12);
  private static final Duration IDLE = Duration.ofMinutes(30);

  private static Optional<Set<String>> check(
      long generation, AccountStates.AccountState account, Instant now) {
    // Active a second ago: only the absolute lifetime can end it.
    return check(generation, account, now.minusSeconds(1), now);
  }

  private static Optional<Set<String>> check(
      long generation, AccountStates.AccountState account, Instant lastSeen, Instant now) {
    return SessionValidity.groups(
        generation, LOGIN, Optional.ofNullable(account), lastSeen, now, LIFETIME, IDLE);
  }

  @Test
  void anEnabledAccountOfTheSameGenerationKeepsItsSessionWithTheRolesItHasNow() {
    var account = new AccountStates.AccountState(true, 3, Set.of("TUTOR"));
    assertEquals(Optional.of(Set.of("TUTOR")), check(3, account, LOGIN.plusSeconds(60)));
  }

  @Test
  void aDisabledMissingOrNewerGenerationAccountEndsTheSession() {
    assertTrue(
        check(3, new AccountStates.AccountState(false, 3, Set.of("TUTOR")), LOGIN).isEmpty());
    assertTrue(check(3, null, LOGIN).isEmpty());
    assertTrue(check(3, new AccountStates.AccountState(true, 4, Set.of("TUTOR")), LOGIN).isEmpty());
  }

  @Test
  void aSessionOlderThanTheAbsoluteLifetimeEnds() {
    var account = new AccountStates.AccountState(true, 0, Set.of("ADMIN"));
    assertTrue(check(0, account, LOGIN.plus(LIFETIME).minusSeconds(1)).isPresent());
    assertTrue(check(0, account, LOGIN.plus(LIFETIME)).isEmpty());
  }

  @Test
  void aSessionIdleForTheLimitEndsAndOneActiveJustBeforeGoesOn() {
    var account = new AccountStates.AccountState(true, 0, Set.of("PARTICIPANT"));
    Instant lastSeen = LOGIN.plus(Duration.ofHours(2));
    assertTrue(check(0, account, lastSeen, lastSeen.plus(IDLE).minusSeconds(1)).isPresent());
    assertTrue(check(0, account, lastSeen, lastSeen.plus(IDLE)).isEmpty());
    assertTrue(check(0, account, null, lastSeen.plus(IDLE)).isPresent(), "no request seen yet");
  }
}
