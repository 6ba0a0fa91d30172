package org.mentora.certificate.pdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mentora.platform.i18n.Bundles;

/**
 * The renderer and the signer together, without any container: what {@link CertificateSigning}
 * runs, and what its warm-up exercises (also used by the benchmark's cold-start run).
 */
final class SigningEngine {

  static final int WARM_UP_ROUNDS = 15;
  static final long WARM_UP_BUDGET_MS = 3000;

  private final CertificatePdf pdf = new CertificatePdf();
  private final PdfSigner signer;

  SigningEngine(SigningKey key) {
    this.signer = new PdfSigner(key);
  }

  String signerName() {
    return signer.signerName();
  }

  /** Renders and signs with the bundle's reason and location in the sheet's language. */
  byte[] renderSigned(CertificateSheet sheet, boolean revoked, Instant now) {
    Locale language = sheet.language() == null ? Locale.ENGLISH : sheet.language();
    String reason =
        Bundles.format(language, "certificate.pdf.signature.reason", sheet.issuingBody());
    String location = Bundles.format(language, "certificate.pdf.signature.location");
    return signer.sign(pdf.render(sheet, revoked), reason, location, now);
  }

  /**
   * Renders and signs throw-away certificates in every certificate language, so the classes, fonts,
   * bundles and cryptography are loaded and the hot paths compiled before the first real one:
   * {@value #WARM_UP_ROUNDS} rounds or about {@value #WARM_UP_BUDGET_MS} ms, whichever comes first
   * (at least one round). Returns milliseconds.
   */
  long warmUp() {
    long started = System.nanoTime();
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Locale language : CertificateLanguages.certificateLanguages()) {
        renderSigned(sample(language), false, Instant.now());
      }
      if ((System.nanoTime() - started) / 1_000_000 > WARM_UP_BUDGET_MS) {
        break;
      }
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** A throw-away sheet with letters of every script the fonts are expected to print. */
  static CertificateSheet sample(Locale language) {
    return new CertificateSheet(
        language,
        "Līga Ozoliņa-Šķēle · Мария Петрова · Γιώργος Παπαδόπουλος · Niccolò Perù",
        "Warm-up",
        "WARM-UP",
        "Warm-up",
        "Warm-up",
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 6, 30),
        List.of(new CertificateSheet.HoursLine("Online", 600)),
        600,
        List.of(new CertificateSheet.ModuleLine("M1", "Warm-up", true, BigDecimal.ONE)),
        List.of(new CertificateSheet.CompetenceLine("DigComp", "1.1", "Warm-up", "1")),
        BigDecimal.ONE,
        "Warm-up",
        "Mentora",
        "Mentora",
        LocalDate.of(2026, 7, 1),
        "WARM-UP0",
        "https://localhost/verify/WARM-UP0");
  }
}
