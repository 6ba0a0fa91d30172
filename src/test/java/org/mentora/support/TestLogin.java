package org.mentora.support;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Logs the current in-container test request in as someone, through the application's own
 * authentication mechanism and identity store, so services see that caller and their roles.
 */
public final class TestLogin {

  private TestLogin() {}

  public static void as(String username, String password) {
    logout();
    HttpServletRequest request = CapturedRequest.request();
    AuthenticationStatus status =
        CDI.current()
            .select(SecurityContext.class)
            .get()
            .authenticate(
                request,
                CapturedRequest.response(),
                withParams()
                    .newAuthentication(true)
                    .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status != AuthenticationStatus.SUCCESS) {
      throw new IllegalStateException("Test login failed for " + username + ": " + status);
    }
  }

  public static void logout() {
    HttpServletRequest request = CapturedRequest.request();
    try {
      request.logout();
    } catch (ServletException e) {
      throw new IllegalStateException(e);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
