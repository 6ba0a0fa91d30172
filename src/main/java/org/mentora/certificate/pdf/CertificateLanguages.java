package org.mentora.certificate.pdf;

import java.util.List;
import java.util.Locale;
import org.mentora.platform.i18n.Bundles;

/** The languages a certificate can be printed in: the installation's languages. */
public final class CertificateLanguages {

  private CertificateLanguages() {}

  public static List<Locale> certificateLanguages() {
    return Bundles.languages();
  }

  /** The certificate language closest to the wanted one, or the installation's default. */
  public static Locale certificateLanguage(Locale wanted) {
    return Bundles.supported(wanted);
  }

  /** The language's name, written in the reader's language ({@code in}). */
  public static String displayName(Locale language, Locale in) {
    return Bundles.format(in, "certificate.pdf.language." + language.getLanguage());
  }
}
