package org.mentora.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.mentora.platform.security.FormAuthentication;

/**
 * A login form whose view is gone (open too long, or a forged view state) is never restored: the
 * browser is sent to a fresh login page that says why, keeping where the user was going. Restoring
 * it would let another site log a visitor in as someone else with a made-up view state. Wraps
 * OmniFaces' handler (registered after it in faces-config.xml); every other error goes on to it.
 */
public class LoginPageExpiry extends ExceptionHandlerWrapper {

  public static final String EXPIRED_PARAMETER = "expired";

  LoginPageExpiry(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ViewExpiredException expired = expired(events.next().getContext().getException());
      if (expired != null
          && FormAuthentication.LOGIN_PAGE.equals(expired.getViewId())
          && !context.getResponseComplete()) {
        events.remove();
        freshLoginPage(context.getExternalContext());
        context.responseComplete();
      }
    }
    getWrapped().handle();
  }

  private static void freshLoginPage(ExternalContext external) {
    String url =
        external.getRequestContextPath()
            + FormAuthentication.LOGIN_PAGE
            + "?"
            + EXPIRED_PARAMETER
            + "=true";
    String target = external.getRequestParameterMap().get(FormAuthentication.CONTINUE_PARAMETER);
    if (target != null && !target.isBlank()) {
      url +=
          "&"
              + FormAuthentication.CONTINUE_PARAMETER
              + "="
              + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
    try {
      external.redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ViewExpiredException expired(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException expired) {
        return expired;
      }
    }
    return null;
  }

  /** Registered in faces-config.xml after OmniFaces' factory, so it wraps OmniFaces' handler. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new LoginPageExpiry(getWrapped().getExceptionHandler());
    }
  }
}
