package org.mentora.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the Arquillian runner's request and response at hand, so an in-container test can log in
 * through Jakarta Security exactly as the login page does.
 */
@WebFilter(urlPatterns = "/ArquillianServletRunnerEE9")
public class CapturedRequest extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
  private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    REQUEST.set(request);
    RESPONSE.set(response);
    try {
      chain.doFilter(request, response);
    } finally {
      REQUEST.remove();
      RESPONSE.remove();
    }
  }

  static HttpServletRequest request() {
    HttpServletRequest request = REQUEST.get();
    if (request == null) {
      throw new IllegalStateException("Not inside an Arquillian in-container test request");
    }
    return request;
  }

  static HttpServletResponse response() {
    return RESPONSE.get();
  }
}
