package org.mentora.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The one bundle every visible word comes from, assembled from one file per capability.
 *
 * <p>Each package owns {@code i18n/<package>.properties} (and {@code <package>_<lang>.properties}
 * per translation), so two people working on two capabilities never edit the same file. Keys must
 * be unique across the parts; a duplicate stops the application at first use rather than silently
 * shadowing a text. Faces sees this class as {@code #{msg}}; Java code uses {@link Bundles}.
 *
 * <p>A translation is a subclass named {@code Text_<lang>} that passes its locale up; the JDK's
 * bundle chain then falls back to English for keys not yet translated.
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
          "course",
          "roster",
          "project",
          "logbook",
          "competence",
          "frameworks",
          "certificate",
          "certification",
          "report");

  private final Map<String, String> texts;

  public Text() {
    this(Locale.ROOT);
  }

  protected Text(Locale locale) {
    this.texts = load(locale);
  }

  static Map<String, String> load(Locale locale) {
    String suffix = locale.getLanguage().isEmpty() ? "" : "_" + locale.getLanguage();
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

  @Override
  protected Object handleGetObject(String key) {
    return texts.get(key);
  }

  @Override
  public Enumeration<String> getKeys() {
    ResourceBundle parent = this.parent;
    if (parent == null) {
      return Collections.enumeration(texts.keySet());
    }
    java.util.Set<String> keys = new java.util.HashSet<>(texts.keySet());
    keys.addAll(Collections.list(parent.getKeys()));
    return Collections.enumeration(keys);
  }

  @Override
  protected java.util.Set<String> handleKeySet() {
    return texts.keySet();
  }
}
