package org.mentora.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Map;

/**
 * The length limit a page declares with {@code maxlength} on an input, checked on the server with a
 * message beside the field instead of the browser's silent cut: a 300-character title pasted into a
 * 200-character field used to lose its last 100 characters without a word. Before an input is
 * rendered, {@link Listener} moves its {@code maxlength} into an attribute of ours, so the browser
 * takes any length; this default validator (run on every input) then refuses longer text, naming
 * the limit, and the typed text stays in the field to be shortened.
 */
@FacesValidator(value = TextLimit.ID, isDefault = true)
public class TextLimit implements Validator<Object> {

  static final String ID = "mentora.TextLimit";

  /** Where the declared limit is kept once it is no longer rendered as {@code maxlength}. */
  static final String LIMIT = "mentora.textLimit";

  private static final String MAXLENGTH = "maxlength";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    int limit = limit(component);
    if (limit > 0 && value instanceof String text && text.length() > limit) {
      throw new ValidatorException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              FacesMessages.text("validation.tooLongPlain", limit),
              null));
    }
  }

  /** The declared limit of the input, or 0 when it has none. */
  static int limit(UIComponent component) {
    Map<String, Object> attributes = component.getAttributes();
    if (attributes.get(LIMIT) instanceof Integer kept) {
      return kept;
    }
    return attributes.get(MAXLENGTH) instanceof Integer declared && declared > 0 ? declared : 0;
  }

  /**
   * Keeps the browser from cutting: the limit moves out of {@code maxlength} (which Faces and
   * PrimeFaces leave unrendered at {@link Integer#MIN_VALUE}, their "unset") into {@link #LIMIT},
   * which is saved with the view and read back by the validator on the next submit.
   */
  public static class Listener implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
      return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) {
      UIComponent input = (UIComponent) event.getSource();
      Map<String, Object> attributes = input.getAttributes();
      if (attributes.get(MAXLENGTH) instanceof Integer declared
          && declared > 0
          && declared != Integer.MAX_VALUE) {
        attributes.put(LIMIT, declared);
        // PrimeFaces' text area cuts what was sent to its maxlength while decoding, even an unset
        // one (so MIN_VALUE would empty every text area): there it becomes "no limit" instead.
        attributes.put(
            MAXLENGTH,
            input instanceof org.primefaces.component.inputtextarea.InputTextarea
                ? Integer.MAX_VALUE
                : Integer.MIN_VALUE);
      }
    }
  }
}
