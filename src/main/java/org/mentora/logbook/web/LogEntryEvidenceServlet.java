package org.mentora.logbook.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.mentora.logbook.LogbookReader;
import org.mentora.platform.files.FileDownloadServlet;

/**
 * Serves a log entry's evidence file to whoever the logbook lets see it (the participant, the
 * routed reviewer, staff of the participant, administrators); anyone else is told it does not
 * exist.
 */
@WebServlet("/logbook/evidence")
public class LogEntryEvidenceServlet extends FileDownloadServlet {

  private static final long serialVersionUID = 1L;

  @Inject LogbookReader logbookReader;

  @Override
  protected Attachment find(HttpServletRequest request) {
    LogbookReader.Evidence evidence = logbookReader.evidence(id(request, "id"));
    return new Attachment(evidence.file(), evidence.content());
  }
}
