package org.mentora.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileDownloadTest {

  @Test
  void plainNamesAreGivenTwiceAlike() {
    assertEquals(
        "attachment; filename=\"certificate-LV-2026-AB12.pdf\";"
            + " filename*=UTF-8''certificate-LV-2026-AB12.pdf",
        FileDownload.contentDisposition("certificate-LV-2026-AB12.pdf"));
  }

  @Test
  void otherLettersGoAsUtf8AndAsUnderscoresForOldClients() {
    assertEquals(
        "attachment; filename=\"_rija atskaite.pdf\";"
            + " filename*=UTF-8''%C4%92rija%20atskaite.pdf",
        FileDownload.contentDisposition("Ērija atskaite.pdf"));
    assertEquals("%CE%95%CE%BB%CE%AD%CE%BD%CE%B7", FileDownload.rfc5987("Ελένη"));
  }

  @Test
  void quotesBackslashesAndControlsCannotBreakTheHeader() {
    assertEquals(
        "attachment; filename=\"a_b_c__d.pdf\"; filename*=UTF-8''a%22b%5Cc%0D%0Ad.pdf",
        FileDownload.contentDisposition("a\"b\\c\r\nd.pdf"));
  }

  @Test
  void onlyRfc5987AttrCharsStayUnencoded() {
    assertEquals("a%2Ab%27c%28d%29%3B%2C", FileDownload.rfc5987("a*b'c(d);,"));
  }
}
