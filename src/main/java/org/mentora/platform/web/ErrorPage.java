package org.mentora.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the error pages show: a sentence for the user and a reference id that is also in the log
 * beside the stack trace, never the trace itself.
 *
 * <p>A page of another role answers "not found" with status 404, so that nobody learns which pages
 * exist for other roles. OmniFaces' exception filter and handler log unexpected exceptions with
 * their own id; this bean shows that id and logs only what they did not see.
 */
@Named
@RequestScoped
public class ErrorPage {

  static final String OMNIFACES_ID = "org.omnifaces.exception_uuid";
  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  @Inject ExternalContext externalContext;

  private String reference;
  private int status;

  @PostConstruct
  void init() {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    status = code instanceof Integer value ? value : 500;
    if (status == HttpServletResponse.SC_FORBIDDEN) {
      ((HttpServletResponse) externalContext.getResponse())
          .setStatus(HttpServletResponse.SC_NOT_FOUND);
      status = HttpServletResponse.SC_NOT_FOUND;
    }
    Object logged = request.getAttribute(OMNIFACES_ID);
    if (logged != null) {
      reference = logged.toString();
    } else if (status >= 500) {
      reference = UUID.randomUUID().toString();
      Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      LOG.log(
          Level.SEVERE,
          String.format(
              "[%s] status %d for %s",
              reference, status, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)),
          error);
    }
  }

  /** The sentence a page asked for ({@code Pages.gone}, {@code Pages.tooManyRequests}), if any. */
  public String message(String defaultKey) {
    Object key =
        ((HttpServletRequest) externalContext.getRequest()).getAttribute(Pages.ERROR_MESSAGE);
    return key instanceof String value ? value : defaultKey;
  }

  public String getReference() {
    return reference;
  }

  public int getStatus() {
    return status;
  }
}
