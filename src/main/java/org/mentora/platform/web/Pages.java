package org.mentora.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Helpers the pages of every capability share: answering "not found", redirecting. */
public final class Pages {

  private Pages() {}

  /** Answers "not found" for a record the user may not see or that does not exist. */
  public static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
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
