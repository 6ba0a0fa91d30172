package org.mentora.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The headers every response carries; set by the filter, and by login redirects before it. */
public final class SecurityHeaders {

  /** The policy for everything that is not a Faces page; Faces pages add a script nonce. */
  public static final String DEFAULT_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'; script-src 'self'";

  /** For files sent as attachments: nothing runs, nothing loads, nobody frames them. */
  public static final String DOWNLOAD_POLICY =
      "default-src 'none'; frame-ancestors 'none'; sandbox";

  public static final String CSP = "Content-Security-Policy";

  private SecurityHeaders() {}

  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(CSP, DEFAULT_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
