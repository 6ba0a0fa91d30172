package org.mentora.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where mail goes: the SMTP server named by {@code mentora.mail.*} (environment variables {@code
 * MENTORA_MAIL_HOST}, {@code _PORT}, {@code _TLS}, {@code _USER}, {@code _PASSWORD}, {@code _FROM};
 * see config/README.md). Without a host, mail is composed and kept in the outbox, where
 * administrators read it on the sent-mail page (the demo's way to show the whole flow).
 */
@ApplicationScoped
public class MailSettings {

  /** The first retry waits this long; each further one twice as long, at most an hour. */
  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  @Inject
  @ConfigProperty(name = "mentora.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "mentora.mail.port", defaultValue = "587")
  int port;

  /** starttls (default, port 587), ssl (port 465) or none (a relay on the same host only). */
  @Inject
  @ConfigProperty(name = "mentora.mail.tls", defaultValue = "starttls")
  String tls;

  @Inject
  @ConfigProperty(name = "mentora.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "mentora.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "mentora.mail.from", defaultValue = "Mentora <no-reply@localhost>")
  String from;

  @Inject
  @ConfigProperty(name = "mentora.mail.retry-first", defaultValue = "PT1M")
  Duration retryFirst;

  @Inject
  @ConfigProperty(name = "mentora.mail.attempts", defaultValue = "10")
  int attempts;

  @Inject
  @ConfigProperty(name = "mentora.mail.dispatch-every", defaultValue = "PT15S")
  Duration dispatchEvery;

  @Inject
  @ConfigProperty(name = "mentora.mail.digest-at", defaultValue = "07:00")
  LocalTime digestAt;

  @Inject
  @ConfigProperty(name = "mentora.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Whether a mail server is configured; without one, mail is kept, not sent. */
  public boolean configured() {
    return host().isPresent();
  }

  public Optional<String> host() {
    return host.map(String::strip).filter(h -> !h.isEmpty());
  }

  public int port() {
    return port;
  }

  public String tls() {
    return tls == null ? "starttls" : tls.strip().toLowerCase(Locale.ROOT);
  }

  public Optional<String> user() {
    return user.map(String::strip).filter(u -> !u.isEmpty());
  }

  public Optional<String> password() {
    return password;
  }

  public String from() {
    return from;
  }

  public Duration retryFirst() {
    return retryFirst;
  }

  /** Attempts before a mail is marked failed for good. */
  public int attempts() {
    return Math.max(1, attempts);
  }

  public Duration dispatchEvery() {
    return dispatchEvery;
  }

  public LocalTime digestAt() {
    return digestAt;
  }

  /** The address people reach the application at, without a trailing slash. */
  public String publicUrl() {
    String url = publicUrl == null ? "" : publicUrl.strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Jakarta Mail session properties for the configured server, with timeouts. */
  public Properties sessionProperties() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host().orElse("localhost"));
    properties.put("mail.smtp.port", String.valueOf(port()));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "20000");
    properties.put("mail.smtp.writetimeout", "20000");
    properties.put("mail.smtp.auth", String.valueOf(user().isPresent()));
    switch (tls()) {
      case "ssl" -> {
        properties.put("mail.smtp.ssl.enable", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case "none" -> {}
      default -> {
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
      }
    }
    return properties;
  }

  /** How long to wait before attempt {@code failed + 1}, after {@code failed} failed attempts. */
  static Duration backoff(Duration first, int failed) {
    Duration wait = first;
    for (int i = 1; i < failed && wait.compareTo(LONGEST_WAIT) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
