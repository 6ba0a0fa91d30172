package org.mentora.certificate.pdf;

import java.util.List;
import java.util.Locale;
import org.mentora.platform.i18n.Bundles;

/**
 * The languages a certificate can be printed in: those with the {@code certificate.pdf.*} texts
 * translated. Wider than the UI's languages ({@link Bundles#SUPPORTED}) on purpose.
 */
public final class CertificateLanguages {

  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, new Locale("lv"));

  private CertificateLanguages() {}

  public static List<Locale> certificateLanguages() {
    return LANGUAGES;
  }

  /** The certificate language closest to the wanted one, or English. */
  public static Locale certificateLanguage(Locale wanted) {
    if (wanted != null) {
      for (Locale language : LANGUAGES) {
        if (language.getLanguage().equals(wanted.getLanguage())) {
          return language;
        }
      }
    }
    return LANGUAGES.get(0);
  }

  /** The language's name, written in the reader's language ({@code in}). */
  public static String displayName(Locale language, Locale in) {
    return Bundles.format(in, "certificate.pdf.language." + language.getLanguage());
  }
}
