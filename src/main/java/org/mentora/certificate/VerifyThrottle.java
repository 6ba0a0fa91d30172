package org.mentora.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.platform.security.RequestThrottle;
import org.mentora.platform.security.RequestThrottle.Limit;

/**
 * Throttles the anonymous uses of the public verification page, per client address ({@code
 * platform.security.ClientAddress}) and in the database, so all nodes share the count: looking up
 * unknown codes ({@code mentora.verify.max-failures} in {@code mentora.verify.window-seconds}) and
 * checking uploaded PDFs ({@code mentora.verify.file-checks} in {@code
 * mentora.verify.file-check-window-seconds}). A valid code is always answered: only failures count
 * and only failures are refused, so one guesser behind a shared address never hides a real
 * certificate from the next visitor.
 */
@ApplicationScoped
public class VerifyThrottle {

  @Inject RequestThrottle throttle;

  @Inject
  @ConfigProperty(name = "mentora.verify.max-failures", defaultValue = "10")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "mentora.verify.window-seconds", defaultValue = "300")
  long windowSeconds;

  @Inject
  @ConfigProperty(name = "mentora.verify.file-checks", defaultValue = "20")
  int maxFileChecks;

  @Inject
  @ConfigProperty(name = "mentora.verify.file-check-window-seconds", defaultValue = "600")
  long fileCheckWindowSeconds;

  private Limit guesses;
  private Limit fileChecks;

  @PostConstruct
  void init() {
    guesses =
        new Limit(
            "verify.guess",
            Math.max(1, maxFailures),
            Duration.ofSeconds(Math.max(1, windowSeconds)));
    fileChecks =
        new Limit(
            "verify.file",
            Math.max(1, maxFileChecks),
            Duration.ofSeconds(Math.max(1, fileCheckWindowSeconds)));
  }

  /** Whether the address has guessed too many unknown codes lately. */
  public boolean blocked(String address) {
    return throttle.over(guesses, address);
  }

  public void failed(String address) {
    throttle.count(guesses, address);
  }

  public long retryAfterSeconds() {
    return throttle.retryAfterSeconds(guesses);
  }

  /** Counts one PDF check; false when the address has used up its checks for the window. */
  public boolean mayCheckFile(String address) {
    if (throttle.over(fileChecks, address)) {
      return false;
    }
    throttle.count(fileChecks, address);
    return true;
  }

  public long fileCheckRetryAfterSeconds() {
    return throttle.retryAfterSeconds(fileChecks);
  }
}
