package org.mentora.platform.web;

import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;

/**
 * Every data table of the application reflows on a phone: below 640 px wide each row becomes a
 * stack of "column title: value" lines, so no table makes the page scroll sideways and every action
 * of a row stays on the screen (issue 17: the review queue clipped its Approve / Reject buttons at
 * 390 px). Set here, once, for all tables as they are added to the view, so a new page cannot
 * forget it; a page that needs a wide table on a phone says {@code reflow="false"}.
 */
public class PhoneTables implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof DataTable;
  }

  @Override
  public void processEvent(SystemEvent event) {
    DataTable table = (DataTable) event.getSource();
    if (table.getValueExpression("reflow") == null) {
      table.setReflow(true);
    }
  }
}
