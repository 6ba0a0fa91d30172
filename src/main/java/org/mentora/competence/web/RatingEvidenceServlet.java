package org.mentora.competence.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.mentora.competence.AssessmentService;
import org.mentora.platform.files.FileDownloadServlet;

/**
 * Serves a rating's evidence file to whoever may see the participant; to others it is not found.
 */
@WebServlet("/competence/evidence")
public class RatingEvidenceServlet extends FileDownloadServlet {

  private static final long serialVersionUID = 1L;

  @Inject AssessmentService assessments;

  @Override
  protected Attachment find(HttpServletRequest request) {
    AssessmentService.EvidenceFile evidence = assessments.evidenceFile(id(request, "id"));
    return new Attachment(evidence.file(), evidence.content());
  }
}
