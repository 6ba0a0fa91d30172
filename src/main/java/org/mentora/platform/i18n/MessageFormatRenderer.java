package org.mentora.platform.i18n;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@code h:outputFormat} with ICU MessageFormat instead of the JDK's, so every page's
 * counts follow the reader's plural rules ({@code {0,plural,one{…} other{…}}}: Latvian has three
 * forms, and "1,5 stundas" needs its own) and numbers their decimal separator, with the same
 * patterns as {@link Bundles#format}. Registered for the standard renderer type in faces-config.
 */
public class MessageFormatRenderer extends Renderer {

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context, UIComponent component) {
    // The f:param children are arguments, not content.
  }

  @Override
  public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
    if (!component.isRendered()) {
      return;
    }
    Object value = component.getAttributes().get("value");
    String pattern = value == null ? "" : value.toString();
    List<Object> arguments = new ArrayList<>();
    for (UIComponent child : component.getChildren()) {
      if (child instanceof UIParameter parameter && !parameter.isDisable()) {
        arguments.add(parameter.getValue());
      }
    }
    Locale locale = context.getViewRoot().getLocale();
    String text = Bundles.pattern(locale, pattern, arguments.toArray());
    ResponseWriter writer = context.getResponseWriter();
    String styleClass = (String) component.getAttributes().get("styleClass");
    String style = (String) component.getAttributes().get("style");
    String title = (String) component.getAttributes().get("title");
    boolean span = hasOwnId(component) || styleClass != null || style != null || title != null;
    if (span) {
      writer.startElement("span", component);
      if (hasOwnId(component)) {
        writer.writeAttribute("id", component.getClientId(context), "id");
      }
      if (styleClass != null) {
        writer.writeAttribute("class", styleClass, "styleClass");
      }
      if (style != null) {
        writer.writeAttribute("style", style, "style");
      }
      if (title != null) {
        writer.writeAttribute("title", title, "title");
      }
    }
    if (Boolean.FALSE.equals(escape(component))) {
      writer.write(text);
    } else {
      writer.writeText(text, component, "value");
    }
    if (span) {
      writer.endElement("span");
    }
  }

  private static Boolean escape(UIComponent component) {
    Object escape = component.getAttributes().get("escape");
    return escape == null ? Boolean.TRUE : Boolean.valueOf(escape.toString());
  }

  private static boolean hasOwnId(UIComponent component) {
    String id = component.getId();
    return id != null && !id.startsWith(jakarta.faces.component.UIViewRoot.UNIQUE_ID_PREFIX);
  }
}
