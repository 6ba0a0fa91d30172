package org.mentora.project.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The catalogue's public, stable addresses: {@code /good-practices} is the search page and {@code
 * /good-practices/<slug>} one practice. Both are served by Faces views under the same folder; the
 * views themselves ({@code *.xhtml}) pass through untouched.
 */
@WebFilter(urlPatterns = {"/good-practices", "/good-practices/*"})
public class GoodPracticeAddresses extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/good-practices") || path.equals("/good-practices/")) {
      request.getRequestDispatcher("/good-practices/index.xhtml").forward(request, response);
      return;
    }
    String rest = path.substring("/good-practices/".length());
    if (rest.endsWith(".xhtml") || rest.contains("/")) {
      chain.doFilter(request, response);
      return;
    }
    String slug = java.net.URLDecoder.decode(rest, StandardCharsets.UTF_8);
    request
        .getRequestDispatcher(
            "/good-practices/practice.xhtml?slug="
                + URLEncoder.encode(slug, StandardCharsets.UTF_8))
        .forward(request, response);
  }
}
