package org.mentora.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers every response carries, whatever produced it: pages, files, errors,
 * redirects. They are set before the chain runs, so they are there even when a servlet commits the
 * response at once.
 *
 * <p>A strict Content-Security-Policy goes on first; on Faces pages PrimeFaces replaces it with the
 * same policy plus the nonce of that response's scripts (see {@code primefaces.CSP_POLICY} in
 * web.xml). The wrapper turns PrimeFaces' {@code addHeader} into {@code setHeader} so that a page
 * never carries two policies, which browsers would both enforce; puts the headers back after a
 * {@code reset()} (file downloads reset the response); and sends redirects within the application
 * with a relative {@code Location}, since the container would make it absolute from the request's
 * {@code Host} header, which a client may forge.
 */
@WebFilter(
    filterName = "securityHeaders",
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(request, response);
    if (request.getDispatcherType() == DispatcherType.REQUEST
        && !ALLOWED_METHODS.contains(request.getMethod())) {
      // One answer for PUT, DELETE, TRACE (which the listener passes on, see
      // config/payara/post-boot-commands.asadmin) and any invented method: 405 with these headers,
      // before any servlet could echo the request.
      response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      response.setHeader("Allow", String.join(", ", ALLOWED_METHODS));
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("405 Method Not Allowed\n");
      return;
    }
    chain.doFilter(request, new SinglePolicyResponse(request, response));
  }

  /** The methods the application answers; everything else is refused here. */
  static final java.util.Set<String> ALLOWED_METHODS =
      java.util.Collections.unmodifiableSet(
          new java.util.LinkedHashSet<>(java.util.List.of("GET", "HEAD", "POST", "OPTIONS")));

  /**
   * Answers a redirect to a path of this application with a relative {@code Location} (RFC 9110
   * allows it), never one built from the request's {@code Host}. Anything else (an absolute
   * address) is passed to the container as it is.
   */
  public static void redirect(HttpServletResponse response, String location) throws IOException {
    if (location.startsWith("/") && !location.startsWith("//")) {
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader("Location", location);
      response.flushBuffer();
    } else {
      response.sendRedirect(location);
    }
  }

  /** Keeps exactly one Content-Security-Policy header: the last one set wins. */
  static final class SinglePolicyResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    SinglePolicyResponse(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void addHeader(String name, String value) {
      if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void reset() {
      super.reset();
      SecurityHeaders.apply(request, (HttpServletResponse) getResponse());
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      redirect((HttpServletResponse) getResponse(), location);
    }
  }
}
