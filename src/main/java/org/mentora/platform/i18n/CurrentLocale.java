package org.mentora.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the pages speak to this visitor, always an offered one: the language chosen in this
 * session (the person's preference from login on, or the switcher), else the switcher's cookie,
 * else the browser's {@code Accept-Language}, else the installation's default. Request-scoped and
 * kept in the session only once chosen, so an anonymous reader of the catalogue gets no session.
 */
@Named("currentLocale")
@RequestScoped
public class CurrentLocale {

  /** Session attribute holding the chosen language tag. */
  public static final String SESSION_KEY = "org.mentora.language";

  /** Cookie remembering the switcher's choice across logout and for anonymous visitors. */
  public static final String COOKIE = "mentora-lang";

  @Inject HttpServletRequest request;

  private Locale resolved;

  public Locale getLocale() {
    if (resolved == null) {
      resolved = resolve(request);
    }
    return resolved;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** The offered languages, for the switcher. */
  public List<Locale> getLanguages() {
    return Bundles.languages();
  }

  /** Where the switcher sends the visitor back: this page, with its query, inside the app. */
  public String getReturnPath() {
    Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
    String uri = forwarded instanceof String original ? original : request.getRequestURI();
    Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
    String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    return query == null || query.isEmpty() ? path : path + "?" + query;
  }

  /** Prefers a language tag such as {@code lv} for this session; tags not offered are ignored. */
  public void prefer(String languageTag) {
    Optional<Locale> chosen = Languages.configured().byTag(languageTag);
    if (chosen.isPresent()) {
      request.getSession().setAttribute(SESSION_KEY, chosen.get().getLanguage());
      resolved = chosen.get();
    }
  }

  static Locale resolve(HttpServletRequest request) {
    Languages languages = Languages.configured();
    if (request == null) {
      return languages.defaultLanguage();
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof String tag) {
      Optional<Locale> chosen = languages.byTag(tag);
      if (chosen.isPresent()) {
        return chosen.get();
      }
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          Optional<Locale> remembered = languages.byTag(cookie.getValue());
          if (remembered.isPresent()) {
            return remembered.get();
          }
        }
      }
    }
    return languages.negotiate(request.getLocales());
  }
}
