package org.mentora.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for code that runs outside a Faces request (PDFs, mails, exports, validation): the same
 * bundle as the pages, in any supported language.
 */
public final class Bundles {

  /** Languages with a translation; the first is the default and the fallback. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH);

  private static final ResourceBundle.Control NO_JVM_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  private Bundles() {}

  public static ResourceBundle text(Locale locale) {
    return ResourceBundle.getBundle(
        Text.class.getName(), locale, Text.class.getClassLoader(), NO_JVM_FALLBACK);
  }

  /** The text for a key, formatted with arguments; the key itself when the bundle lacks it. */
  public static String format(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = text(locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (arguments == null || arguments.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }

  public static boolean has(Locale locale, String key) {
    return text(locale).containsKey(key);
  }

  /** The supported locale closest to the wanted one, or the default. */
  public static Locale supported(Locale wanted) {
    if (wanted != null) {
      for (Locale locale : SUPPORTED) {
        if (locale.getLanguage().equals(wanted.getLanguage())) {
          return locale;
        }
      }
    }
    return SUPPORTED.get(0);
  }
}
