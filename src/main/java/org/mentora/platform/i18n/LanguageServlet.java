package org.mentora.platform.i18n;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.mentora.platform.security.UserDirectory;

/**
 * The language switcher's target (a plain form in every page's header, so it works without scripts
 * and on public pages): remembers the choice in a cookie and the session, makes it a signed-in
 * person's preferred language, and sends the visitor back to the page they were on.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  @Inject transient CurrentLocale currentLocale;
  @Inject transient Instance<UserDirectory> directory;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Locale> chosen = Languages.configured().byTag(request.getParameter("lang"));
    if (chosen.isPresent()) {
      String tag = chosen.get().getLanguage();
      Cookie cookie = new Cookie(CurrentLocale.COOKIE, tag);
      cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
      cookie.setMaxAge(ONE_YEAR);
      cookie.setHttpOnly(true);
      cookie.setSecure(request.isSecure());
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
      if (request.getSession(false) != null) {
        currentLocale.prefer(tag);
      }
      String user = request.getRemoteUser();
      if (user != null && directory.isResolvable()) {
        directory.get().preferLanguage(user, tag);
      }
    }
    response.sendRedirect(request.getContextPath() + back(request.getParameter("return")));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/");
  }

  /** A path inside the application to return to; anything else goes home. */
  static String back(String candidate) {
    if (candidate == null
        || !candidate.startsWith("/")
        || candidate.startsWith("//")
        || candidate.length() > 2000
        || candidate.contains("\\")
        || candidate.contains("/WEB-INF")
        || candidate.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return candidate;
  }
}
