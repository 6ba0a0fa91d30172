package org.mentora.certificate.pdf;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A private key and its certificate chain (signer first). */
public record SigningKey(PrivateKey privateKey, X509Certificate[] chain) {

  /** Reads a PKCS#12 file; {@code alias} null means the first key entry. */
  public static SigningKey load(Path pkcs12, char[] password, String alias) {
    throw new UnsupportedOperationException("not yet");
  }

  /** A fresh self-signed key for demos and tests, valid ten years. */
  public static SigningKey selfSigned(String commonName) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Stores key and chain as PKCS#12. */
  public void writePkcs12(Path file, char[] password, String alias) {
    throw new UnsupportedOperationException("not yet");
  }
}
