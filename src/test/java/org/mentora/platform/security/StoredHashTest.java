package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoredHashTest {

  @Test
  void readsTheAlgorithmIterationsAndSaltOfAJakartaSecurityHash() {
    StoredHash hash =
        StoredHash.parse("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==").orElseThrow();
    assertEquals("PBKDF2WithHmacSHA256", hash.algorithm());
    assertEquals(600_000, hash.iterations());
    assertEquals("c2FsdA==", hash.salt());
  }

  @Test
  void rejectsAnythingElse() {
    assertTrue(StoredHash.parse("plain-text").isEmpty());
    assertTrue(StoredHash.parse("A:many:b:c").isEmpty());
    assertTrue(StoredHash.parse(null).isEmpty());
  }
}
