package org.mentora.platform.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Texts for code that runs outside a Faces request (PDFs, mails, exports, validation): the same
 * bundle as the pages, in any offered language. Patterns are ICU MessageFormat, so counts use the
 * language's plural rules ({@code {0,plural,one{# entry} other{# entries}}}) and numbers its
 * decimal separator.
 */
public final class Bundles {

  private static final Logger LOG = Logger.getLogger(Bundles.class.getName());

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
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = Formats.argument(locale, arguments[i]);
    }
    arguments = shown;
    try {
      return new MessageFormat(pattern, locale).format(arguments);
    } catch (IllegalArgumentException e) {
      // A count given as text ("1.5"): read it as the number it is rather than fail the page.
      Object[] numbers = new Object[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        numbers[i] = asNumber(arguments[i]);
      }
      try {
        return new MessageFormat(pattern, locale).format(numbers);
      } catch (IllegalArgumentException again) {
        LOG.warning(() -> "Cannot format '" + pattern + "': " + again.getMessage());
        return pattern;
      }
    }
  }

  private static Object asNumber(Object argument) {
    if (argument instanceof String text && text.strip().matches("-?\\d+([.,]\\d+)?")) {
      return new java.math.BigDecimal(text.strip().replace(',', '.'));
    }
    return argument;
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
