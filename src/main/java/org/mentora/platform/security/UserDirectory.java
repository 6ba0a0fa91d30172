package org.mentora.platform.security;

import java.util.Optional;

/**
 * What the platform needs to know about a signed-in person without depending on the directory
 * package: implemented there, looked up here through CDI.
 */
public interface UserDirectory {

  /** The person's name as shown in the page header, e.g. "Jānis Bērziņš". */
  Optional<String> displayName(String username);

  /** The person's preferred language as a tag such as {@code lv}, if set. */
  Optional<String> preferredLanguage(String username);

  /** Makes an offered language the signed-in person's preferred one (the header's switcher). */
  void preferLanguage(String username, String languageTag);
}
