package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Which failures of the container the upload limit turns into a 413, and which it leaves alone. */
class UploadLimitFilterTest {

  /** Stands for Payara's org.apache.catalina.fileupload.SizeException. */
  static final class SizeException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** Stands for Tomcat's FileUploadBase.SizeLimitExceededException. */
  static final class SizeLimitExceededException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void recognisesTheContainersSizeLimitHoweverDeeplyWrapped() {
    Exception payara = new IllegalStateException(new SizeException());
    assertTrue(UploadLimitFilter.overLimit(payara));
    assertTrue(UploadLimitFilter.overLimit(new ServletException(new FacesException(payara))));
    assertTrue(
        UploadLimitFilter.overLimit(new IllegalStateException(new SizeLimitExceededException())));
  }

  @Test
  void theLimitIsTheOneTheContainerIsGivenInWebXml() throws IOException {
    String webXml =
        java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml"));
    for (String element : java.util.List.of("max-request-size", "max-file-size")) {
      java.util.regex.Matcher value =
          java.util.regex.Pattern.compile("<" + element + ">(\\d+)</" + element + ">")
              .matcher(webXml);
      assertTrue(value.find(), element);
      org.junit.jupiter.api.Assertions.assertEquals(
          UploadLimitFilter.CONTAINER_LIMIT, Long.parseLong(value.group(1)), element);
    }
  }

  @Test
  void leavesEveryOtherFailureAlone() {
    assertFalse(UploadLimitFilter.overLimit(new IllegalStateException("no parts")));
    assertFalse(UploadLimitFilter.overLimit(new ServletException(new IOException("reset"))));
    assertFalse(UploadLimitFilter.overLimit(new FacesException("CSP nonce mismatch")));
  }
}
