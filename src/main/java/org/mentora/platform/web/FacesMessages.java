package org.mentora.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.mentora.platform.BusinessException;
import org.mentora.platform.i18n.Bundles;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtextarea.InputTextarea;

/**
 * Puts messages in the user's language on the page: globally, or next to the input a rule is about.
 * Backing beans pass bundle keys, never text.
 */
public final class FacesMessages {

  private FacesMessages() {}

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void warn(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_WARN, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** An error next to one input; {@code clientId} as rendered, e.g. {@code form:email}. */
  public static void errorOn(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /**
   * Shows a refused business rule: next to its field when the page has an input of that id in the
   * given form, else at the top of the page. Also marks the input invalid so it is highlighted.
   */
  public static void show(BusinessException refusal, String formId) {
    FacesContext context = FacesContext.getCurrentInstance();
    String clientId =
        refusal.field().map(field -> formId == null ? field : formId + ":" + field).orElse(null);
    if (clientId != null) {
      UIComponent input = context.getViewRoot().findComponent(":" + clientId);
      if (input instanceof jakarta.faces.component.EditableValueHolder holder) {
        // Before it is marked invalid: an invalid input then reports "" as its submitted value.
        keepWhatWasTyped(context, input, holder);
        holder.setValid(false);
      } else if (input == null) {
        clientId = null;
      }
    }
    add(clientId, FacesMessage.SEVERITY_ERROR, refusal.messageKey(), refusal.arguments());
    context.validationFailed();
  }

  /**
   * A text input marked invalid after the model was updated renders empty (PrimeFaces, with empty
   * strings read as null), so a refused "1.1" h or day vanished: it gets back the text the user
   * sent, exactly as typed.
   */
  private static void keepWhatWasTyped(
      FacesContext context, UIComponent input, jakarta.faces.component.EditableValueHolder holder) {
    if (holder.getSubmittedValue() != null) {
      return;
    }
    String clientId = input.getClientId(context);
    java.util.Map<String, String> sent = context.getExternalContext().getRequestParameterMap();
    String typed = null;
    if (input instanceof DatePicker) {
      typed = sent.get(clientId + "_input");
    } else if (input instanceof InputText || input instanceof InputTextarea) {
      typed = sent.get(clientId);
    }
    if (typed != null) {
      holder.setSubmittedValue(typed);
    }
  }

  public static String text(String key, Object... arguments) {
    return Bundles.format(locale(), key, arguments);
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String summary = text(key, arguments);
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, summary, null));
  }

  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      return context.getViewRoot().getLocale();
    }
    return Bundles.defaultLanguage();
  }

  /** Keeps messages across a redirect (Post-Redirect-Get). */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
