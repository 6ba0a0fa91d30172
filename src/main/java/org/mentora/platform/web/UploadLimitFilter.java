package org.mentora.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Keeps an upload the server will not take from ending in an error 500, on every upload page at
 * once.
 *
 * <p>Files are refused by the application with a message beside their field (10 MB for evidence and
 * PDFs, 20 MB for rosters: {@code FileRules}, {@code RosterFile}, {@code FrameworkCsv}), which
 * needs the whole form to arrive so that the page can be shown again with everything typed. So the
 * container takes requests up to {@link #CONTAINER_LIMIT} (the Faces servlet's multipart-config in
 * web.xml; parts over 1 MB wait on disk, never in memory, and are deleted with the request), and
 * the pages check each file's size before reading it. Only a request larger than that is refused
 * here, as 413 with a page in the visitor's language: before it is read when it says its length,
 * else when the container stops reading it (Payara throws an {@code IllegalStateException} caused
 * by its {@code SizeException} from the first {@code getParameter} or {@code getParts}). After the
 * request, the parts' files are deleted from disk.
 *
 * <p>Mapped first in web.xml, for every address, so that no other filter reads a parameter of such
 * a request before it.
 */
public class UploadLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());

  /** Must equal max-request-size of the Faces servlet's multipart-config in web.xml. */
  public static final long CONTAINER_LIMIT = 256L * 1024 * 1024;

  static final int TOO_LARGE = 413;
  static final String PAGE = "/WEB-INF/errorpages/413.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isMultipart(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > CONTAINER_LIMIT) {
      refuse(request, response);
      return;
    }
    Tracked tracked = new Tracked(request);
    try {
      chain.doFilter(tracked, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (!overLimit(failure) || response.isCommitted()) {
        throw failure;
      }
      response.reset();
      refuse(request, response);
    } finally {
      if (tracked.read) {
        deleteFiles(request);
      }
    }
  }

  /**
   * Deletes the files the container kept on disk for the request's parts. Payara would delete them
   * only when the part is garbage collected, so every upload over 1 MB would stay in the temporary
   * folder for long.
   */
  private static void deleteFiles(HttpServletRequest request) {
    try {
      for (Part part : request.getParts()) {
        part.delete();
      }
    } catch (IOException | ServletException | RuntimeException notParsed) {
      LOG.fine(() -> "No parts to delete: " + notParsed);
    }
  }

  static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equalsIgnoreCase(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /** Whether the container gave up reading the request because of its multipart limits. */
  static boolean overLimit(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getName();
      if (name.endsWith("SizeException") || name.contains("SizeLimitExceeded")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * Shows the 413 page. The request is handed on without its body: reading a parameter would make
   * the container parse the oversized request again, and a Faces page reads several.
   */
  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    LOG.info(
        () ->
            "Refused an upload of "
                + request.getContentLengthLong()
                + " bytes to "
                + request.getRequestURI());
    response.setStatus(TOO_LARGE);
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, TOO_LARGE);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
    request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
  }

  /**
   * The request as given, noting whether anything asked for its parameters or parts (which makes
   * the container read the body into parts): only then are there files to delete.
   */
  static final class Tracked extends HttpServletRequestWrapper {

    boolean read;

    Tracked(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      read = true;
      return super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      read = true;
      return super.getParameterMap();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      read = true;
      return super.getParameterNames();
    }

    @Override
    public String[] getParameterValues(String name) {
      read = true;
      return super.getParameterValues(name);
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
      read = true;
      return super.getParts();
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
      read = true;
      return super.getPart(name);
    }
  }

  /** The request as a page sees it when its body is not to be read: no parameters, no parts. */
  static final class WithoutBody extends HttpServletRequestWrapper {

    WithoutBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public Collection<Part> getParts() {
      return List.of();
    }

    @Override
    public Part getPart(String name) {
      return null;
    }
  }
}
