package org.mentora.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/** Skips a browser journey, saying why, when Chromium or its driver is not installed. */
public class RequiresBrowser implements BeforeAllCallback {

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
  }
}
