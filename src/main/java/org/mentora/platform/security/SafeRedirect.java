package org.mentora.platform.security;

import java.util.Optional;

/**
 * Where a user may be sent after login: a path inside this application, never another site. Refuses
 * scheme-relative ({@code //evil.example}), absolute and backslash tricks.
 */
public final class SafeRedirect {

  private SafeRedirect() {}

  public static Optional<String> localPath(String candidate) {
    if (candidate == null || candidate.isBlank() || candidate.length() > 2000) {
      return Optional.empty();
    }
    if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.contains("\\")) {
      return Optional.empty();
    }
    for (char c : candidate.toCharArray()) {
      if (Character.isISOControl(c)) {
        return Optional.empty();
      }
    }
    String path =
        candidate.contains("?") ? candidate.substring(0, candidate.indexOf('?')) : candidate;
    if (path.contains(":") || path.startsWith("/login.xhtml") || path.contains("/WEB-INF")) {
      return Optional.empty();
    }
    return Optional.of(candidate);
  }
}
