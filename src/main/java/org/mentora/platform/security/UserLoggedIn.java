package org.mentora.platform.security;

/** Fired by the login page after a successful login, in the request that logged in. */
public record UserLoggedIn(String username) {}
