package org.mentora.platform.security;

/**
 * Fired when an account's session generation was raised (new password, "sign out everywhere"):
 * every session of that account opened before ends at its next request, except the one making the
 * change, which {@link FormAuthentication} moves to the new generation.
 */
public record SessionsEnded(String username, long generation) {}
