package org.mentora.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one converter of every hours input (through the {@code m:hours} tag): the text typed becomes
 * whole minutes by {@link HoursInput}, or the input keeps the text and shows why it was refused.
 * The input's attributes {@value #MAX_HOURS} (default 24) and {@value #ZERO_ALLOWED} set the
 * limits; nothing typed is null, so {@code required} and the services decide about it.
 */
@FacesConverter(HoursConverter.ID)
public class HoursConverter implements Converter<Integer> {

  public static final String ID = "mentora.hours";
  public static final String MAX_HOURS = "maxHours";
  public static final String ZERO_ALLOWED = "zeroAllowed";

  @Override
  public Integer getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    HoursInput rules = rules(component).in(locale(context));
    HoursInput.Outcome outcome = rules.parse(value);
    if (outcome.accepted()) {
      return outcome.minutes();
    }
    String text =
        FacesMessages.text(outcome.refusal().messageKey(), HoursFormat.toHours(rules.maxMinutes()));
    throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Integer minutes) {
    return minutes == null ? "" : HoursInput.text(minutes, locale(context));
  }

  static HoursInput rules(UIComponent component) {
    HoursInput rules = HoursInput.upToHours(number(component.getAttributes().get(MAX_HOURS), 24));
    Object zero = component.getAttributes().get(ZERO_ALLOWED);
    return Boolean.parseBoolean(String.valueOf(zero)) ? rules.allowingZero() : rules;
  }

  private static int number(Object value, int fallback) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      return new BigDecimal(text.strip()).intValueExact();
    }
    return fallback;
  }

  private static Locale locale(FacesContext context) {
    return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
  }
}
