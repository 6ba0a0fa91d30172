package org.mentora.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps Mojarra's record of view-scoped beans as long as its list of live views, no longer.
 *
 * <p>Mojarra keeps the live views' maps in {@value #VIEW_MAPS} (the newest 25 by default) and, per
 * view, the CDI view-scoped beans' bookkeeping in {@value #VIEW_CONTEXTS}. When a view is pushed
 * out of the first it destroys that view's beans but leaves the view's entry in the second (read in
 * Mojarra 4.0's {@code ViewScopeContextManager.clear}, which destroys and never removes), so the
 * second grew by one entry per page viewed: 528 entries for 25 live views after 560 pages. The
 * application is {@code <distributable/>}, and Payara reads the whole session from the data grid
 * and writes it back on every request, so each page cost more the older the session (issue 17, item
 * 4). After each response this drops the entries whose view is gone; what it drops had already been
 * destroyed.
 */
public class ViewScopePruning implements PhaseListener {

  private static final long serialVersionUID = 1L;

  static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
  static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing before rendering
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    ExternalContext external = event.getFacesContext().getExternalContext();
    if (external.getSession(false) == null) {
      return;
    }
    Map<String, Object> session = external.getSessionMap();
    prune(session.get(VIEW_MAPS), session.get(VIEW_CONTEXTS));
  }

  /** Removes from {@code contexts} every key that {@code views} no longer holds. */
  static void prune(Object views, Object contexts) {
    if (!(views instanceof Map<?, ?> live) || !(contexts instanceof Map<?, ?> kept)) {
      return;
    }
    Set<Object> liveIds;
    // Mojarra's map of views is a Collections.synchronizedMap: its views are read under its lock.
    synchronized (live) {
      liveIds = new HashSet<>(live.keySet());
    }
    kept.keySet().removeIf(id -> !liveIds.contains(id));
  }
}
