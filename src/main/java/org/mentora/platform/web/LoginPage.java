package org.mentora.platform.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentora.platform.security.CurrentUser;
import org.mentora.platform.security.SafeRedirect;
import org.mentora.platform.security.UserLoggedIn;

/**
 * The login form. Says the same thing for an unknown user and a wrong password, keeps the user name
 * that was typed, and gives the session a new id before authenticating so that a session id planted
 * before login is worth nothing after it.
 */
@Named
@RequestScoped
public class LoginPage {

  public static final int USERNAME_MAX = 64;
  public static final int PASSWORD_MAX = 256;

  @Inject SecurityContext securityContext;
  @Inject ExternalContext externalContext;
  @Inject FacesContext facesContext;
  @Inject CurrentUser currentUser;
  @Inject Event<UserLoggedIn> loggedIn;

  private String username;
  private String password;
  private String continueTo;

  /** Someone already logged in has nothing to do here. */
  public void redirectIfLoggedIn() throws IOException {
    if (currentUser.isLoggedIn()) {
      externalContext.redirect(externalContext.getRequestContextPath() + "/home.xhtml");
    }
  }

  public void login() throws IOException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    String name = username == null ? "" : username.trim();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams().credential(new UsernamePasswordCredential(name, new Password(password))));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      loggedIn.fire(new UserLoggedIn(name));
      String target = SafeRedirect.localPath(continueTo).orElse("/home.xhtml");
      externalContext.redirect(externalContext.getRequestContextPath() + target);
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      facesContext.responseComplete();
    } else {
      FacesMessages.error("login.failed");
    }
  }

  /** True when the browser came back with a session the server no longer knows. */
  public boolean isSessionExpired() {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    return request.getRequestedSessionId() != null
        && !request.isRequestedSessionIdValid()
        && externalContext.getRequestParameterMap().get("loggedOut") == null
        && !isPageExpired();
  }

  /**
   * True when a login form came back after its view was gone and {@link LoginPageExpiry} sent the
   * browser here afresh (the view is never restored: see there).
   */
  public boolean isPageExpired() {
    return externalContext.getRequestParameterMap().get(LoginPageExpiry.EXPIRED_PARAMETER) != null;
  }

  public boolean isLoggedOut() {
    return externalContext.getRequestParameterMap().get("loggedOut") != null;
  }

  /** The page the user was going to, from the {@code continue} parameter. */
  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
