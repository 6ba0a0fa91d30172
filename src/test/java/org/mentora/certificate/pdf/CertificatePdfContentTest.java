package org.mentora.certificate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Pins what the certificate draws: the SHA-256 of every page's content stream (and the document
 * information) for a few sheets, recorded from the renderer as it was before it was split into
 * classes. A change here means the printed certificate changed: intended layout changes update the
 * digests (run with {@code -Dcertificate.contents=DIR} to also get each page's raw stream there).
 */
class CertificatePdfContentTest {

  private static final CertificatePdf PDF = new CertificatePdf();

  /** Each sheet's PDF, by a name that says what it is. */
  private static Map<String, byte[]> renderings() {
    Locale latvian = Locale.forLanguageTag("lv");
    Map<String, byte[]> pdfs = new LinkedHashMap<>();
    pdfs.put("latvian", PDF.render(CertificateSamples.realistic(latvian), false));
    pdfs.put(
        "greekAlsoInEnglish",
        PDF.render(
            CertificateSamples.realistic(Locale.forLanguageTag("el")).alsoIn(Locale.ENGLISH),
            false));
    pdfs.put("latvianRevoked", PDF.render(CertificateSamples.realistic(latvian), true));
    pdfs.put(
        "latvianAlsoInEnglishRevoked",
        PDF.render(CertificateSamples.realistic(latvian).alsoIn(Locale.ENGLISH), true));
    pdfs.put("multilingual", PDF.render(CertificateSamples.multilingual(), false));
    pdfs.put(
        "bulgarianLongAlsoInEnglish",
        PDF.render(
            CertificateSamples.sheet(Locale.forLanguageTag("bg"), "Мария Петрова", 30, 20, "Проект")
                .alsoIn(Locale.ENGLISH),
            false));
    pdfs.put(
        "sparse",
        PDF.render(
            new CertificateSheet(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                CertificateSamples.URL),
            false));
    return pdfs;
  }

  @Test
  void theSameSheetsDrawTheSamePages() throws IOException {
    Map<String, String> actual = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> pdf : renderings().entrySet()) {
      actual.put(pdf.getKey(), String.join(" ", digests(pdf.getKey(), pdf.getValue())));
    }
    StringBuilder printed = new StringBuilder();
    actual.forEach((k, v) -> printed.append(k).append(" = ").append(v).append('\n'));
    assertEquals(EXPECTED, actual, () -> "now:\n" + printed);
  }

  private static final Map<String, String> EXPECTED = expected();

  private static Map<String, String> expected() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("latvian", "a3648d3cd80a630d 08e9f549131d7712 f62d400b3cd401b2");
    expected.put("greekAlsoInEnglish", "fda2717fa7751cde 82cf91642ec3e3cd 41d39b6a0a8b7ef0");
    expected.put("latvianRevoked", "a3648d3cd80a630d 128746e52911f477 4e9f5c1fcbbbdbd1");
    expected.put(
        "latvianAlsoInEnglishRevoked", "a3648d3cd80a630d d21408acefb5f5fe ae9cd57ef000e6d0");
    expected.put("multilingual", "ffee1ea6c1b59b4d d71cf33cc4a9be69");
    expected.put(
        "bulgarianLongAlsoInEnglish",
        "907d43cb682022a8 fa9f4be2c40c1f27 37a4637c0b56e589 9d1033595e9b04a5 760f1e9aab91594a"
            + " 597a3c282d49562d");
    expected.put("sparse", "cdbe00ab9ec01fc0 425b2f20f42ccf82");
    return expected;
  }

  /** The document information's digest, then each page's content stream's. */
  private static List<String> digests(String name, byte[] pdf) throws IOException {
    List<String> digests = new ArrayList<>();
    String dir = System.getProperty("certificate.contents");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      digests.add(
          sha256(
              (info.getTitle() + "\n" + info.getAuthor() + "\n" + info.getCreator())
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      int number = 0;
      for (PDPage page : document.getPages()) {
        number++;
        byte[] content;
        try (InputStream in = page.getContents()) {
          content = in.readAllBytes();
        }
        if (dir != null) {
          Files.createDirectories(Path.of(dir));
          Files.write(Path.of(dir, name + "-" + number + ".bin"), content);
        }
        digests.add(sha256(content));
      }
    }
    return digests;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
