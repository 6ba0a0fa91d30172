package org.mentora.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.mentora.platform.i18n.Bundles;
import org.mentora.platform.i18n.Formats;

/**
 * Dates and moments as people read them, in the viewer's language ({@link Formats}) and the
 * programme's time zone. (Faces 4.0 has no converter for {@link Instant}.)
 */
@Named("dates")
@ApplicationScoped
public class DatesFormat {

  @Inject Clock clock;

  public String date(LocalDate date) {
    return Formats.date(locale(), date);
  }

  public String day(Instant instant) {
    return instant == null ? "" : date(LocalDate.ofInstant(instant, clock.getZone()));
  }

  public String moment(Instant instant) {
    return Formats.moment(locale(), instant, clock.getZone());
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Bundles.defaultLanguage();
  }
}
