package org.mentora.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The one converter of every date input (through the {@code m:date} tag): the text typed becomes a
 * day by {@link DateInput} in the page's language, or the input keeps the text and says which form
 * it expects, with today as the example. Nothing typed is null (then "required" or no filter),
 * never today.
 */
@Named("dateConverter")
@ApplicationScoped
public class DateConverter implements Converter<LocalDate> {

  @Inject Clock clock;

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    DateInput input = DateInput.of(locale(context));
    DateInput.Outcome outcome = input.parse(value);
    if (outcome.accepted()) {
      return outcome.date();
    }
    String example = input.format(LocalDate.now(clock));
    String text =
        outcome.refusal() == DateInput.Refusal.OUT_OF_RANGE
            ? FacesMessages.text(
                outcome.refusal().messageKey(),
                input.format(DateInput.EARLIEST),
                input.format(DateInput.LATEST))
            : FacesMessages.text(outcome.refusal().messageKey(), example);
    throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate date) {
    return DateInput.of(locale(context)).format(date);
  }

  /** The pattern the date picker shows and its calendar writes, in the page's language. */
  public String getPattern() {
    return DateInput.of(locale(FacesContext.getCurrentInstance())).pattern();
  }

  private static Locale locale(FacesContext context) {
    return context == null || context.getViewRoot() == null
        ? Locale.ENGLISH
        : context.getViewRoot().getLocale();
  }
}
