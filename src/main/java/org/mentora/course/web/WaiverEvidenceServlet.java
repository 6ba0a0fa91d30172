package org.mentora.course.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.mentora.course.WaiverService;
import org.mentora.platform.files.FileDownloadServlet;

/**
 * Serves a waiver's evidence file as an attachment to whoever may see that participant; anyone else
 * is told it does not exist.
 */
@WebServlet("/course/waiver-evidence")
public class WaiverEvidenceServlet extends FileDownloadServlet {

  private static final long serialVersionUID = 1L;

  @Inject WaiverService waivers;

  @Override
  protected Attachment find(HttpServletRequest request) {
    WaiverService.Evidence evidence = waivers.evidence(id(request, "id"));
    return new Attachment(evidence.file(), evidence.content());
  }
}
