package org.mentora.platform.web;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * Answers "not found" (404) for a page address whose parameter cannot be converted, such as {@code
 * participant.xhtml?id=abc}: such an address names no record, and rendering the page without its
 * record ended in an error page with a stack trace. One listener for every page with an {@code
 * f:viewParam}, so a new page is covered without doing anything.
 */
public class InvalidViewParameters implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing to do before the parameters are converted.
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.isPostback() || context.getViewRoot() == null || !context.isValidationFailed()) {
      return;
    }
    boolean invalidParameter =
        ViewMetadata.getViewParameters(context.getViewRoot()).stream()
            .anyMatch(parameter -> !((UIViewParameter) parameter).isValid());
    if (invalidParameter) {
      Pages.notFound();
    }
  }
}
