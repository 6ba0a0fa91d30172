package org.mentora.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Helpers the pages of every capability share: answering "not found", "gone" or "too many",
 * redirecting.
 */
public final class Pages {

  private Pages() {}

  /** Answers "not found" for a record the user may not see or that does not exist. */
  public static void notFound() {
    sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  /**
   * Answers "gone" (410) for a public address that was valid and was taken down on purpose, e.g. a
   * good practice whose participant withdrew consent: search engines drop it, visitors read why.
   */
  public static void gone(String messageKey) {
    sendError(HttpServletResponse.SC_GONE, messageKey);
  }

  /**
   * Answers 429 with the styled error page, saying what was refused ({@code messageKey}) and when
   * to try again.
   */
  public static void tooManyRequests(long retryAfterSeconds, String messageKey) {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("Retry-After", Long.toString(retryAfterSeconds));
    sendError(TOO_MANY_REQUESTS, messageKey);
  }

  /** Not among {@code HttpServletResponse}'s constants. */
  public static final int TOO_MANY_REQUESTS = 429;

  /** The request attribute naming the bundle key an error page shows instead of its own. */
  public static final String ERROR_MESSAGE = "mentora.errorMessage";

  private static void sendError(int status) {
    sendError(status, null);
  }

  private static void sendError(int status, String messageKey) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (messageKey != null) {
      context.getExternalContext().getRequestMap().put(ERROR_MESSAGE, messageKey);
    }
    try {
      context.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  public static void redirect(String path) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context
          .getExternalContext()
          .redirect(context.getExternalContext().getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
