package org.mentora.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A folder's address without its slash ({@code /verify}, {@code /logbook}) is answered here with a
 * 301 to the folder, instead of by the container. The container's own redirect happens before any
 * filter runs, so it carried none of the security headers, and it built its absolute {@code
 * Location} from the request's {@code Host} header, which a client may forge. An exact servlet
 * mapping for every folder of the application (found at start-up, so a new folder is covered
 * without anyone remembering) takes precedence over that redirect; filters mapped to the address
 * (e.g. {@code /verify}) still run first.
 */
@WebListener
public class FolderAddresses implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    List<String> folders = new ArrayList<>();
    collect(context, "/", folders);
    if (!folders.isEmpty()) {
      context
          .addServlet("folderAddresses", new ToFolder())
          .addMapping(folders.toArray(String[]::new));
    }
  }

  private static void collect(ServletContext context, String folder, List<String> folders) {
    Set<String> paths = context.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/") && !path.startsWith("/WEB-INF/") && !path.startsWith("/META-INF/")) {
        folders.add(path.substring(0, path.length() - 1));
        collect(context, path, folders);
      }
    }
  }

  /** Answers with a relative 301 to the same address with a slash, keeping the query. */
  static final class ToFolder extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
      String query = request.getQueryString();
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader(
          "Location", request.getRequestURI() + "/" + (query == null ? "" : "?" + query));
    }
  }
}
