package org.mentora.certificate.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A private key and its certificate chain (signer first). Uses the JDK's providers (PKCS#12, RSA);
 * BouncyCastle only builds the certificate, and is never registered globally.
 */
public record SigningKey(PrivateKey privateKey, X509Certificate[] chain) {

  private static final Duration VALIDITY = Duration.ofDays(3653);

  public SigningKey {
    if (privateKey == null || chain == null || chain.length == 0) {
      throw new IllegalArgumentException("A signing key needs a private key and a certificate");
    }
    chain = chain.clone();
  }

  @Override
  public X509Certificate[] chain() {
    return chain.clone();
  }

  /** The signer's certificate, first of the chain. */
  public X509Certificate certificate() {
    return chain[0];
  }

  /** The signer's subject as RFC 2253 text. */
  public String subject() {
    return chain[0].getSubjectX500Principal().getName();
  }

  /** SHA-256 of the certificate, hex with colons, for logs. */
  public String fingerprint() {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
      return HexFormat.ofDelimiter(":").withUpperCase().formatHex(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a PKCS#12 file; {@code alias} null means the first key entry. */
  public static SigningKey load(Path pkcs12, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(pkcs12)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String chosen = alias;
      if (chosen == null) {
        for (String candidate : Collections.list(store.aliases())) {
          if (store.isKeyEntry(candidate)) {
            chosen = candidate;
            break;
          }
        }
      }
      if (chosen == null || !store.isKeyEntry(chosen)) {
        throw new IllegalArgumentException(
            "No key entry " + (alias == null ? "" : "'" + alias + "' ") + "in " + pkcs12);
      }
      PrivateKey key = (PrivateKey) store.getKey(chosen, password);
      Certificate[] certificates = store.getCertificateChain(chosen);
      X509Certificate[] chain = new X509Certificate[certificates.length];
      for (int i = 0; i < certificates.length; i++) {
        chain[i] = (X509Certificate) certificates[i];
      }
      return new SigningKey(key, chain);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + pkcs12, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot open the key store " + pkcs12, e);
    }
  }

  /** A fresh self-signed RSA 2048 key for demos and tests, valid ten years. */
  public static SigningKey selfSigned(String commonName) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, new SecureRandom());
      KeyPair pair = generator.generateKeyPair();
      X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
      Instant now = Instant.now();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(VALIDITY)),
              name,
              pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      return new SigningKey(pair.getPrivate(), new X509Certificate[] {certificate});
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("Cannot create a self-signed key", e);
    }
  }

  /** Stores key and chain as PKCS#12 (written to a temporary file, then moved into place). */
  public void writePkcs12(Path file, char[] password, String alias) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(alias, privateKey, password, chain);
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Path temporary = Files.createTempFile(folder, ".signing", ".p12");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        store.store(out, password);
      }
      Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot store the key in " + file, e);
    }
  }
}
