package org.mentora.platform.web;

/**
 * JSON made safe to stand inside a {@code <script>} element. A label such as {@code </script>} (a
 * topic, an organisation, an imported competence code) would otherwise end the script early and
 * break the page; {@code <!--} would change how the rest is parsed. The characters that matter to
 * HTML ({@code <}, {@code >}, {@code &}) and the two line separators older JavaScript engines
 * refuse in strings are written as {@code \}{@code uXXXX} escapes, which mean the same to any JSON
 * or JavaScript parser. Outside strings valid JSON never holds these characters, so escaping the
 * whole text is exact.
 */
public final class ScriptJson {

  private ScriptJson() {}

  public static String escape(String json) {
    if (json == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      String escaped =
          switch (c) {
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> null;
          };
      if (escaped != null && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (out != null) {
        if (escaped != null) {
          out.append(escaped);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? json : out.toString();
  }
}
