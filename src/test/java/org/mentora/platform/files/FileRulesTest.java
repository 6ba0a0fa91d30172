package org.mentora.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mentora.platform.BusinessException;

class FileRulesTest {

  private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

  @Test
  void recognisesPdfPngAndJpegByTheirContent() {
    assertEquals(FileKind.PDF, FileRules.check("f", "x.bin", PDF));
    assertEquals(FileKind.PNG, FileRules.check("f", "photo.pdf", PNG));
    assertEquals(FileKind.JPEG, FileRules.check("f", "scan", JPEG));
  }

  @Test
  void refusesAnExecutableRenamedToPdf() {
    byte[] exe = "MZ\u0090\u0000rest".getBytes(StandardCharsets.ISO_8859_1);
    BusinessException refused =
        assertThrows(BusinessException.class, () -> FileRules.check("evidence", "cert.pdf", exe));
    assertEquals("file.typeNotAllowed", refused.messageKey());
    assertEquals("evidence", refused.field().orElseThrow());
  }

  @Test
  void refusesHtmlThatCouldRunScriptsIfServedInline() {
    byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    assertThrows(BusinessException.class, () -> FileRules.check("f", "cert.pdf", html));
  }

  @Test
  void refusesEmptyAndOversizedFiles() {
    assertEquals(
        "file.empty",
        assertThrows(BusinessException.class, () -> FileRules.check("f", "a.pdf", new byte[0]))
            .messageKey());
    byte[] big = new byte[(int) FileRules.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertEquals(
        "file.tooLarge",
        assertThrows(BusinessException.class, () -> FileRules.check("f", "a.pdf", big))
            .messageKey());
  }

  @Test
  void aFileOfExactlyTenMegabytesIsAccepted() {
    byte[] limit = new byte[(int) FileRules.MAX_BYTES];
    System.arraycopy(PDF, 0, limit, 0, PDF.length);
    assertEquals(FileKind.PDF, FileRules.check("f", "a.pdf", limit));
  }

  @Test
  void storedNamesLosePathsAndHeaderBreakersAndTakeTheRealExtension() {
    assertEquals("cert_.pdf", FileRules.safeName("../../etc/cert\".pdf", FileKind.PDF));
    assertEquals("photo.png", FileRules.safeName("C:\\Users\\x\\photo.pdf", FileKind.PNG));
    assertEquals("evidence.jpg", FileRules.safeName("", FileKind.JPEG));
    assertEquals("Sertifikāts.pdf", FileRules.safeName("Sertifikāts.pdf", FileKind.PDF));
  }

  @Test
  void aFileNameLosesDirectionOverridesAndLineBreaksSoItShowsWhatItIs() {
    assertEquals("evil.pdf", FileRules.safeName("\u202Eevil.pdf", FileKind.PDF));
    assertEquals("a_b.pdf", FileRules.safeName("a\nb.pdf", FileKind.PDF));
    assertEquals("a_b.pdf", FileRules.safeName("a\u0085b.pdf", FileKind.PDF));
    assertEquals("Εργασία.pdf", FileRules.safeName("\u2066Εργασία\u2069.pdf", FileKind.PDF));
  }
}
