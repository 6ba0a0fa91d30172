package org.mentora.certificate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentora.platform.i18n.Bundles;

class CertificatePdfTest {

  private static final Locale LATVIAN = new Locale("lv");
  private static final CertificatePdf PDF = new CertificatePdf();

  /** PDFBox complains loudly about the damaged copies; kept quiet while they are parsed. */
  private static final java.util.logging.Logger QUIET =
      java.util.logging.Logger.getLogger("org.apache.pdfbox");

  private static SigningKey key;
  private static byte[] signed;

  @BeforeAll
  static void signOne() {
    key = SigningKey.selfSigned("Mentora test signer");
    byte[] pdf = PDF.render(CertificateSamples.multilingual(), false);
    signed =
        new PdfSigner(key).sign(pdf, "Certificate", "Riga", Instant.parse("2026-12-02T10:00:00Z"));
  }

  @Test
  void printsLatvianCyrillicGreekAndItalianIntact() throws IOException {
    String text = text(PDF.render(CertificateSamples.multilingual(), false));
    for (String expected :
        new String[] {
          "Līga Ozoliņa-Šķēle",
          "ā č ē ģ ī ķ ļ ņ š ū ž",
          "Мария Петрова",
          "Γιώργος Παπαδόπουλος",
          "Niccolò Perù",
          "Latvijas Nacionālā bibliotēka",
          "7KQ2-M9XD",
          CertificateSamples.URL
        }) {
      assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
    }
    assertTrue(text.contains(Bundles.format(Locale.ENGLISH, "certificate.pdf.title")));
    assertTrue(text.contains(Bundles.format(Locale.ENGLISH, "certificate.pdf.modules.waived")));
  }

  @Test
  void theQrCodeOnThePageLeadsToTheVerificationUrl() throws IOException {
    if (System.getProperty("certificate.png") != null) {
      try (PDDocument document =
          Loader.loadPDF(PDF.render(CertificateSamples.realistic(LATVIAN), false))) {
        for (int i = 0; i < document.getNumberOfPages(); i++) {
          javax.imageio.ImageIO.write(
              new PDFRenderer(document).renderImageWithDPI(i, 72),
              "png",
              new java.io.File(System.getProperty("certificate.png") + i + ".png"));
        }
      }
    }
    try (PDDocument document = Loader.loadPDF(signed)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      assertEquals(CertificateSamples.URL, QrCodes.decode(page));
    }
  }

  @Test
  void qrCodesRoundTrip() throws IOException {
    assertEquals("https://x.example/ā", QrCodes.decode(QrCodes.image("https://x.example/ā", 200)));
    byte[] png = QrCodes.png(CertificateSamples.URL, 150);
    assertEquals((byte) 0x89, png[0]);
    assertEquals(
        CertificateSamples.URL,
        QrCodes.decode(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png))));
    assertNull(QrCodes.decode(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB)));
  }

  @Test
  void aSignedCertificateVerifies() {
    SignatureCheck.Result result = SignatureCheck.verify(signed);
    assertTrue(result.valid(), result::problem);
    assertTrue(result.coversWholeDocument());
    assertEquals("Mentora test signer", result.signer());
    assertEquals(Instant.parse("2026-12-02T10:00:00Z"), result.signedAt());
    assertNull(result.problem());
  }

  @Test
  void changingAByteInTheMiddleBreaksTheSignature() {
    byte[] copy = signed.clone();
    copy[copy.length / 2] ^= 0x01;
    assertFalse(SignatureCheck.verify(copy).valid());
  }

  @Test
  void changingAByteOfThePageContentBreaksTheSignature() throws IOException {
    // The first page's content stream is the first "stream" keyword of the original document.
    int at = indexOf(signed, "stream\n".getBytes(StandardCharsets.US_ASCII), 0);
    assertTrue(at > 0);
    byte[] copy = signed.clone();
    copy[at + 20] ^= 0x20;
    SignatureCheck.Result result = SignatureCheck.verify(copy);
    assertFalse(result.valid());
    assertTrue(result.problem() != null);
  }

  @Test
  void everySingleByteChangeIsCaught() {
    QUIET.setLevel(java.util.logging.Level.OFF);
    // A sample across the file (every 97th byte), including the /Contents hole and its padding.
    int[] samples =
        java.util.stream.IntStream.iterate(0, i -> i < signed.length, i -> i + 97).toArray();
    for (int at : samples) {
      byte[] copy = signed.clone();
      copy[at] = (byte) (copy[at] == '0' ? '1' : '0');
      assertFalse(SignatureCheck.verify(copy).valid(), "byte " + at + " changed unnoticed");
    }
    QUIET.setLevel(null);
  }

  @Test
  void anAppendedByteIsNotCovered() {
    byte[] longer = Arrays.copyOf(signed, signed.length + 1);
    longer[signed.length] = '\n';
    SignatureCheck.Result result = SignatureCheck.verify(longer);
    assertFalse(result.valid());
    assertFalse(result.coversWholeDocument());
  }

  @Test
  void anUnsignedFileIsNotValid() {
    SignatureCheck.Result result =
        SignatureCheck.verify(PDF.render(CertificateSamples.multilingual(), false));
    assertFalse(result.valid());
    assertEquals("no signature", result.problem());
  }

  @Test
  void aRevokedCertificateCarriesTheWatermarkOnEveryPage() throws IOException {
    byte[] pdf = PDF.render(CertificateSamples.sheet(Locale.ENGLISH, "Anna", 40, 30, null), true);
    String word = Bundles.format(Locale.ENGLISH, "certificate.pdf.revoked");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() > 1);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document).replaceAll("\\s", "");
        assertTrue(text.contains(word), "page " + page);
      }
    }
    assertFalse(
        text(PDF.render(CertificateSamples.multilingual(), false))
            .replaceAll("\\s", "")
            .contains(word));
  }

  @Test
  void aLatvianCertificateHasLatvianLabels() throws IOException {
    String text = text(PDF.render(CertificateSamples.realistic(LATVIAN), false));
    assertTrue(text.contains("Apliecība par programmas apguvi"), text);
    assertTrue(text.contains("Mācību stundas"), text);
    assertTrue(text.contains("Pārbaudes kods: 7KQ2-M9XD"), text);
    assertFalse(text.contains("Certificate of Completion"), text);
  }

  @Test
  void manyModulesAndCompetencesContinueOnFurtherPages() throws IOException {
    CertificateSheet sheet = CertificateSamples.sheet(Locale.ENGLISH, "Anna Bērziņa", 40, 30, "P");
    byte[] pdf = PDF.render(sheet, false);
    String text = text(pdf).replaceAll("\\s+", " ");
    for (CertificateSheet.ModuleLine module : sheet.modules()) {
      assertTrue(text.contains(module.name()), module.name());
    }
    for (CertificateSheet.CompetenceLine competence : sheet.competences()) {
      assertTrue(text.contains(competence.name()), competence.name());
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() >= 3, "pages: " + document.getNumberOfPages());
    }
  }

  @Test
  void aKeySurvivesAPkcs12RoundTrip() throws Exception {
    java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("signing");
    java.nio.file.Path file = folder.resolve("key.p12");
    key.writePkcs12(file, "secret".toCharArray(), "mentora");
    SigningKey loaded = SigningKey.load(file, "secret".toCharArray(), null);
    assertEquals(key.certificate(), loaded.certificate());
    byte[] again =
        new PdfSigner(loaded)
            .sign(PDF.render(CertificateSamples.multilingual(), false), "r", "l", Instant.now());
    assertTrue(SignatureCheck.verify(again).valid());
    java.nio.file.Files.delete(file);
    java.nio.file.Files.delete(folder);
  }

  @Test
  void everyOfferedLanguageIsACertificateLanguage() {
    assertEquals(Bundles.languages(), CertificateLanguages.certificateLanguages());
    assertTrue(CertificateLanguages.certificateLanguages().contains(LATVIAN));
    assertEquals("latviešu", CertificateLanguages.displayName(LATVIAN, LATVIAN));
    assertEquals("Latvian", CertificateLanguages.displayName(LATVIAN, Locale.ENGLISH));
    var english = Bundles.text(Locale.ENGLISH);
    var latvian = Bundles.text(LATVIAN);
    for (String k : latvian.keySet()) {
      assertTrue(english.containsKey(k), k + " has no English text");
    }
    for (String k : english.keySet()) {
      if (k.startsWith("certificate.pdf.")) {
        assertFalse(latvian.getString(k).equals(english.getString(k)) && k.contains("title"), k);
      }
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
