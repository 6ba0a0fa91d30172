package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  @Test
  void aLabelCannotEndTheScriptItStandsIn() {
    String json =
        "{\"labels\":[\"</script><script>alert(1)</script>\"],\"note\":\"a & b <!-- \u2028 \u2029\"}";
    String safe = ScriptJson.escape(json);
    assertFalse(safe.contains("<"), safe);
    assertFalse(safe.contains(">"), safe);
    assertFalse(safe.contains("&"), safe);
    assertFalse(safe.contains("\u2028") || safe.contains("\u2029"), safe);
    assertEquals(
        "{\"labels\":[\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"],"
            + "\"note\":\"a \\u0026 b \\u003c!-- \\u2028 \\u2029\"}",
        safe);
  }

  @Test
  void harmlessJsonIsReturnedAsItIs() {
    String json = "{\"type\":\"bar\",\"data\":[1,2]}";
    assertSame(json, ScriptJson.escape(json));
  }
}
