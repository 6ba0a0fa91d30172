package org.mentora.certificate.pdf;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The benchmark's fresh-JVM child: from the start of main, opens the key store as the application
 * does, then either signs the first certificate straight away ({@code cold}) or runs the
 * application's warm-up first ({@code warm}). Prints one line of milliseconds.
 */
public final class CertificateColdStart {

  private CertificateColdStart() {}

  public static void main(String[] args) {
    long main = System.nanoTime();
    long jvmToMain =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    boolean warm = "warm".equals(args[0]);
    SigningKey key = SigningKey.load(Path.of(args[1]), args[2].toCharArray(), "mentora");
    SigningEngine engine = new SigningEngine(key);
    long keyReady = System.nanoTime();
    long warmUp = warm ? engine.warmUp() : 0;
    long before = System.nanoTime();
    byte[] first =
        engine.renderSigned(CertificateSamples.realistic(Locale.ENGLISH), false, Instant.now());
    long firstDone = System.nanoTime();
    engine.renderSigned(CertificateSamples.realistic(new Locale("lv")), false, Instant.now());
    long secondDone = System.nanoTime();
    if (!SignatureCheck.verify(first).valid()) {
      throw new IllegalStateException("the first certificate does not verify");
    }
    System.out.printf(
        Locale.ROOT,
        "RESULT jvmToMain=%d keyLoad=%.1f warmUp=%d first=%.1f second=%.1f mainToFirst=%.1f%n",
        jvmToMain,
        (keyReady - main) / 1e6,
        warmUp,
        (firstDone - before) / 1e6,
        (secondDone - firstDone) / 1e6,
        (firstDone - main) / 1e6);
  }
}
