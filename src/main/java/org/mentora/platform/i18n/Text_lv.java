package org.mentora.platform.i18n;

import java.util.Locale;

/**
 * Latvian texts, for now only the printed certificate's ({@code certificate_lv.properties}); every
 * other key falls back to English through the JDK's bundle chain. Latvian is not a UI language
 * ({@link Bundles#SUPPORTED}); certificates choose it per certificate.
 */
public class Text_lv extends Text {

  public Text_lv() {
    super(new Locale("lv"));
  }
}
