package org.mentora.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language the pages speak to this visitor: the person's preferred language once known, the
 * browser's before that, always one with a translation.
 */
@Named("currentLocale")
@SessionScoped
public class CurrentLocale implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale chosen;

  public Locale getLocale() {
    if (chosen != null) {
      return chosen;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale requested = faces == null ? null : faces.getExternalContext().getRequestLocale();
    return Bundles.supported(requested);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** Prefers a language tag such as {@code lv} or {@code en}; unsupported tags fall back. */
  public void prefer(String languageTag) {
    chosen =
        languageTag == null || languageTag.isBlank()
            ? null
            : Bundles.supported(Locale.forLanguageTag(languageTag));
  }
}
