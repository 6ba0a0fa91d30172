package org.mentora.certificate.pdf;

import jakarta.enterprise.context.ApplicationScoped;

/** The application's signer: reads its key from MicroProfile Config. */
@ApplicationScoped
public class CertificateSigning {

  /** Renders and signs a valid certificate. */
  public byte[] renderSigned(CertificateSheet sheet) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Renders and signs a certificate with the revoked watermark. */
  public byte[] renderRevoked(CertificateSheet sheet) {
    throw new UnsupportedOperationException("not yet");
  }

  public boolean ready() {
    return false;
  }

  public String signerName() {
    return null;
  }
}
