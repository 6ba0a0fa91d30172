package org.mentora.project.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileDownload;
import org.mentora.project.ProjectService;

/**
 * Serves a project's files as attachments: a journal update's attachment ({@code ?update=id}) or
 * the final report ({@code ?report=ideaId}), to whoever may see the idea; to anyone else they do
 * not exist.
 */
@WebServlet("/project/file")
public class ProjectFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ProjectService projects;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      ProjectService.Download download;
      if (request.getParameter("update") != null) {
        download = projects.attachment(Long.parseLong(request.getParameter("update")));
      } else {
        download = projects.finalReport(Long.parseLong(request.getParameter("report")));
      }
      FileDownload.send(response, download.file(), download.content());
    } catch (NumberFormatException | NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
