package org.mentora.certificate.pdf;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.platform.BusinessException;
import org.mentora.platform.demo.DemoMode;

/**
 * The application's signer: renders certificates and signs them with the key named by MicroProfile
 * Config ({@code mentora.certificate.*}, see config/README.md). When the key store does not exist,
 * a self-signed key is created there in demo mode (or when {@code
 * mentora.certificate.self-signed=true}); otherwise signing is not configured and {@link
 * #renderSigned} refuses with {@code certificate.pdf.signing.notConfigured}.
 *
 * <p>At application start it loads the key and renders and signs one throw-away certificate in the
 * background, so the first real certificate does not pay for class loading and font parsing. When
 * the application stops before the warm-up ends (a redeploy, a test server that stops after a short
 * run), the warm-up is cancelled, and what fails because the application's class loader has closed
 * is no failure of signing: it is logged at FINE, not as a broken key.
 */
@ApplicationScoped
public class CertificateSigning {

  private static final Logger LOG = Logger.getLogger(CertificateSigning.class.getName());

  @Inject
  @ConfigProperty(
      name = "mentora.certificate.keystore",
      defaultValue = "data/certificate-signing.p12")
  String keystore;

  @Inject
  @ConfigProperty(name = "mentora.certificate.keystore-password", defaultValue = "change-me")
  String password;

  @Inject
  @ConfigProperty(name = "mentora.certificate.key-alias", defaultValue = "mentora")
  String alias;

  @Inject
  @ConfigProperty(name = "mentora.certificate.self-signed", defaultValue = "auto")
  String selfSigned;

  @Inject DemoMode demoMode;

  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  private final Object lock = new Object();
  private volatile SigningEngine engine;
  private volatile boolean attempted;
  private volatile boolean stopping;
  private volatile Future<?> warmUpTask;

  /** Warm-up in the background once the application has started. */
  void warmUpAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Runnable warmUp =
        () -> {
          try {
            SigningEngine ready = engine();
            if (ready != null && !stopping) {
              long millis = ready.warmUp();
              LOG.info(() -> "Certificate signing warmed up in " + millis + " ms");
            }
          } catch (RuntimeException | LinkageError e) {
            LOG.log(
                stopping ? Level.FINE : Level.WARNING,
                stopping
                    ? "Certificate signing warm-up stopped with the application"
                    : "Certificate signing warm-up failed",
                e);
          }
        };
    if (executor != null) {
      warmUpTask = executor.submit(warmUp);
    } else {
      warmUp.run();
    }
  }

  /** The application is stopping: a warm-up still running is cancelled, its failure expected. */
  @PreDestroy
  void stop() {
    stopping = true;
    Future<?> task = warmUpTask;
    if (task != null) {
      task.cancel(true);
    }
  }

  /** Renders and signs a valid certificate. */
  public byte[] renderSigned(CertificateSheet sheet) {
    return required().renderSigned(sheet, false, clock.instant());
  }

  /** Renders and signs a certificate with the revoked watermark. */
  public byte[] renderRevoked(CertificateSheet sheet) {
    return required().renderSigned(sheet, true, clock.instant());
  }

  /** Whether a signing key is available (loads or creates it on first call). */
  public boolean ready() {
    return engine() != null;
  }

  /** The signer's common name, or null when signing is not configured. */
  public String signerName() {
    SigningEngine ready = engine();
    return ready == null ? null : ready.signerName();
  }

  private SigningEngine required() {
    SigningEngine ready = engine();
    if (ready == null) {
      throw new BusinessException("certificate.pdf.signing.notConfigured");
    }
    return ready;
  }

  private SigningEngine engine() {
    SigningEngine ready = engine;
    if (ready != null || attempted) {
      return ready;
    }
    synchronized (lock) {
      if (!attempted) {
        try {
          engine = open();
        } catch (RuntimeException | LinkageError e) {
          if (!stopping) {
            LOG.log(Level.SEVERE, "Certificate signing key " + keystore + " cannot be used", e);
          } else {
            LOG.log(Level.FINE, "Certificate signing key not opened: the application stops", e);
          }
        }
        attempted = true;
      }
      return engine;
    }
  }

  private SigningEngine open() {
    Path file = Path.of(keystore);
    char[] secret = password.toCharArray();
    SigningKey key;
    if (Files.exists(file)) {
      key = SigningKey.load(file, secret, alias == null || alias.isBlank() ? null : alias);
    } else if (createSelfSigned()) {
      key = SigningKey.selfSigned("Mentora certificates (self-signed)");
      key.writePkcs12(file, secret, alias);
      LOG.warning(
          () ->
              "Created a self-signed certificate signing key in "
                  + file.toAbsolutePath()
                  + ": fine for a demo, not for real certificates");
    } else {
      LOG.warning(
          () ->
              "Certificates cannot be signed: no key store at "
                  + file.toAbsolutePath()
                  + " (set mentora.certificate.keystore, see config/README.md)");
      return null;
    }
    SigningKey chosen = key;
    LOG.info(
        () ->
            "Certificates are signed by "
                + chosen.subject()
                + ", certificate SHA-256 "
                + chosen.fingerprint());
    return new SigningEngine(key);
  }

  private boolean createSelfSigned() {
    String setting = selfSigned == null ? "auto" : selfSigned.trim().toLowerCase(Locale.ROOT);
    return switch (setting) {
      case "true" -> true;
      case "false" -> false;
      default -> demoMode.isOn();
    };
  }
}
