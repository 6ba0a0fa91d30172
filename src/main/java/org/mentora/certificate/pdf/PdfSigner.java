package org.mentora.certificate.pdf;

import java.time.Instant;

/** PAdES signing (subfilter ETSI.CAdES.detached) with PDFBox + BouncyCastle. Thread-safe. */
public final class PdfSigner {

  private final SigningKey key;

  public PdfSigner(SigningKey key) {
    this.key = key;
  }

  /** The PDF with an incremental update carrying the signature. */
  public byte[] sign(byte[] pdf, String reason, String location, Instant signingTime) {
    throw new UnsupportedOperationException("not yet " + key);
  }
}
