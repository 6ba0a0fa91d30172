package org.mentora.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, as throttles and logs should see it. One place on purpose: when
 * Mentora runs behind a reverse proxy, only this helper needs to learn which proxies to trust.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
