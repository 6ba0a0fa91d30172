package org.mentora.certificate.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.mentora.certificate.CertificateService;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileDownload;

/**
 * Certificate PDFs: {@code /certificates/pdf?id=…} for the holder or an administrator, and {@code
 * /certificates/zip?edition=…[&ids=1,2,3]} (administrators) streaming an edition's PDFs as one ZIP.
 * The service decides who may have what; anything else is not found. Not a {@link
 * org.mentora.platform.files.FileDownloadServlet}: the files are made, not stored, and a ZIP is
 * streamed as it is written; the attachment headers are {@link FileDownload}'s all the same.
 */
@WebServlet(urlPatterns = {"/certificates/pdf", "/certificates/zip"})
public class CertificateDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CertificateService certificates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      if (request.getServletPath().endsWith("/zip")) {
        zip(request, response);
      } else {
        pdf(request, response);
      }
    } catch (NotFoundException | EJBAccessException | NumberFormatException e) {
      if (!response.isCommitted()) {
        response.reset();
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (RuntimeException e) {
      if (e.getCause() instanceof NotFoundException && !response.isCommitted()) {
        response.reset();
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
  }

  private void pdf(HttpServletRequest request, HttpServletResponse response) throws IOException {
    CertificateService.Download download =
        certificates.pdf(Long.parseLong(String.valueOf(request.getParameter("id"))));
    FileDownload.attachmentHeaders(response, "application/pdf", download.filename());
    response.setContentLengthLong(download.content().length);
    response.getOutputStream().write(download.content());
  }

  private void zip(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long edition = Long.parseLong(String.valueOf(request.getParameter("edition")));
    String idList = request.getParameter("ids");
    List<Long> ids =
        idList == null || idList.isBlank()
            ? List.of()
            : Arrays.stream(idList.split(",")).map(String::strip).map(Long::valueOf).toList();
    FileDownload.attachmentHeaders(response, "application/zip", "certificates-" + edition + ".zip");
    certificates.zip(edition, ids, response.getOutputStream());
  }
}
