package org.mentora.logbook.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentora.logbook.LogbookReader;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileDownload;

/**
 * Serves a log entry's evidence file to whoever the logbook lets see it (the participant, the
 * routed reviewer, staff of the participant, administrators); anyone else is told it does not
 * exist.
 */
@WebServlet("/logbook/evidence")
public class LogEntryEvidenceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject LogbookReader logbookReader;

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
      LogbookReader.Evidence evidence = logbookReader.evidence(id);
      FileDownload.send(response, evidence.file(), evidence.content());
    } catch (NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
