package org.mentora.certificate.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The public verification address: {@code /verify} (and {@code /verify?code=…} from a certificate's
 * QR code) is served by {@code /verify/index.xhtml}. Guessing is throttled by the page itself
 * ({@code VerifyPage}), which alone knows whether a code was valid.
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*"})
public class VerifyAddresses extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/verify") || path.equals("/verify/")) {
      request.getRequestDispatcher("/verify/index.xhtml").forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
