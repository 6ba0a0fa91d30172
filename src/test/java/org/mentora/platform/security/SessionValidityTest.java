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

  private static Optional<Set<String>> check(
      long generation, AccountStates.AccountState account, Instant now) {
    return SessionValidity.groups(generation, LOGIN, Optional.ofNullable(account), now, LIFETIME);
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
}
