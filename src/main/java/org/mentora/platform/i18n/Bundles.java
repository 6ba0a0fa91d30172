package org.mentora.platform.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for code that runs outside a Faces request (PDFs, mails, exports, validation): the same
 * bundle as the pages, in any offered language. Patterns are ICU MessageFormat, so counts use the
 * language's plural rules ({@code {0,plural,one{# entry} other{# entries}}}) and numbers its
 * decimal separator.
 */
public final class Bundles {

  private Bundles() {}

  /** The installation's languages (configuration {@code mentora.languages}). */
  public static List<Locale> languages() {
    return Languages.configured().offered();
  }

  public static ResourceBundle text(Locale locale) {
    return Text.of(locale);
  }

  /** The text for a key, formatted with arguments; the key itself when the bundle lacks it. */
  public static String format(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = text(locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return pattern(locale, pattern, arguments);
  }

  /** Formats a bundle pattern as {@link #format} does; for texts already looked up. */
  public static String pattern(Locale locale, String pattern, Object... arguments) {
    if (arguments == null || arguments.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }

  public static boolean has(Locale locale, String key) {
    return text(locale).containsKey(key);
  }

  /** The offered locale closest to the wanted one, or the installation's default. */
  public static Locale supported(Locale wanted) {
    return Languages.configured().closest(wanted);
  }

  /** The installation's default language. */
  public static Locale defaultLanguage() {
    return Languages.configured().defaultLanguage();
  }
}
