package org.mentora.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.mentora.platform.i18n.Bundles;

/**
 * Refuses requests another site made a visitor's browser send, for every page at once: a POST (or
 * any other state-changing method) from another origin is answered 403, so no form, login included,
 * can be submitted from elsewhere (see {@link SameOrigin}). And a Faces form sent as GET (its
 * fields and view state in the address, as a link or an image on another site would send it) is
 * answered 400 rather than run: Faces would otherwise treat it as a postback.
 *
 * <p>The 403 is written here rather than sent as an error: web.xml shows 403s as "not found" for
 * pages of another role, which would hide why a forged request was refused.
 */
@WebFilter(
    filterName = "crossSiteRequests",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST)
public class CrossSiteRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      if (request.getParameter(VIEW_STATE) != null) {
        // Written here, not sent as an error: the error page is a Faces page and would see the
        // same parameters, and so be taken for a postback in turn.
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, request, "error.badRequest.message");
        return;
      }
    } else if (!"OPTIONS".equals(method)
        && !SameOrigin.allowed(
            request.getHeader("Sec-Fetch-Site"),
            request.getHeader("Origin"),
            request.getHeader("Referer"),
            request.getHeader("Host"))) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, request, "error.crossSite");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(
      HttpServletResponse response, int status, HttpServletRequest request, String key)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Bundles.format(Bundles.supported(request.getLocale()), key));
  }
}
