package org.mentora.platform.security;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 *
 * <p>The groups are not trusted for the whole session, though: every request (static resources
 * aside) reads the account once ({@link AccountStates}, one small query, no hashing) and ends the
 * session when the account was disabled, its session generation moved on (new password, "sign out
 * everywhere"), the session is older than {@code mentora.session.absolute-hours} or its last
 * request is older than {@code mentora.session.idle-minutes} (the container's timeout, a little
 * longer, only cleans up); the roles handed to the container are the account's roles now. Password
 * attempts pass the {@link LoginThrottle} first. An ajax request that needs a login gets a Faces
 * partial-response redirect, since a plain HTTP redirect would make the browser fetch the login
 * page as an ajax request.
 */
@ApplicationScoped
public class FormAuthentication implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String CONTINUE_PARAMETER = "continue";

  private static final Logger LOG = Logger.getLogger(FormAuthentication.class.getName());

  /** Request attribute: the groups this request's check found, so it runs once per request. */
  private static final String CHECKED = FormAuthentication.class.getName() + ".checked";

  /** How much longer than the idle limit the container keeps an unused session. */
  private static final long IDLE_BACKSTOP_SECONDS = 120;

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginThrottle throttle;
  @Inject PasswordHasher hasher;
  @Inject Instance<AccountStates> accounts;
  @Inject Clock clock;
  @Inject Instance<HttpServletRequest> currentRequest;

  @Inject
  @ConfigProperty(name = "mentora.session.absolute-hours", defaultValue = "12")
  double absoluteHours;

  @Inject
  @ConfigProperty(name = "mentora.session.idle-minutes", defaultValue = "30")
  double idleMinutes;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return login(request, credential, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      Optional<Set<String>> groups = currentGroups(request, caller);
      if (groups.isPresent()) {
        seen(request, session, caller);
        return context.notifyContainerAboutLogin(caller.name(), groups.get());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      // Authentication runs before the filters: headers and a relative Location are set here.
      SecurityHeaders.apply(request, response);
      return sendToLogin(request, response, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      HttpServletRequest request, Credential credential, HttpMessageContext context) {
    String address = ClientAddress.of(request);
    UsernamePasswordCredential password =
        credential instanceof UsernamePasswordCredential typed ? typed : null;
    if (password != null && locked(password.getCaller(), address)) {
      // Same work and same answer as a wrong password: a lock tells nothing about the account.
      hasher.verifyDummy(password.getPasswordAsString());
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      String name = result.getCallerPrincipal().getName();
      long generation =
          accounts.isResolvable()
              ? accounts.get().current(name).map(a -> a.sessionGeneration()).orElse(0L)
              : 0L;
      HttpSession session = request.getSession(true);
      // The container's idle timeout is only the backstop: the check below ends an idle session
      // first, on the application's clock, so the person is told why.
      session.setMaxInactiveInterval((int) Math.round(idle().toSeconds() + IDLE_BACKSTOP_SECONDS));
      Instant now = clock.instant();
      session.setAttribute(
          SESSION_CALLER,
          new SessionCaller(name, Set.copyOf(result.getCallerGroups()), generation, now, now));
      if (password != null) {
        quietly(() -> throttle.succeeded(password.getCaller()));
      }
    } else if (password != null
        && result.getStatus() == CredentialValidationResult.Status.INVALID) {
      quietly(() -> throttle.failed(password.getCaller(), address));
    }
    return context.notifyContainerAboutLogin(result);
  }

  private boolean locked(String username, String address) {
    try {
      return throttle.locked(username, address);
    } catch (EJBException | PersistenceException e) {
      LOG.log(Level.WARNING, "Login throttle unavailable", e);
      return false;
    }
  }

  /** Two nodes counting the same key at once may lose one count; a login must not fail for it. */
  private static void quietly(Runnable update) {
    try {
      update.run();
    } catch (EJBException | PersistenceException e) {
      LOG.log(Level.FINE, "Login throttle update lost", e);
    }
  }

  /** The caller's groups as the account has them now, or empty when the session must end. */
  @SuppressWarnings("unchecked")
  private Optional<Set<String>> currentGroups(HttpServletRequest request, SessionCaller caller) {
    if (isStaticResource(request) || !accounts.isResolvable()) {
      // Public files: nothing there depends on a role, so no query for each of a page's files.
      return Optional.of(caller.groups());
    }
    if (request.getAttribute(CHECKED) instanceof Optional<?> known) {
      return (Optional<Set<String>>) known;
    }
    Optional<Set<String>> groups =
        SessionValidity.groups(
            caller.generation(),
            caller.loggedInAt(),
            accounts.get().current(caller.name()),
            caller.lastSeen(),
            clock.instant(),
            Duration.ofSeconds(Math.round(absoluteHours * 3600)),
            idle());
    request.setAttribute(CHECKED, groups);
    return groups;
  }

  private Duration idle() {
    return Duration.ofSeconds(Math.round(idleMinutes * 60));
  }

  /**
   * Notes the request as the session's latest activity, at most once a minute: each write is a
   * session change that a cluster would replicate.
   */
  private void seen(HttpServletRequest request, HttpSession session, SessionCaller caller) {
    if (isStaticResource(request)) {
      return;
    }
    Instant now = clock.instant();
    if (caller.lastSeen() == null || !now.isBefore(caller.lastSeen().plusSeconds(60))) {
      session.setAttribute(SESSION_CALLER, caller.seenAt(now));
    }
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /**
   * The session that changed its own password (or signed its account out everywhere) moves to the
   * new generation and stays logged in; every other session of the account ends.
   */
  void keepCurrentSession(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
    if (!currentRequest.isResolvable()) {
      return;
    }
    try {
      HttpSession session = currentRequest.get().getSession(false);
      if (session != null
          && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller
          && caller.name().equals(ended.username())) {
        session.setAttribute(
            SESSION_CALLER,
            new SessionCaller(
                caller.name(),
                caller.groups(),
                ended.generation(),
                caller.loggedInAt(),
                caller.lastSeen()));
      }
    } catch (IllegalStateException | jakarta.enterprise.context.ContextNotActiveException e) {
      // No HTTP request behind this change (start-up, background work): no session to keep.
    }
  }

  /**
   * A full request is redirected to the login page; an ajax request gets the Faces answer that
   * makes the browser load the login page as a whole page.
   */
  private static AuthenticationStatus sendToLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
        // Relative and with the security headers: this runs before the filters.
        SecurityHeadersFilter.redirect(response, loginUrl(request));
        return AuthenticationStatus.SEND_CONTINUE;
      }
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Cache-Control", "no-store");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + loginUrl(request).replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
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

  /**
   * Who logged in on this session, with the groups the identity stores gave them, the account's
   * session generation then, and when.
   */
  record SessionCaller(
      String name, Set<String> groups, long generation, Instant loggedInAt, Instant lastSeen)
      implements Serializable {
    private static final long serialVersionUID = 3L;

    SessionCaller seenAt(Instant moment) {
      return new SessionCaller(name, groups, generation, loggedInAt, moment);
    }
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
