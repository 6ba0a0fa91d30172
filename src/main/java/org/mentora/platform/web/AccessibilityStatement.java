package org.mentora.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the public accessibility statement ({@code /accessibility.xhtml}, linked from every footer)
 * needs from the installation: who runs it and where a barrier is reported. The Web Accessibility
 * Directive (EU) 2016/2102 asks public bodies for both; the rest of the statement is product text.
 */
@Named("accessibilityStatement")
@ApplicationScoped
public class AccessibilityStatement {

  @Inject
  @ConfigProperty(name = "mentora.accessibility.contact", defaultValue = " ")
  String contact;

  @Inject
  @ConfigProperty(name = "mentora.issuing-body", defaultValue = " ")
  String body;

  /** The address barriers are reported to, or empty when the installation gave none. */
  public String getContact() {
    return contact.strip();
  }

  /** Whether the contact is an e-mail address (then the page links it with mailto:). */
  public boolean isMail() {
    String address = getContact();
    return address.indexOf('@') > 0 && !address.contains(" ") && !address.contains(":");
  }

  /**
   * The contact as an HTML link (escaped): {@code mailto:} for an e-mail address, the address
   * itself for an http(s) address, otherwise the text alone, never a link of another scheme.
   */
  public String getLink() {
    String address = getContact();
    String text = escape(address);
    if (isMail()) {
      return "<a href=\"mailto:" + text + "\">" + text + "</a>";
    }
    String lower = address.toLowerCase(java.util.Locale.ROOT);
    if ((lower.startsWith("https://") || lower.startsWith("http://")) && !address.contains(" ")) {
      return "<a href=\"" + text + "\">" + text + "</a>";
    }
    return text;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** The body that runs this installation, or empty. */
  public String getBody() {
    return body.strip();
  }
}
