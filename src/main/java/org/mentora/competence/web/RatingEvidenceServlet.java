package org.mentora.competence.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentora.competence.AssessmentService;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileDownload;

/**
 * Serves a rating's evidence file to whoever may see the participant; to others it is not found.
 */
@WebServlet("/competence/evidence")
public class RatingEvidenceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject AssessmentService assessments;

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
      AssessmentService.EvidenceFile evidence = assessments.evidenceFile(id);
      FileDownload.send(response, evidence.file(), evidence.content());
    } catch (NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
