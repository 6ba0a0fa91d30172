package org.mentora.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles guessing on the public verification page: an address that looked up too many unknown
 * codes in a short time ({@code mentora.verify.max-failures} in {@code
 * mentora.verify.window-seconds}) is answered 429 until the window has moved on. Per node: with a
 * sticky load balancer a guesser meets the same node's count.
 */
@ApplicationScoped
public class VerifyThrottle {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mentora.verify.max-failures", defaultValue = "10")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "mentora.verify.window-seconds", defaultValue = "300")
  long windowSeconds;

  private FailureCounter counter;

  @PostConstruct
  void init() {
    counter =
        new FailureCounter(
            Math.max(1, maxFailures), Duration.ofSeconds(Math.max(1, windowSeconds)));
  }

  public boolean blocked(String address) {
    return counter.blocked(address, clock.instant());
  }

  public void failed(String address) {
    counter.fail(address, clock.instant());
  }
}
