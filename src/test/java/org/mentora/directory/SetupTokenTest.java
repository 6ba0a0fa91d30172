package org.mentora.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SetupTokenTest {

  @Test
  void aTokenMatchesHoweverItWasCopied() {
    assertEquals(SetupToken.normalise("ABCD-EFGH-JKLM"), SetupToken.normalise(" abcd efgh-jklm\n"));
  }

  @Test
  void onlyTheHashIsKeptAndItDiffersPerToken() {
    assertEquals(64, SetupToken.sha256("ABCD").length());
    assertNotEquals(SetupToken.sha256("ABCD"), SetupToken.sha256("ABCE"));
  }
}
