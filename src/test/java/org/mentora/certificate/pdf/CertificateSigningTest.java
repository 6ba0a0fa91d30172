package org.mentora.certificate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up at start and the application's stop: a key store that cannot be read is a SEVERE
 * problem while the application runs, and no problem once it stops (its class loader closes under a
 * warm-up still running, which a clean-clone CI once reported as a broken signing key).
 */
class CertificateSigningTest {

  private static final Logger LOG = Logger.getLogger(CertificateSigning.class.getName());

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @TempDir Path folder;

  @BeforeEach
  void listen() {
    LOG.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    LOG.removeHandler(handler);
  }

  @Test
  void anUnreadableKeyIsSevereWhileTheApplicationRuns() throws IOException {
    CertificateSigning signing = signingWithUnreadableKey();

    signing.warmUpAtStart(new Object());

    assertEquals(1, problems().size(), () -> "records: " + records);
    assertEquals(Level.SEVERE, problems().get(0).getLevel());
  }

  @Test
  void aWarmUpThatFailsAfterTheStopIsNoProblem() throws IOException {
    CertificateSigning signing = signingWithUnreadableKey();

    signing.stop();
    signing.warmUpAtStart(new Object());

    assertTrue(problems().isEmpty(), () -> "records: " + problems());
  }

  private CertificateSigning signingWithUnreadableKey() throws IOException {
    Path store = Files.writeString(folder.resolve("signing.p12"), "not a key store");
    CertificateSigning signing = new CertificateSigning();
    signing.keystore = store.toString();
    signing.password = "change-me";
    signing.alias = "mentora";
    signing.selfSigned = "false";
    return signing;
  }

  private List<LogRecord> problems() {
    return records.stream()
        .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
        .toList();
  }
}
