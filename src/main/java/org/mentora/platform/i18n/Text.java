package org.mentora.platform.i18n;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The one bundle every visible word comes from, assembled from one file per capability.
 *
 * <p>Each package owns {@code i18n/<package>.properties} (English, complete) and {@code
 * <package>_<lang>.properties} per translation, so two people working on two capabilities never
 * edit the same file. Keys must be unique across the parts; a duplicate stops the application at
 * first use rather than silently shadowing a text.
 *
 * <p>No class per language: Faces sees this class as {@code #{msg}} (and as its message bundle)
 * through the no-argument constructor, whose texts follow the current view's locale; Java code asks
 * {@link #of(Locale)} through {@link Bundles}. A key missing in a translation falls back to English
 * and is logged once.
 */
public class Text extends ResourceBundle {

  /**
   * The capabilities, in the order of their packages; a missing file is simply skipped. A
   * capability may split its part when two people work on it at once (e.g. {@code roster}).
   */
  public static final List<String> PARTS =
      List.of(
          "platform",
          "directory",
          "people",
          "notification",
          "course",
          "roster",
          "project",
          "logbook",
          "competence",
          "frameworks",
          "certificate",
          "certification",
          "report");

  private static final Logger LOG = Logger.getLogger(Text.class.getName());
  private static final Map<String, Map<String, String>> TEXTS = new ConcurrentHashMap<>();
  private static final Map<String, Text> FIXED = new ConcurrentHashMap<>();
  private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

  /** Null: follows the Faces view's locale (the bundle Faces loads); else always this language. */
  private final Locale fixed;

  public Text() {
    this.fixed = null;
  }

  private Text(Locale locale) {
    this.fixed = locale;
  }

  /** The texts in one language, English where a translation lacks a key. */
  public static Text of(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    return FIXED.computeIfAbsent(language, l -> new Text(Locale.forLanguageTag(l)));
  }

  @Override
  public Locale getLocale() {
    return fixed != null ? fixed : current();
  }

  @Override
  protected Object handleGetObject(String key) {
    String language = getLocale().getLanguage();
    String text = texts(language).get(key);
    if (text == null && !language.isEmpty() && !language.equals("en")) {
      text = texts("").get(key);
      if (text != null
          && Languages.configured().isOffered(language)
          && LOGGED.add(language + ":" + key)) {
        LOG.warning(() -> "No '" + language + "' text for bundle key '" + key + "': English shown");
      }
    }
    return text;
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(handleKeySet());
  }

  @Override
  protected Set<String> handleKeySet() {
    Set<String> keys = new HashSet<>(texts("").keySet());
    keys.addAll(texts(getLocale().getLanguage()).keySet());
    return keys;
  }

  /** The keys a language's own files define, without the English fallback (for checks). */
  public static Set<String> ownKeys(Locale locale) {
    return texts(locale.getLanguage()).keySet();
  }

  private static Locale current() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
      return faces.getViewRoot().getLocale();
    }
    return Languages.configured().defaultLanguage();
  }

  private static Map<String, String> texts(String language) {
    String base = language.equals("en") ? "" : language;
    return TEXTS.computeIfAbsent(base, Text::load);
  }

  static Map<String, String> load(String language) {
    String suffix = language.isEmpty() ? "" : "_" + language;
    Map<String, String> merged = new HashMap<>();
    Map<String, String> owner = new HashMap<>();
    for (String part : PARTS) {
      String resource = "i18n/" + part + suffix + ".properties";
      Properties properties = read(resource);
      for (String key : properties.stringPropertyNames()) {
        String previous = owner.put(key, part);
        if (previous != null) {
          throw new IllegalStateException(
              "Bundle key '" + key + "' is defined in both " + previous + " and " + part);
        }
        merged.put(key, properties.getProperty(key));
      }
    }
    return Collections.unmodifiableMap(merged);
  }

  private static Properties read(String resource) {
    Properties properties = new Properties();
    ClassLoader loader = Text.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return properties;
  }
}
