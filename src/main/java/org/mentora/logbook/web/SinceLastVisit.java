package org.mentora.logbook.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.logbook.LogEntry;
import org.mentora.logbook.LogbookNews;

/**
 * The "reviewed since your last visit" notice at the top of my logbook. Kept apart from the page's
 * own bean: the visit is recorded once, when the page opens, and the list stays for the view.
 */
@Named
@ViewScoped
public class SinceLastVisit implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LogbookNews news;

  /**
   * Shown once, when the page opens, and not replicated: each entry drags its graph into the
   * session, which the data grid reads and writes on every request (issue 17, item 4). A view that
   * moves to another node loses this notice, not the visit, which is recorded.
   */
  private transient List<LogEntry> decided = List.of();

  public void visit() {
    decided = news.visit();
  }

  public List<LogEntry> getDecided() {
    return decided == null ? List.of() : decided;
  }
}
