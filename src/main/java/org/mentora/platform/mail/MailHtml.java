package org.mentora.platform.mail;

/**
 * The HTML of every mail: one plain, readable page (inline styles, as mail programs want them) and
 * the escaping of every text put into it, so that a name or a comment can never become markup.
 */
public final class MailHtml {

  private MailHtml() {}

  /** A whole mail page around already-escaped body HTML. */
  public static String page(String language, String title, String body) {
    return "<!DOCTYPE html><html lang=\""
        + escape(language)
        + "\"><head><meta charset=\"UTF-8\"><title>"
        + escape(title)
        + "</title></head>"
        + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:16px;"
        + "line-height:1.5;color:#1a1a1a\">"
        + body
        + "</body></html>";
  }

  /** A paragraph of text. */
  public static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }

  /** A link with its text. */
  public static String link(String url, String text) {
    return "<a href=\"" + escape(url) + "\" style=\"color:#0b57d0\">" + escape(text) + "</a>";
  }

  /** The small print under a line: why the mail came, how to change that. */
  public static String footer(String innerHtml) {
    return "<hr style=\"border:0;border-top:1px solid #ccc\">"
        + "<p style=\"font-size:13px;color:#555\">"
        + innerHtml
        + "</p>";
  }

  /** HTML text and attribute escaping: the five characters that can change markup. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
