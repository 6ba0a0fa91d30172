package org.mentora.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Locale;

/**
 * Lets an upload that is too large reach the page's own check, so the user reads "larger than 10
 * MB" beside the field instead of an error page, without the file ever being held in memory.
 *
 * <p>The container buffers uploads on disk up to the multipart limit in web.xml ({@link
 * #CONTAINER_LIMIT}); this filter hands the application each file part with its true size but with
 * content cut at {@link #READ_LIMIT}, above every application limit (files 10 MB, rosters 20 MB):
 * so every check refuses an oversized file by size or by length, and at most {@code READ_LIMIT}
 * bytes are read. A request larger than the container accepts is answered 413 before it is read.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Must equal {@code max-request-size} of the Faces servlet's multipart-config in web.xml. */
  public static final long CONTAINER_LIMIT = 256L * 1024 * 1024;

  /** Above every application limit: what is read of a larger part is refused as too large. */
  public static final long READ_LIMIT = 32L * 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > CONTAINER_LIMIT) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(new CappedParts(request), response);
  }

  /** The request with every part's content cut at {@link #READ_LIMIT}. */
  static final class CappedParts extends HttpServletRequestWrapper {

    CappedParts(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
      return super.getParts().stream().map(part -> (Part) new CappedPart(part)).toList();
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
      Part part = super.getPart(name);
      return part == null ? null : new CappedPart(part);
    }
  }

  /** A part whose stream ends after {@link #READ_LIMIT} bytes; everything else as is. */
  record CappedPart(Part part) implements Part {

    @Override
    public InputStream getInputStream() throws IOException {
      return new Capped(part.getInputStream(), READ_LIMIT);
    }

    @Override
    public String getContentType() {
      return part.getContentType();
    }

    @Override
    public String getName() {
      return part.getName();
    }

    @Override
    public String getSubmittedFileName() {
      return part.getSubmittedFileName();
    }

    @Override
    public long getSize() {
      return part.getSize();
    }

    @Override
    public void write(String fileName) throws IOException {
      part.write(fileName);
    }

    @Override
    public void delete() throws IOException {
      part.delete();
    }

    @Override
    public String getHeader(String name) {
      return part.getHeader(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
      return part.getHeaders(name);
    }

    @Override
    public Collection<String> getHeaderNames() {
      return part.getHeaderNames();
    }
  }

  /** Reads at most {@code limit + 1} bytes, so a reader still sees that there was more. */
  static final class Capped extends FilterInputStream {

    private long left;

    Capped(InputStream in, long limit) {
      super(in);
      this.left = limit + 1;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(buffer, offset, (int) Math.min(length, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), left);
    }
  }
}
