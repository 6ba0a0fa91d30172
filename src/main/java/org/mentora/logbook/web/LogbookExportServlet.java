package org.mentora.logbook.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.mentora.logbook.LogbookExport;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileDownload;
import org.mentora.platform.i18n.CurrentLocale;

/**
 * Sends logbook exports as attachments: {@code ?enrolment=…&format=pdf|csv|xlsx} for a
 * participant's logbook, {@code ?edition=…&format=csv|xlsx} for an edition's hours. The service
 * decides who may have which; anything refused or unknown is answered as not found.
 */
@WebServlet("/logbook/export")
public class LogbookExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject LogbookExport exports;
  @Inject CurrentLocale currentLocale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String format = String.valueOf(request.getParameter("format"));
    // The reader's language (their preference once signed in), not the browser's header.
    Locale locale = currentLocale.getLocale();
    LogbookExport.Download download;
    try {
      if (request.getParameter("edition") != null) {
        long edition = Long.parseLong(request.getParameter("edition"));
        download =
            switch (format) {
              case "csv" -> exports.editionCsv(edition, locale);
              case "xlsx" -> exports.editionXlsx(edition, locale);
              default -> throw new NotFoundException();
            };
      } else {
        long enrolment = Long.parseLong(request.getParameter("enrolment"));
        download =
            switch (format) {
              case "csv" -> exports.participantCsv(enrolment, locale);
              case "xlsx" -> exports.participantXlsx(enrolment, locale);
              case "pdf" -> exports.participantPdf(enrolment, locale);
              default -> throw new NotFoundException();
            };
      }
    } catch (NumberFormatException | NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.send(response, download.contentType(), download.fileName(), download.content());
  }
}
