package org.mentora.platform.files;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentora.platform.NotFoundException;

/**
 * The base of every servlet that hands out one stored file (evidence, project files): a subclass
 * only says how to find the file for a request, through its service, which decides who may have it.
 * A missing id, a malformed one, a missing file and a forbidden one all answer 404, so that nobody
 * learns what exists; a found file goes out as an attachment through {@link FileDownload}.
 */
public abstract class FileDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A stored file and its bytes, as a service hands them out. */
  public record Attachment(StoredFile file, byte[] content) {}

  /**
   * The file this request asks for.
   *
   * @throws NotFoundException when there is none or the caller may not know of it
   * @throws EJBAccessException when the service refuses the caller's role
   */
  protected abstract Attachment find(HttpServletRequest request);

  /** A request parameter as a record id; absent or not a number means not found. */
  protected static long id(HttpServletRequest request, String parameter) {
    try {
      return Long.parseLong(request.getParameter(parameter));
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Attachment attachment;
    try {
      attachment = find(request);
    } catch (NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.send(response, attachment.file(), attachment.content());
  }
}
