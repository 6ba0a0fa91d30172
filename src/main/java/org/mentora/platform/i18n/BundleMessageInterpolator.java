package org.mentora.platform.i18n;

import jakarta.faces.context.FacesContext;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Lets Bean Validation messages come from the application bundle: a constraint written as {@code
 * message = "{person.email.invalid}"} is looked up in {@link Text} in the user's language, then the
 * provider fills in attributes such as {@code {max}}.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

  private final MessageInterpolator delegate =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, currentLocale());
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    String resolved = resolve(template, locale);
    return delegate.interpolate(resolved, context, locale);
  }

  static String resolve(String template, Locale locale) {
    if (template != null && template.startsWith("{") && template.endsWith("}")) {
      String key = template.substring(1, template.length() - 1);
      if (Bundles.has(locale, key)) {
        return Bundles.format(locale, key);
      }
    }
    return template;
  }

  private static Locale currentLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      return faces.getViewRoot().getLocale();
    }
    return Bundles.defaultLanguage();
  }
}
