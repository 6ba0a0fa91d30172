package org.mentora.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * What the login check needs to know about an account on every request, without depending on the
 * directory package: implemented there, looked up here through CDI. Must be one small query.
 */
public interface AccountStates {

  /** The account as stored now, or empty when there is no such account. */
  Optional<AccountState> current(String username);

  /**
   * Whether the account may log in, its session generation (raised to end every session opened
   * before) and its roles as group names.
   */
  record AccountState(boolean enabled, long sessionGeneration, Set<String> roles) {}
}
