package org.mentora.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Pages that keep nothing between requests ({@link PageRule#withoutState()}: no view-scoped bean,
 * no Ajax) get a transient view: showing one adds no view state and no view map to the session, and
 * creates no session for a visitor who is not signed in. A session is written to the data grid with
 * everything in it, and every anonymous visit of a public page used to create one. (Mojarra still
 * marks a signed-in user's session changed after every request: see docs/benchmarks.md.)
 *
 * <p>Three parts, because Faces and PrimeFaces look at different moments. {@link PageAccessFilter}
 * marks the request ({@link #STATELESS}). The layout's {@code <f:view transient>} reads the mark,
 * so the built view is transient, which Faces requires to rebuild the view when one of its forms
 * posts. This listener sets the flag as soon as the view exists: PrimeFaces' CSP listener runs
 * before the view is built and would otherwise keep its script nonce in the view map, which Faces
 * keeps in the session. Finally, a transient view has no nonce kept to compare a post against, and
 * PrimeFaces then takes the one the form sent (its script adds one to every form) and fails a post
 * that has none (a browser without scripts); {@link #freshNonce} gives such a post a nonce the
 * server chose instead of either.
 */
public class StatelessViews implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** The request attribute {@link PageAccessFilter} sets for a page without state. */
  static final String STATELESS = StatelessViews.class.getName();

  /** The request parameter PrimeFaces reads a form's CSP nonce from. */
  static final String NONCE = "primefaces.nonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // the view does not exist yet
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    UIViewRoot view = context.getViewRoot();
    if (view != null
        && !view.isTransient()
        && Boolean.TRUE.equals(context.getExternalContext().getRequestMap().get(STATELESS))) {
      view.setTransient(true);
    }
  }

  /**
   * The request of a post to a page without state, with a nonce the server made in place of any the
   * form sent: the answer is a whole new page under a new CSP header, so the nonce need not (and,
   * being the client's, should not) come from the form.
   */
  static HttpServletRequest freshNonce(HttpServletRequest request) {
    String nonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getParameter(String name) {
        return NONCE.equals(name) ? nonce : super.getParameter(name);
      }

      @Override
      public String[] getParameterValues(String name) {
        return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
      }

      @Override
      public Map<String, String[]> getParameterMap() {
        Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
        parameters.put(NONCE, new String[] {nonce});
        return Collections.unmodifiableMap(parameters);
      }

      @Override
      public Enumeration<String> getParameterNames() {
        Set<String> names = new LinkedHashSet<>(Collections.list(super.getParameterNames()));
        names.add(NONCE);
        return Collections.enumeration(names);
      }
    };
  }
}
