package org.mentora.project.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.mentora.platform.files.FileDownloadServlet;
import org.mentora.project.ProjectService;

/**
 * Serves a project's files as attachments: a journal update's attachment ({@code ?update=id}) or
 * the final report ({@code ?report=ideaId}), to whoever may see the idea; to anyone else they do
 * not exist.
 */
@WebServlet("/project/file")
public class ProjectFileServlet extends FileDownloadServlet {

  private static final long serialVersionUID = 1L;

  @Inject ProjectService projects;

  @Override
  protected Attachment find(HttpServletRequest request) {
    ProjectService.Download download =
        request.getParameter("update") != null
            ? projects.attachment(id(request, "update"))
            : projects.finalReport(id(request, "report"));
    return new Attachment(download.file(), download.content());
  }
}
