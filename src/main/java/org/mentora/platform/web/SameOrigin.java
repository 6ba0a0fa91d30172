package org.mentora.platform.web;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a state-changing request (a POST) was sent by a page of this site. Another site can make
 * a visitor's browser post a form here (login CSRF, or any action with the visitor's cookies);
 * browsers say where such a request came from. Trusted in this order: {@code Sec-Fetch-Site} (set
 * by the browser itself, right even behind a proxy that rewrites the host), else {@code Origin},
 * else {@code Referer}, compared with the {@code Host} the request was sent to. A request with none
 * of them (an old browser, a script using the REST API) is let through: it carries no proof either
 * way, and what it can do is still limited by the login. Pure.
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static boolean allowed(String secFetchSite, String origin, String referer, String host) {
    if (secFetchSite != null && !secFetchSite.isBlank()) {
      String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
      return site.equals("same-origin") || site.equals("none");
    }
    if (origin != null && !origin.isBlank()) {
      return sameHost(origin.strip(), host);
    }
    if (referer != null && !referer.isBlank()) {
      return sameHost(referer.strip(), host);
    }
    return true;
  }

  /** True when the address names the same host and port as the Host header. */
  static boolean sameHost(String address, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(address);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    if (uri.getHost() == null || uri.getScheme() == null) {
      // Includes the opaque origin "null" of sandboxed frames and data: documents.
      return false;
    }
    String expected = host.strip().toLowerCase(Locale.ROOT);
    String actual = uri.getHost().toLowerCase(Locale.ROOT);
    if (uri.getPort() >= 0 && uri.getPort() != defaultPort(uri.getScheme())) {
      actual = actual + ":" + uri.getPort();
    }
    return actual.equals(expected) || actual.equals(withoutDefaultPort(expected));
  }

  private static String withoutDefaultPort(String host) {
    if (host.endsWith(":80") || host.endsWith(":443")) {
      return host.substring(0, host.lastIndexOf(':'));
    }
    return host;
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : "http".equalsIgnoreCase(scheme) ? 80 : -1;
  }
}
