package org.mentora.support;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Skips a browser journey, saying why, when Chromium or its driver is not installed; and fails the
 * journey's class when the server logged a SEVERE record or a stack trace while it ran (see {@link
 * ServerLog}), since a page can look fine while the server failed behind it. Registered before
 * Arquillian, so the log is read after the server of the class stopped.
 */
public class RequiresBrowser implements BeforeAllCallback, AfterAllCallback {

  private static final ExtensionContext.Namespace LOG =
      ExtensionContext.Namespace.create(RequiresBrowser.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!Browser.available()) {
      String message =
          "Browser suite SKIPPED: "
              + Browser.CHROMIUM
              + " or "
              + Browser.CHROMEDRIVER
              + " is missing. Install them with: apt-get install chromium chromium-driver";
      System.out.println(message);
      throw new TestAbortedException(message);
    }
    context.getStore(LOG).put("mark", ServerLog.mark());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Long mark = context.getStore(LOG).get("mark", Long.class);
    if (mark == null) {
      return;
    }
    List<String> problems = ServerLog.problemsSince(mark);
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(
          "The server logged "
              + problems.size()
              + " SEVERE record(s) or stack trace(s) during "
              + context.getDisplayName()
              + " (full log: "
              + ServerLog.FILE.toAbsolutePath()
              + "):\n\n"
              + String.join("\n\n", problems));
    }
  }
}
