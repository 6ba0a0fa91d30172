package org.mentora.platform.i18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The languages this installation speaks, from configuration: {@code mentora.languages} (the
 * offered languages, in the order the switcher shows them) and {@code mentora.default-language}
 * (for a visitor whose browser asks for none of them). Adding a language is bundle files plus its
 * tag in that key; no Java knows the list.
 */
public final class Languages {

  static final String LANGUAGES_KEY = "mentora.languages";
  static final String DEFAULT_KEY = "mentora.default-language";
  static final String FALLBACK_LANGUAGES = "en,lv,bg,el,it";

  private static volatile Languages configured;

  private final List<Locale> offered;
  private final Locale preferred;

  Languages(String languages, String defaultLanguage) {
    List<Locale> list = new ArrayList<>();
    for (String tag : (languages == null ? "" : languages).split("[,;\\s]+")) {
      if (!tag.isBlank()) {
        Locale locale = Locale.forLanguageTag(tag.strip().toLowerCase(Locale.ROOT));
        if (!locale.getLanguage().isEmpty() && !list.contains(locale)) {
          list.add(locale);
        }
      }
    }
    if (!list.contains(Locale.ENGLISH)) {
      // English is the bundle every key exists in; it stays offered so no text is ever missing.
      list.add(Locale.ENGLISH);
    }
    this.offered = List.copyOf(list);
    Locale wanted =
        defaultLanguage == null || defaultLanguage.isBlank()
            ? Locale.ENGLISH
            : Locale.forLanguageTag(defaultLanguage.strip().toLowerCase(Locale.ROOT));
    this.preferred = offered.contains(wanted) ? wanted : Locale.ENGLISH;
  }

  /** The installation's languages, read once from MicroProfile Config (defaults outside it). */
  public static Languages configured() {
    Languages languages = configured;
    if (languages == null) {
      languages = new Languages(read(LANGUAGES_KEY, FALLBACK_LANGUAGES), read(DEFAULT_KEY, "en"));
      configured = languages;
    }
    return languages;
  }

  static String read(String key, String fallback) {
    try {
      return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(fallback);
    } catch (RuntimeException | LinkageError e) {
      // Plain unit tests and tools run without a MicroProfile Config implementation.
      String env = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
      return env != null ? env : System.getProperty(key, fallback);
    }
  }

  /** The offered languages, in the configured order. */
  public List<Locale> offered() {
    return offered;
  }

  /** For visitors whose browser asks for none of the offered languages. */
  public Locale defaultLanguage() {
    return preferred;
  }

  public boolean isOffered(String tag) {
    return byTag(tag).isPresent();
  }

  /** The offered language with this tag ({@code lv}, {@code LV}, {@code lv-LV}), if any. */
  public Optional<Locale> byTag(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    return offered.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /** The offered language closest to the wanted one, or the default. */
  public Locale closest(Locale wanted) {
    return wanted == null ? preferred : byTag(wanted.toLanguageTag()).orElse(preferred);
  }

  /** The first offered language among the browser's, in the browser's order of preference. */
  public Locale negotiate(Enumeration<Locale> requested) {
    if (requested != null) {
      for (Locale wanted : Collections.list(requested)) {
        Optional<Locale> match = byTag(wanted.toLanguageTag());
        if (match.isPresent()) {
          return match.get();
        }
      }
    }
    return preferred;
  }
}
