package org.mentora.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.chart.Chart;
import org.primefaces.component.chart.ChartRenderer;

/**
 * PrimeFaces' {@code p:chart} renderer, registered in faces-config.xml in its place, writing the
 * chart's JSON configuration into the page's script through {@link ScriptJson}: every chart of
 * every capability is covered, whatever its labels hold.
 */
public class SafeChartRenderer extends ChartRenderer {

  @Override
  protected String renderConfig(FacesContext context, Chart chart) throws IOException {
    return ScriptJson.escape(super.renderConfig(context, chart));
  }
}
