package org.mentora.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Ends the login and throws the session away, then shows the login page saying so. */
@Named
@RequestScoped
public class LogoutAction {

  @Inject ExternalContext externalContext;

  public void logout() throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    request.logout();
    externalContext.invalidateSession();
    externalContext.redirect(
        externalContext.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }
}
