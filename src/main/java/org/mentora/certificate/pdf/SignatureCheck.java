package org.mentora.certificate.pdf;

import java.time.Instant;

/**
 * Checks a PDF's signature: the CMS verifies against the embedded certificate AND the signed byte
 * range covers the whole file.
 */
public final class SignatureCheck {

  private SignatureCheck() {}

  /** What a check found; {@code problem} is null when valid. */
  public record Result(
      boolean valid,
      boolean coversWholeDocument,
      String signer,
      Instant signedAt,
      String problem) {}

  public static Result verify(byte[] pdf) {
    throw new UnsupportedOperationException("not yet");
  }
}
