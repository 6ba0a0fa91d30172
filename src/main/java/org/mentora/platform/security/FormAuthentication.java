package org.mentora.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mentora.platform.web.SecurityHeaders;

/**
 * Form login through our own Faces page.
 *
 * <p>An anonymous request for a protected page is redirected to {@code /login.xhtml?continue=…};
 * after a successful login the page sends the user on to that address (only ever a path of this
 * application). Unlike Jakarta Security's built-in LoginToContinue, this never replays a saved
 * request: a form posted into an expired session is shown afresh rather than submitted blind, and
 * the continued request has the caller's roles like any other. The login itself is validated by the
 * identity stores and kept in the session.
 */
@AutoApplySession
@ApplicationScoped
public class FormAuthentication implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String CONTINUE_PARAMETER = "continue";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    if (context.isProtected()) {
      SecurityHeaders.apply(request, response);
      return context.redirect(loginUrl(request));
    }
    return context.doNothing();
  }

  static String loginUrl(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String base = request.getContextPath() + LOGIN_PAGE;
    if (target.isEmpty() || target.equals("/")) {
      return base;
    }
    return base
        + "?"
        + CONTINUE_PARAMETER
        + "="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
