package org.mentora.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a logged-in session may go on, judged afresh on every request: the account must still
 * exist and be enabled, its session generation must not have moved on (a password change or "sign
 * out everywhere" raises it), the session must be younger than the absolute lifetime, and its last
 * request must be more recent than the idle limit. The roles are the account's roles now, so a role
 * taken away counts at once. Pure.
 */
public final class SessionValidity {

  private SessionValidity() {}

  /** The caller's groups now, or empty when the session must end. */
  public static Optional<Set<String>> groups(
      long sessionGeneration,
      Instant loggedInAt,
      Optional<AccountStates.AccountState> account,
      Instant lastSeen,
      Instant now,
      Duration absoluteLifetime,
      Duration idleLimit) {
    if (account.isEmpty() || !account.get().enabled()) {
      return Optional.empty();
    }
    if (account.get().sessionGeneration() != sessionGeneration) {
      return Optional.empty();
    }
    if (loggedInAt == null || !now.isBefore(loggedInAt.plus(absoluteLifetime))) {
      return Optional.empty();
    }
    if (lastSeen != null && !now.isBefore(lastSeen.plus(idleLimit))) {
      return Optional.empty();
    }
    return Optional.of(Set.copyOf(account.get().roles()));
  }
}
