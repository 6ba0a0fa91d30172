package org.mentora.certificate.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.mentora.certificate.VerifyThrottle;
import org.mentora.platform.i18n.Bundles;

/**
 * The public verification address: {@code /verify} (and {@code /verify?code=…} from a certificate's
 * QR code) is served by {@code /verify/index.xhtml}. In front of both, an address that has guessed
 * too many unknown codes gets a plain 429 page.
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*"})
public class VerifyAddresses extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject VerifyThrottle throttle;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (throttle.blocked(request.getRemoteAddr())) {
      response.setStatus(429);
      response.setHeader("Retry-After", "300");
      response.setContentType("text/plain");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              Bundles.format(
                  Bundles.supported(request.getLocale()), "certification.verify.tooMany"));
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/verify") || path.equals("/verify/")) {
      request.getRequestDispatcher("/verify/index.xhtml").forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
