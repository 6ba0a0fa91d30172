package org.mentora.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pages show a record's name in the visitor's language: {@code #{localName.of(programme)}}. One
 * place decides the language (the request's {@link CurrentLocale}), so no page passes it around.
 */
@Named("localName")
@RequestScoped
public class LocalName {

  /** The request-scoped locale's client proxy, looked up once per deployment. */
  private static volatile CurrentLocale current;

  @Inject CurrentLocale currentLocale;

  /** The name in the visitor's language, else the main name; empty for nothing. */
  public String of(LocalNames named) {
    return named == null ? "" : named.name(currentLocale.getLocale());
  }

  /**
   * The language of the request being served, for services that build rows with names for a page;
   * null outside a request (background work), which shows the main names.
   */
  public static Locale requestLocale() {
    try {
      CurrentLocale locale = current;
      if (locale == null) {
        // CDI.current() searches the bean manager by class loader, a few hundred microseconds, and
        // pages asked once per name shown; the request-scoped bean's client proxy is kept instead.
        locale = CDI.current().select(CurrentLocale.class).get();
        current = locale;
      }
      return locale.getLocale();
    } catch (RuntimeException noRequest) {
      return null;
    }
  }

  /** A name in the request's language, else the main name (see {@link #requestLocale()}). */
  public static String inRequest(LocalNames named) {
    return named == null ? null : named.name(requestLocale());
  }

  /** The offered languages, for the name fields of edit forms. */
  public List<Locale> getLanguages() {
    return Languages.configured().offered();
  }

  /**
   * The names map as the name fields of edit forms write it: a field left empty removes its
   * language instead of putting null, which the map of a saved record (EclipseLink's, a Hashtable)
   * refuses with a NullPointerException.
   */
  public Map<String, String> fields(Map<String, String> names) {
    return new AbstractMap<>() {
      @Override
      public Set<Map.Entry<String, String>> entrySet() {
        return names.entrySet();
      }

      @Override
      public String get(Object language) {
        return names.get(language);
      }

      @Override
      public String put(String language, String name) {
        return name == null ? names.remove(language) : names.put(language, name);
      }
    };
  }
}
