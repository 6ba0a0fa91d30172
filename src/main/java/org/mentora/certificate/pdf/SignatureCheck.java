package org.mentora.certificate.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks a PDF's signature: the CMS verifies against the embedded certificate AND the signed byte
 * range covers the whole file. The /Contents hole is checked too (exactly the hex of one DER object
 * followed by zero padding), so that no single byte of the file can change unnoticed. Trust in the
 * certificate itself (a chain to a known authority) is not judged here.
 */
public final class SignatureCheck {

  private SignatureCheck() {}

  /** What a check found; {@code problem} is null when valid. */
  public record Result(
      boolean valid, boolean coversWholeDocument, String signer, Instant signedAt, String problem) {

    static Result invalid(boolean covers, String signer, Instant at, String problem) {
      return new Result(false, covers, signer, at, problem);
    }
  }

  public static Result verify(byte[] pdf) {
    if (pdf == null || pdf.length == 0) {
      return Result.invalid(false, null, null, "empty file");
    }
    PDSignature signature;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return Result.invalid(false, null, null, "no signature");
      }
      signature = signatures.get(signatures.size() - 1);
    } catch (IOException | RuntimeException e) {
      return Result.invalid(false, null, null, "unreadable PDF: " + e.getMessage());
    }
    Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    int[] range = signature.getByteRange();
    if (range == null || range.length != 4) {
      return Result.invalid(false, null, signedAt, "no byte range");
    }
    long end = (long) range[2] + range[3];
    boolean wellFormed =
        range[0] == 0
            && range[1] > 0
            && range[2] > range[1] + 1
            && range[3] >= 0
            && end <= pdf.length
            && pdf[range[1]] == '<'
            && pdf[range[2] - 1] == '>';
    if (!wellFormed) {
      return Result.invalid(false, null, signedAt, "malformed byte range");
    }
    boolean covers = end == pdf.length;
    byte[] contents;
    try {
      contents = contents(pdf, range[1] + 1, range[2] - 1);
    } catch (IllegalArgumentException e) {
      return Result.invalid(covers, null, signedAt, "malformed /Contents: " + e.getMessage());
    }
    byte[] signed = new byte[range[1] + range[3]];
    System.arraycopy(pdf, 0, signed, 0, range[1]);
    System.arraycopy(pdf, range[2], signed, range[1], range[3]);
    String signer = null;
    try {
      ContentInfo info;
      int length;
      try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(contents))) {
        ASN1Primitive object = in.readObject();
        if (object == null) {
          return Result.invalid(covers, null, signedAt, "empty /Contents");
        }
        info = ContentInfo.getInstance(object);
        length = object.getEncoded("DER").length;
      }
      for (int i = length; i < contents.length; i++) {
        if (contents[i] != 0) {
          return Result.invalid(covers, null, signedAt, "bytes after the signature in /Contents");
        }
      }
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        return Result.invalid(
            covers, null, signedAt, "expected one signer, found " + signers.size());
      }
      SignerInformation information = signers.iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches =
          cms.getCertificates().getMatches(information.getSID());
      if (matches.isEmpty()) {
        return Result.invalid(covers, null, signedAt, "signer certificate not embedded");
      }
      X509Certificate certificate =
          new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
      signer = PdfSigner.commonName(certificate);
      if (!information.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
        return Result.invalid(covers, signer, signedAt, "signature does not verify");
      }
      if (!signingCertificateMatches(information, certificate)) {
        return Result.invalid(covers, signer, signedAt, "signing-certificate-v2 does not match");
      }
    } catch (Exception e) {
      return Result.invalid(
          covers, signer, signedAt, "signature does not verify: " + e.getMessage());
    }
    if (!covers) {
      return Result.invalid(false, signer, signedAt, "bytes after the signed range");
    }
    return new Result(true, true, signer, signedAt, null);
  }

  /**
   * The hex string of the hole, decoded: all upper or all lower case (a case flip of one digit
   * would otherwise decode to the same bytes).
   */
  private static byte[] contents(byte[] pdf, int from, int to) {
    String hex = new String(pdf, from, to - from, StandardCharsets.US_ASCII);
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("odd length");
    }
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (c >= 'A' && c <= 'F') {
        upper = true;
      } else if (c >= 'a' && c <= 'f') {
        lower = true;
      } else if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not hexadecimal");
      }
    }
    if (upper && lower) {
      throw new IllegalArgumentException("mixed case");
    }
    return HexFormat.of().parseHex(hex);
  }

  private static boolean signingCertificateMatches(
      SignerInformation information, X509Certificate certificate) throws Exception {
    if (information.getSignedAttributes() == null) {
      return false;
    }
    Attribute attribute =
        information.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    if (attribute == null) {
      return false;
    }
    SigningCertificateV2 value =
        SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
    ESSCertIDv2 id = value.getCerts()[0];
    String algorithm = id.getHashAlgorithm().getAlgorithm().getId();
    if (!"2.16.840.1.101.3.4.2.1".equals(algorithm)) {
      return false;
    }
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    return Arrays.equals(hash, id.getCertHash());
  }
}
