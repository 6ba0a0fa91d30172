package org.mentora.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.mentora.platform.web.SecurityHeaders;
import org.mentora.platform.web.SecurityHeadersFilter;

/**
 * Form login through our own Faces page.
 *
 * <p>An anonymous request for a protected page is redirected to {@code /login.xhtml?continue=…};
 * after a successful login the page sends the user on to that address (only ever a path of this
 * application). Unlike Jakarta Security's built-in LoginToContinue, this never replays a saved
 * request: a form posted into an expired session is shown afresh rather than submitted blind, and
 * the continued request has the caller's roles like any other. The login itself is validated by the
 * identity stores and kept in the session.
 *
 * <p>The session keeps the caller's name and groups as they were validated, and every request hands
 * both to the container. Jakarta Security's {@code @AutoApplySession} hands over the name alone and
 * lets Payara look the groups up again; under concurrent requests Payara 6.2025.10 now and then
 * finds none (payara/Payara#6145), and a logged-in user was refused a page of their own role (4.5 %
 * of requests with 50 users, see docs/benchmarks.md).
 */
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
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        request
            .getSession(true)
            .setAttribute(
                SESSION_CALLER,
                new SessionCaller(
                    result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      }
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      // Authentication runs before the filters: headers and a relative Location are set here.
      SecurityHeaders.apply(request, response);
      try {
        SecurityHeadersFilter.redirect(response, loginUrl(request));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.doNothing();
  }

  /** Logging out forgets the caller kept in the session. */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  /** The session attribute holding the logged-in caller. */
  static final String SESSION_CALLER = FormAuthentication.class.getName() + ".caller";

  /** Who logged in on this session, with the groups the identity stores gave them. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {
    private static final long serialVersionUID = 1L;
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
