package org.mentora.certificate.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentora.platform.i18n.Languages;

/**
 * The languages a certificate can be printed in: the installation's configured languages, whose
 * texts come from the bundles. No language is named here, so a further language is its bundle files
 * and its tag in {@code mentora.languages}.
 */
public final class CertificateLanguages {

  private CertificateLanguages() {}

  public static List<Locale> certificateLanguages() {
    return Languages.configured().offered();
  }

  /** The certificate language closest to the wanted one, or the installation's default. */
  public static Locale certificateLanguage(Locale wanted) {
    return Languages.configured().closest(wanted);
  }

  /**
   * The first of the given language tags that the installation offers (blank and unknown ones are
   * skipped), else the installation's default language.
   */
  public static Locale firstOffered(String... tags) {
    Languages languages = Languages.configured();
    for (String tag : tags) {
      Optional<Locale> offered = languages.byTag(tag);
      if (offered.isPresent()) {
        return offered.get();
      }
    }
    return languages.defaultLanguage();
  }

  /** The language's name, written in the reader's language ({@code in}). */
  public static String displayName(Locale language, Locale in) {
    return language.getDisplayLanguage(in);
  }
}
