package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeRedirectTest {

  @Test
  void acceptsAPathOfThisApplicationWithItsQuery() {
    assertEquals(
        Optional.of("/course/edition.xhtml?id=42"),
        SafeRedirect.localPath("/course/edition.xhtml?id=42"));
  }

  @Test
  void refusesEveryWayOfPointingToAnotherSite() {
    assertTrue(SafeRedirect.localPath("https://evil.example/").isEmpty());
    assertTrue(SafeRedirect.localPath("//evil.example/x").isEmpty());
    assertTrue(SafeRedirect.localPath("/\\evil.example").isEmpty());
    assertTrue(SafeRedirect.localPath("javascript:alert(1)").isEmpty());
    assertTrue(SafeRedirect.localPath("/x\r\nLocation: https://evil.example").isEmpty());
  }

  @Test
  void refusesLoopsAndInternals() {
    assertTrue(SafeRedirect.localPath("/login.xhtml?continue=/home.xhtml").isEmpty());
    assertTrue(SafeRedirect.localPath("/WEB-INF/web.xml").isEmpty());
    assertTrue(SafeRedirect.localPath(null).isEmpty());
    assertTrue(SafeRedirect.localPath("").isEmpty());
  }
}
