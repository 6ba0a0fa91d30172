package org.mentora.certificate.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES baseline B signing (subfilter ETSI.CAdES.detached) with PDFBox + BouncyCastle: PDFBox
 * writes an incremental update with the signature dictionary and hands over the signed byte range;
 * BouncyCastle builds a detached CMS (SHA-256, signing-certificate-v2, DER) over it. The signing
 * time is the dictionary's /M (PAdES forbids the CMS signing-time attribute). The JDK's providers
 * do the cryptography, so no JCA provider is registered. Thread-safe: each call builds its own
 * generator.
 */
public final class PdfSigner {

  /** Room for the CMS in /Contents: one certificate and an RSA 4096 signature fit easily. */
  private static final int SIGNATURE_SIZE = 12_000;

  private final SigningKey key;
  private final String algorithm;
  private final String signerName;
  private final JcaCertStore certificates;
  private final Attribute signingCertificate;
  private final DigestCalculatorProvider digests;

  public PdfSigner(SigningKey key) {
    this.key = key;
    this.algorithm =
        switch (key.privateKey().getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          default ->
              throw new IllegalArgumentException(
                  "Unsupported key algorithm " + key.privateKey().getAlgorithm());
        };
    X509Certificate signer = key.certificate();
    this.signerName = commonName(signer);
    try {
      this.certificates = new JcaCertStore(Arrays.asList(key.chain()));
      this.signingCertificate = signingCertificateV2(signer);
      this.digests = new JcaDigestCalculatorProviderBuilder().build();
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalArgumentException("Unusable signing certificate", e);
    }
  }

  /** The signer's common name, as a PDF reader shows it. */
  public String signerName() {
    return signerName;
  }

  /** The PDF with an incremental update carrying the signature. */
  public byte[] sign(byte[] pdf, String reason, String location, Instant signingTime) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(signerName);
      signature.setReason(reason);
      signature.setLocation(location);
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      when.setTimeInMillis(signingTime.toEpochMilli());
      signature.setSignDate(when);
      try (SignatureOptions options = new SignatureOptions()) {
        options.setPreferredSignatureSize(SIGNATURE_SIZE);
        document.addSignature(signature, options);
        ByteArrayOutputStream out =
            new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
        ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
        byte[] cms = cms(external.getContent());
        external.setSignature(cms);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sign the PDF", e);
    }
  }

  private byte[] cms(InputStream content) throws IOException {
    try {
      byte[] data = content.readAllBytes();
      ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key.privateKey());
      SignerInfoGenerator info =
          new JcaSignerInfoGeneratorBuilder(digests)
              .setSignedAttributeGenerator(new PadesAttributes(signingCertificate))
              .build(signer, key.certificate());
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(info);
      generator.addCertificates(certificates);
      return generator.generate(new CMSProcessableByteArray(data), false).getEncoded("DER");
    } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
      throw new IOException("Cannot build the CMS signature", e);
    }
  }

  private static Attribute signingCertificateV2(X509Certificate certificate)
      throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
    IssuerSerial serial =
        new IssuerSerial(new GeneralNames(new GeneralName(issuer)), certificate.getSerialNumber());
    // SHA-256 is ESSCertIDv2's default hash algorithm, so it is left out of the encoding.
    ESSCertIDv2 id = new ESSCertIDv2(hash, serial);
    return new Attribute(
        PKCSObjectIdentifiers.id_aa_signingCertificateV2,
        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
  }

  static String commonName(X509Certificate certificate) {
    X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    var rdns = name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
    if (rdns.length > 0 && rdns[0].getFirst() != null) {
      return rdns[0].getFirst().getValue().toString();
    }
    return certificate.getSubjectX500Principal().getName();
  }

  /** Content type, message digest, CMS algorithm protection and signing-certificate-v2. */
  private static final class PadesAttributes implements CMSAttributeTableGenerator {
    private final DefaultSignedAttributeTableGenerator defaults;

    PadesAttributes(Attribute signingCertificate) {
      ASN1EncodableVector extra = new ASN1EncodableVector();
      extra.add(signingCertificate);
      this.defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(extra));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public AttributeTable getAttributes(Map parameters) {
      return defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
  }
}
