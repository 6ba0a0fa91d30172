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
 * The security headers every response carries, whatever produced it.
 *
 * <p>A strict Content-Security-Policy goes on first; on Faces pages PrimeFaces replaces it with the
 * same policy plus the nonce of that response's scripts (see {@code primefaces.CSP_POLICY} in
 * web.xml). The wrapper turns PrimeFaces' {@code addHeader} into {@code setHeader} so that a page
 * never carries two policies, which browsers would both enforce.
 */
@WebFilter(
    filterName = "securityHeaders",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(request, response);
    chain.doFilter(request, new SinglePolicyResponse(response));
  }

  /** Keeps exactly one Content-Security-Policy header: the last one set wins. */
  static final class SinglePolicyResponse extends HttpServletResponseWrapper {

    SinglePolicyResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
