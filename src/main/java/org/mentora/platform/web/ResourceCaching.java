package org.mentora.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Browsers keep versioned Faces resources for a year without asking again: an address whose {@code
 * v=} is this deployment's {@link ResourceVersion}, or PrimeFaces' own file with a release, names
 * one content for good, so a new release is a new address ({@link VersionedResources}). Anything
 * else (no version, an old or invented one) keeps the container's short caching, and an error
 * answer is never cached.
 */
@WebFilter(filterName = "resourceCaching", urlPatterns = "/jakarta.faces.resource/*")
public class ResourceCaching extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isVersioned(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", IMMUTABLE);
    chain.doFilter(request, new UncachedErrors(response));
  }

  boolean isVersioned(HttpServletRequest request) {
    String version = request.getParameter("v");
    if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        || version == null
        || version.isBlank()) {
      return false;
    }
    return version.equals(ResourceVersion.of(getServletContext()))
        || VersionedResources.PRIMEFACES.equals(request.getParameter("ln"));
  }

  /**
   * Keeps the year against Faces' own caching header (it sets a week), and takes it back as soon as
   * the answer turns out to be an error or a redirect.
   */
  static final class UncachedErrors extends HttpServletResponseWrapper {

    private static final String CACHE_CONTROL = "Cache-Control";

    private boolean immutable = true;

    UncachedErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(immutable && CACHE_CONTROL.equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(immutable && CACHE_CONTROL.equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setStatus(int status) {
      uncacheUnlessOk(status);
      super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      uncacheUnlessOk(status);
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      uncacheUnlessOk(status);
      super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      uncacheUnlessOk(SC_FOUND);
      super.sendRedirect(location);
    }

    private void uncacheUnlessOk(int status) {
      if (status != SC_OK && status != SC_NOT_MODIFIED) {
        immutable = false;
        super.setHeader(CACHE_CONTROL, "no-store");
      }
    }
  }
}
