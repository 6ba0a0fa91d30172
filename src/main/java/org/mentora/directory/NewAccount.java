package org.mentora.directory;

/** What it takes to create a person with an account. */
public record NewAccount(
    String username,
    String password,
    String givenName,
    String familyName,
    String email,
    String preferredLanguage,
    Organisation organisation) {}
