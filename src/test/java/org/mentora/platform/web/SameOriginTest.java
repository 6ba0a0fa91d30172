package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

  @Test
  void fetchMetadataDecidesWhenTheBrowserSendsIt() {
    assertTrue(SameOrigin.allowed("same-origin", "https://evil.example", null, "mentora.lv"));
    assertTrue(SameOrigin.allowed("none", null, null, "mentora.lv"));
    assertFalse(SameOrigin.allowed("cross-site", "https://mentora.lv", null, "mentora.lv"));
    assertFalse(SameOrigin.allowed("same-site", null, null, "mentora.lv"));
  }

  @Test
  void otherwiseTheOriginMustNameTheHostTheRequestWasSentTo() {
    assertTrue(SameOrigin.allowed(null, "https://mentora.lv", null, "mentora.lv"));
    assertTrue(SameOrigin.allowed(null, "http://localhost:18080", null, "localhost:18080"));
    assertTrue(SameOrigin.allowed(null, "https://Mentora.LV", null, "mentora.lv:443"));
    assertFalse(SameOrigin.allowed(null, "http://localhost:9000", null, "localhost:18080"));
    assertFalse(SameOrigin.allowed(null, "https://mentora.lv.evil.example", null, "mentora.lv"));
    assertFalse(SameOrigin.allowed(null, "null", null, "mentora.lv"));
  }

  @Test
  void theRefererStandsInForAMissingOriginAndNeitherMeansNoProof() {
    assertTrue(SameOrigin.allowed(null, null, "https://mentora.lv/home.xhtml", "mentora.lv"));
    assertFalse(SameOrigin.allowed(null, null, "https://evil.example/x", "mentora.lv"));
    assertTrue(SameOrigin.allowed(null, null, null, "mentora.lv"));
  }
}
