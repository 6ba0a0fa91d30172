package org.mentora.course.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentora.course.WaiverService;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileDownload;

/**
 * Serves a waiver's evidence file as an attachment to whoever may see that participant; anyone else
 * is told it does not exist.
 */
@WebServlet("/course/waiver-evidence")
public class WaiverEvidenceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject WaiverService waivers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      WaiverService.Evidence evidence = waivers.evidence(id);
      FileDownload.send(response, evidence.file(), evidence.content());
    } catch (NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
