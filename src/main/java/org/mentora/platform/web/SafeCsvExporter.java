package org.mentora.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.mentora.platform.files.CsvWriter;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * PrimeFaces' CSV export of every table ({@code p:dataExporter type="csv"}), with each text cell
 * neutralised by {@link CsvWriter#cell} so a participant's "=HYPERLINK(…)" is not run by the
 * spreadsheet a staff member opens the file in. Registered once, at start-up, in place of
 * PrimeFaces' own exporter, so no page can forget it.
 *
 * <p>The XLSX export needs nothing: PrimeFaces writes text as typed string cells, never with {@code
 * setCellFormula}, and spreadsheets do not run a string cell.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

  @Override
  protected void exportCellValue(
      FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
    super.exportCellValue(context, table, column, neutralised(value), index);
  }

  @Override
  protected void exportColumnFacetValue(
      FacesContext context, DataTable table, ColumnValue value, int index) {
    super.exportColumnFacetValue(context, table, neutralised(value), index);
  }

  private static ColumnValue neutralised(ColumnValue value) {
    if (value == null || !(value.getValue() instanceof String text)) {
      return value;
    }
    String safe = CsvWriter.cell(text);
    return safe.equals(text) ? value : ColumnValue.of(safe);
  }

  /** Puts the exporter in place of PrimeFaces' own before the first page is served. */
  @WebListener
  public static class Registration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
      DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
    }
  }
}
