package org.mentora.platform.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mentora.platform.web.SecurityHeaders;

/**
 * Sends a stored file back as an attachment, never rendered inline: the browser saves it, with its
 * real type, and nosniff forbids guessing another.
 */
public final class FileDownload {

  private FileDownload() {}

  public static void send(HttpServletResponse response, StoredFile file, byte[] content)
      throws IOException {
    response.reset();
    response.setContentType(file.getContentType());
    response.setContentLengthLong(content.length);
    String ascii = file.getFilename().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
    String encoded =
        URLEncoder.encode(file.getFilename(), StandardCharsets.UTF_8).replace("+", "%20");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    response.setHeader("X-Content-Type-Options", "nosniff");
    // The filter's headers (Referrer-Policy, X-Frame-Options) survive reset(); this policy is
    // stricter than the pages' one, and still forbids framing.
    response.setHeader(SecurityHeaders.CSP, SecurityHeaders.DOWNLOAD_POLICY);
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(content);
  }
}
