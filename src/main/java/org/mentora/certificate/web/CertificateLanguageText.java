package org.mentora.certificate.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.mentora.certificate.pdf.CertificateLanguages;
import org.mentora.platform.web.FacesMessages;

/** A certificate's language as the page's reader names it: "Bulgarian", "Greek with English". */
final class CertificateLanguageText {

  private CertificateLanguageText() {}

  static String of(String language, boolean alsoEnglish) {
    if (language == null) {
      return "";
    }
    Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    String name = CertificateLanguages.displayName(Locale.forLanguageTag(language), reader);
    return alsoEnglish ? FacesMessages.text("certification.language.withEnglish", name) : name;
  }
}
