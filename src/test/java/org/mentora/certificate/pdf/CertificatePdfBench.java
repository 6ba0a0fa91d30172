package org.mentora.certificate.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's benchmark: signed certificate PDFs per second, Mentora's pipeline ({@link
 * CertificatePdf#render} + {@link PdfSigner#sign}) beside a raw PDFBox + BouncyCastle loop that
 * draws the same text with the same fonts and the same QR image and signs with the same key and CMS
 * attributes, without any Mentora class; sequential (p50/p95) and a batch of 1,000 over a fixed
 * pool of one thread per core; then the first certificate in a fresh JVM with and without the
 * application's warm-up.
 *
 * <p>Run: {@code mvn -o -B -ntp verify -Pbench -Dit.test=CertificatePdfBench}; the table goes to
 * {@code target/bench/certificate-pdf.md}.
 */
class CertificatePdfBench {

  private static final int WARMUP = 200;
  private static final int SEQUENTIAL = 500;
  private static final int BATCH = 1000;
  private static final int COLD_RUNS = 3;

  @Test
  void signedCertificatesPerSecond() throws Exception {
    if (Boolean.getBoolean("bench.coldOnly")) {
      coldOnly();
      return;
    }
    SigningKey key = SigningKey.selfSigned("Mentora benchmark");
    CertificatePdf pdf = new CertificatePdf();
    PdfSigner signer = new PdfSigner(key);
    Instant now = Instant.now();
    IntFunction<byte[]> mentora =
        i -> signer.sign(pdf.render(sheet(i), false), "Certificate", "Mentora", now);
    byte[] reference = pdf.render(sheet(0), false);
    Raw raw = new Raw(key, reference, false);
    IntFunction<byte[]> baseline = i -> raw.renderAndSign(sheet(i).verificationUrl(), now);
    Raw rawReused = new Raw(key, reference, true);
    IntFunction<byte[]> baselineReused =
        i -> rawReused.renderAndSign(sheet(i).verificationUrl(), now);
    assertTrue(SignatureCheck.verify(mentora.apply(1)).valid());
    assertTrue(SignatureCheck.verify(baseline.apply(1)).valid());
    assertTrue(SignatureCheck.verify(baselineReused.apply(1)).valid());
    int pages = pages(mentora.apply(1));
    int size = mentora.apply(1).length;
    int rawSize = baseline.apply(1).length;

    String loadBefore = loadAverage();
    warm(mentora);
    warm(baseline);
    warm(baselineReused);
    Run mentoraRun = new Run();
    Run rawRun = new Run();
    Run reusedRun = new Run();
    // Two rounds, the second in the other order, to even out the machine's drift; best kept.
    mentoraRun.measure(mentora);
    rawRun.measure(baseline);
    reusedRun.measure(baselineReused);
    reusedRun.measure(baselineReused);
    rawRun.measure(baseline);
    mentoraRun.measure(mentora);
    String loadAfter = loadAverage();

    Path keyStore = Path.of("target", "bench", "cold-start.p12");
    Files.createDirectories(keyStore.getParent());
    key.writePkcs12(keyStore, "bench".toCharArray(), "mentora");
    List<Map<String, String>> cold = new ArrayList<>();
    List<Map<String, String>> warmed = new ArrayList<>();
    for (int i = 0; i < COLD_RUNS; i++) {
      cold.add(child("cold", keyStore));
      warmed.add(child("warm", keyStore));
    }

    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Signed certificate PDFs on %d cores (%s %s), RSA 2048 self-signed key. A realistic"
                + " sheet: 4 learning modes, 8 modules, 5 competences, %d page(s), %,d bytes"
                + " signed (raw: %,d bytes). Sequential: %d certificates after %d warm-up;"
                + " batch: %d certificates on a fixed pool of %d threads. Best of two rounds."
                + " Load average (1, 5, 15 min) before: %s; after: %s.%n%n",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            pages,
            size,
            rawSize,
            SEQUENTIAL,
            WARMUP,
            BATCH,
            Runtime.getRuntime().availableProcessors(),
            loadBefore,
            loadAfter));
    out.append(
        "| pipeline | sequential: certs/s | p50 ms | p95 ms | CPU ms per cert |"
            + " batch of 1,000: certs/s |\n"
            + "|---|---|---|---|---|---|\n");
    row(out, "Mentora: CertificatePdf.render + PdfSigner.sign", mentoraRun);
    row(out, "raw PDFBox + BouncyCastle loop (fonts loaded per PDF)", rawRun);
    row(out, "raw loop with parsed fonts reused per thread", reusedRun);
    ratio(out, "Mentora as % of raw (fonts per PDF)", mentoraRun, rawRun);
    ratio(out, "Mentora as % of raw (fonts reused)", mentoraRun, reusedRun);
    out.append(
        "\nCPU % is raw CPU time / Mentora CPU time per certificate (thread CPU time, less"
            + " sensitive to other load on the machine than wall time).\n\n");
    out.append(
        "First certificate in a fresh JVM (`java -cp <test class path>"
            + " CertificateColdStart`), milliseconds from the start of main; median of "
            + COLD_RUNS
            + " runs each.\n\n"
            + "| path | JVM start to main | key store and engine ready | warm-up | first certificate |"
            + " main to first certificate | second certificate |\n"
            + "|---|---|---|---|---|---|---|\n");
    coldRow(out, "no warm-up: first certificate straight away", cold);
    coldRow(out, "application path: warm-up first (as at server start)", warmed);
    Path file = Path.of("target", "bench", "certificate-pdf.md");
    Files.writeString(file, out.toString());
    System.out.println(out);
  }

  /**
   * Only the fresh-JVM part ({@code -Dbench.coldOnly=true}), to target/bench/certificate-cold.md.
   */
  private void coldOnly() throws Exception {
    SigningKey key = SigningKey.selfSigned("Mentora benchmark");
    Path keyStore = Path.of("target", "bench", "cold-start.p12");
    Files.createDirectories(keyStore.getParent());
    key.writePkcs12(keyStore, "bench".toCharArray(), "mentora");
    List<Map<String, String>> cold = new ArrayList<>();
    List<Map<String, String>> warmed = new ArrayList<>();
    String loadBefore = loadAverage();
    for (int i = 0; i < COLD_RUNS; i++) {
      cold.add(child("cold", keyStore));
      warmed.add(child("warm", keyStore));
    }
    StringBuilder out = new StringBuilder();
    out.append("Load average before: " + loadBefore + "; after: " + loadAverage() + "\n\n");
    out.append(
        "| path | JVM start to main | key store and engine ready | warm-up | first certificate |"
            + " main to first certificate | second certificate |\n"
            + "|---|---|---|---|---|---|---|\n");
    coldRow(out, "no warm-up: first certificate straight away", cold);
    coldRow(out, "application path: warm-up first (as at server start)", warmed);
    Files.writeString(Path.of("target", "bench", "certificate-cold.md"), out.toString());
    System.out.println(out);
  }

  /** The best of the rounds of one pipeline: sequential times, CPU per certificate, batch. */
  private static final class Run {
    long[] sequential;
    double cpuMillis = Double.MAX_VALUE;
    double batch;

    void measure(IntFunction<byte[]> pipeline) throws Exception {
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu = threads.getCurrentThreadCpuTime();
      long[] nanos = CertificatePdfBench.sequential(pipeline);
      double perCert = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / nanos.length;
      cpuMillis = Math.min(cpuMillis, perCert);
      if (sequential == null || Arrays.stream(nanos).sum() < Arrays.stream(sequential).sum()) {
        sequential = nanos;
      }
      batch = Math.max(batch, CertificatePdfBench.batch(pipeline));
    }
  }

  private static void ratio(StringBuilder out, String what, Run mentora, Run raw) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.0f %% | | | %.0f %% | %.0f %% |%n",
            what,
            100 * perSecond(mentora.sequential) / perSecond(raw.sequential),
            100 * raw.cpuMillis / mentora.cpuMillis,
            100 * mentora.batch / raw.batch));
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** A realistic sheet; each certificate its own code and URL, so each QR code differs. */
  private static CertificateSheet sheet(int i) {
    CertificateSheet base = CertificateSamples.realistic(Locale.ENGLISH);
    String code = String.format(Locale.ROOT, "B%07d", i);
    return new CertificateSheet(
        base.language(),
        base.holderName(),
        base.programmeName(),
        base.editionCode(),
        base.editionName(),
        base.profileName(),
        base.startsOn(),
        base.endsOn(),
        base.hours(),
        base.totalMinutes(),
        base.modules(),
        base.competences(),
        base.ecvetPoints(),
        base.projectTitle(),
        base.issuerName(),
        base.issuingBody(),
        base.issuedOn(),
        code,
        "https://mentora.example.org/verify/" + code);
  }

  private static void warm(IntFunction<byte[]> pipeline) {
    for (int i = 0; i < WARMUP; i++) {
      pipeline.apply(i);
    }
  }

  private static long[] sequential(IntFunction<byte[]> pipeline) {
    long[] nanos = new long[SEQUENTIAL];
    for (int i = 0; i < SEQUENTIAL; i++) {
      long start = System.nanoTime();
      pipeline.apply(i);
      nanos[i] = System.nanoTime() - start;
    }
    return nanos;
  }

  private static double batch(IntFunction<byte[]> pipeline) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<byte[]>> done = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        int n = i;
        done.add(pool.submit(() -> pipeline.apply(n)));
      }
      for (Future<byte[]> each : done) {
        each.get();
      }
      return BATCH / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  private static double perSecond(long[] nanos) {
    return nanos.length / (Arrays.stream(nanos).sum() / 1e9);
  }

  private static void row(StringBuilder out, String what, Run run) {
    long[] sorted = run.sequential.clone();
    Arrays.sort(sorted);
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.0f | %.1f | %.1f | %.1f | %.0f |%n",
            what,
            perSecond(run.sequential),
            sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6,
            sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6,
            run.cpuMillis,
            run.batch));
  }

  private static Map<String, String> child(String mode, Path keyStore) throws Exception {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                classPath,
                "-Djava.awt.headless=true",
                CertificateColdStart.class.getName(),
                mode,
                keyStore.toString(),
                "bench")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0 || !output.contains("RESULT ")) {
      throw new IllegalStateException("cold-start child failed:\n" + output);
    }
    String line = output.substring(output.indexOf("RESULT ") + 7).lines().findFirst().orElseThrow();
    Map<String, String> values = new java.util.HashMap<>();
    for (String pair : line.trim().split(" ")) {
      String[] kv = pair.split("=");
      values.put(kv[0], kv[1]);
    }
    return values;
  }

  private static void coldRow(StringBuilder out, String what, List<Map<String, String>> runs) {
    out.append("| ").append(what);
    for (String field :
        List.of("jvmToMain", "keyLoad", "warmUp", "first", "mainToFirst", "second")) {
      double[] values =
          runs.stream().mapToDouble(r -> Double.parseDouble(r.get(field))).sorted().toArray();
      out.append(String.format(Locale.ROOT, " | %.0f", values[values.length / 2]));
    }
    out.append(" |\n");
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /**
   * The baseline: one hand-written PDFBox page per page of Mentora's PDF, the same lines of text
   * (taken once from Mentora's rendering), the two DejaVu fonts subset, the QR image; then the same
   * incremental signature and CMS. No Mentora class runs inside the timed loop.
   */
  static final class Raw {
    private final byte[] regularFont;
    private final byte[] boldFont;
    private final List<List<String>> pages = new ArrayList<>();
    private final SigningKey key;
    private final JcaCertStore certificates;
    private final Attribute signingCertificate;

    private final boolean reuseFonts;
    private final ThreadLocal<TrueTypeFont[]> parsed = new ThreadLocal<>();

    Raw(SigningKey key, byte[] mentoraPdf, boolean reuseFonts) throws Exception {
      this.key = key;
      this.reuseFonts = reuseFonts;
      this.regularFont = resource("fonts/DejaVuSans.ttf");
      this.boldFont = resource("fonts/DejaVuSans-Bold.ttf");
      try (PDDocument document = Loader.loadPDF(mentoraPdf)) {
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
          PDFTextStripper stripper = new PDFTextStripper();
          stripper.setStartPage(p);
          stripper.setEndPage(p);
          pages.add(stripper.getText(document).lines().toList());
        }
      }
      X509Certificate certificate = key.chain()[0];
      this.certificates = new JcaCertStore(Arrays.asList(key.chain()));
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      IssuerSerial serial =
          new IssuerSerial(
              new GeneralNames(
                  new GeneralName(
                      X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
              certificate.getSerialNumber());
      this.signingCertificate =
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(
                  new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, serial)})));
    }

    byte[] renderAndSign(String url, Instant when) {
      try {
        return sign(render(url), when);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    private byte[] render(String url) throws IOException {
      try (PDDocument document = new PDDocument()) {
        PDType0Font regular;
        PDType0Font bold;
        if (reuseFonts) {
          TrueTypeFont[] fonts = parsed.get();
          if (fonts == null) {
            fonts =
                new TrueTypeFont[] {
                  new TTFParser().parse(new RandomAccessReadBuffer(regularFont)),
                  new TTFParser().parse(new RandomAccessReadBuffer(boldFont))
                };
            parsed.set(fonts);
          }
          regular = PDType0Font.load(document, fonts[0], true);
          bold = PDType0Font.load(document, fonts[1], true);
        } else {
          regular = PDType0Font.load(document, new java.io.ByteArrayInputStream(regularFont), true);
          bold = PDType0Font.load(document, new java.io.ByteArrayInputStream(boldFont), true);
        }
        PDImageXObject qr = LosslessFactory.createFromImage(document, QrImage.of(url));
        for (List<String> lines : pages) {
          PDPage page = new PDPage(PDRectangle.A4);
          document.addPage(page);
          try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            float y = 780;
            int n = 0;
            for (String line : lines) {
              stream.beginText();
              stream.setFont(n++ < 6 ? bold : regular, 10);
              stream.setNonStrokingColor(Color.BLACK);
              stream.newLineAtOffset(60, y);
              stream.showText(line);
              stream.endText();
              y -= 13;
            }
            stream.drawImage(qr, 450, 56, 96, 96);
          }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        document.save(out);
        return out.toByteArray();
      }
    }

    private byte[] sign(byte[] pdf, Instant when) throws Exception {
      try (PDDocument document = Loader.loadPDF(pdf);
          SignatureOptions options = new SignatureOptions()) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setReason("Certificate");
        signature.setLocation("Mentora");
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(when.toEpochMilli());
        signature.setSignDate(date);
        options.setPreferredSignatureSize(12_000);
        document.addSignature(signature, options);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 30_000);
        ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
        ASN1EncodableVector extra = new ASN1EncodableVector();
        extra.add(signingCertificate);
        DefaultSignedAttributeTableGenerator defaults =
            new DefaultSignedAttributeTableGenerator(new AttributeTable(extra));
        CMSAttributeTableGenerator attributes =
            parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(
            new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(attributes)
                .build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()),
                    key.chain()[0]));
        generator.addCertificates(certificates);
        external.setSignature(
            generator
                .generate(new CMSProcessableByteArray(external.getContent().readAllBytes()), false)
                .getEncoded("DER"));
        return out.toByteArray();
      }
    }

    private static byte[] resource(String name) throws IOException {
      try (InputStream in = Raw.class.getClassLoader().getResourceAsStream(name)) {
        return in.readAllBytes();
      }
    }
  }

  /** ZXing directly (the raw loop does not use Mentora's QrCodes). */
  static final class QrImage {
    static java.awt.image.BufferedImage of(String url) {
      try {
        return com.google.zxing.client.j2se.MatrixToImageWriter.toBufferedImage(
            new com.google.zxing.qrcode.QRCodeWriter()
                .encode(
                    url,
                    com.google.zxing.BarcodeFormat.QR_CODE,
                    0,
                    0,
                    Map.of(
                        com.google.zxing.EncodeHintType.ERROR_CORRECTION,
                        com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M,
                        com.google.zxing.EncodeHintType.CHARACTER_SET,
                        "UTF-8",
                        com.google.zxing.EncodeHintType.MARGIN,
                        4)));
      } catch (com.google.zxing.WriterException e) {
        throw new UncheckedIOException(new IOException(e));
      }
    }
  }
}
