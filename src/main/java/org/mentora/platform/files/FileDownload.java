package org.mentora.platform.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.mentora.platform.web.SecurityHeaders;

/**
 * Sends a file back as an attachment, never rendered inline: the browser saves it, with its real
 * type, and nosniff forbids guessing another.
 */
public final class FileDownload {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private FileDownload() {}

  public static void send(HttpServletResponse response, StoredFile file, byte[] content)
      throws IOException {
    send(response, file.getContentType(), file.getFilename(), content);
  }

  /** Replaces whatever the response held with this file, its length and the attachment headers. */
  public static void send(
      HttpServletResponse response, String contentType, String filename, byte[] content)
      throws IOException {
    response.reset();
    attachmentHeaders(response, contentType, filename);
    response.setContentLengthLong(content.length);
    response.getOutputStream().write(content);
  }

  /**
   * The headers of an attachment, for a response whose body is streamed afterwards (a ZIP written
   * as it is made): type, Content-Disposition, nosniff, the download CSP and no caching.
   */
  public static void attachmentHeaders(
      HttpServletResponse response, String contentType, String filename) {
    response.setContentType(contentType);
    response.setHeader("Content-Disposition", contentDisposition(filename));
    response.setHeader("X-Content-Type-Options", "nosniff");
    // The filter's headers (Referrer-Policy, X-Frame-Options) survive reset(); this policy is
    // stricter than the pages' one, and still forbids framing.
    response.setHeader(SecurityHeaders.CSP, SecurityHeaders.DOWNLOAD_POLICY);
    response.setHeader("Cache-Control", "private, no-store");
  }

  /**
   * {@code attachment} with a plain ASCII {@code filename} for old clients (anything else, quotes
   * and backslashes as {@code _}) and the real name as an RFC 5987 {@code filename*} in UTF-8.
   */
  public static String contentDisposition(String filename) {
    String name = filename == null ? "" : filename;
    String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replaceAll("[\"\\\\]", "_");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
  }

  /** Percent-encodes all but letters, digits, '-', '.' and '_' (a subset of RFC 5987 attr-char). */
  static String rfc5987(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_') {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return encoded.toString();
  }
}
