package org.mentora.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Optional;

/**
 * NotificationIT's mail settings: GreenMail on its port ({@link TestMailServer}), no TLS, retries a
 * second apart and a dispatch every two seconds, so the test sees the scheduler at work. Only that
 * test's deployment holds this class.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestMailSettings extends MailSettings {

  @Override
  public Optional<String> host() {
    return TestMailServer.configured() ? Optional.of("127.0.0.1") : Optional.empty();
  }

  @Override
  public int port() {
    return TestMailServer.port();
  }

  @Override
  public String tls() {
    return "none";
  }

  @Override
  public Optional<String> user() {
    return Optional.empty();
  }

  @Override
  public Duration retryFirst() {
    return Duration.ofSeconds(1);
  }

  @Override
  public Duration dispatchEvery() {
    return Duration.ofSeconds(2);
  }
}
