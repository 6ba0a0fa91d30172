package org.mentora.certificate.pdf;

/** Renders a sheet; thread-safe, fonts loaded once per instance. */
public final class CertificatePdf {

  public CertificatePdf() {}

  /** The PDF's bytes; a revoked certificate carries a diagonal watermark on every page. */
  public byte[] render(CertificateSheet sheet, boolean revoked) {
    throw new UnsupportedOperationException("not yet");
  }
}
