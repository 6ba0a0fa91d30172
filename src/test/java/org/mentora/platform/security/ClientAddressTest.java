package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final List<ClientAddress.Block> PROXIES =
      ClientAddress.blocks("10.0.0.0/8, 192.0.2.7, 2001:db8::/32");

  private static String resolve(String remote, String header, String... values) {
    return ClientAddress.resolve(remote, ClientAddress.hops(header, List.of(values)), PROXIES);
  }

  @Test
  void withoutATrustedProxyTheHeaderIsIgnored() {
    assertEquals("203.0.113.9", resolve("203.0.113.9", "X-Forwarded-For", "1.2.3.4"));
    assertEquals(
        "203.0.113.9",
        ClientAddress.resolve("203.0.113.9", List.of("1.2.3.4"), ClientAddress.blocks("")));
  }

  @Test
  void behindTrustedProxiesTheRightmostUntrustedHopIsTheClient() {
    assertEquals("198.51.100.4", resolve("10.1.2.3", "X-Forwarded-For", "198.51.100.4"));
    // The client wrote "6.6.6.6" itself; the proxies appended what they saw.
    assertEquals(
        "198.51.100.4", resolve("10.1.2.3", "X-Forwarded-For", "6.6.6.6, 198.51.100.4, 10.9.9.9"));
    assertEquals(
        "198.51.100.4", resolve("192.0.2.7", "X-Forwarded-For", "6.6.6.6", "198.51.100.4"));
  }

  @Test
  void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
    assertEquals("10.0.0.5", resolve("10.1.2.3", "X-Forwarded-For", "10.0.0.5, 10.0.0.6"));
    assertEquals("10.1.2.3", resolve("10.1.2.3", "X-Forwarded-For"));
  }

  @Test
  void anUnknownHopStopsTheWalk() {
    assertEquals("unknown", resolve("10.1.2.3", "X-Forwarded-For", "1.2.3.4, unknown"));
  }

  @Test
  void theForwardedHeaderIsReadWithQuotesPortsAndIpv6() {
    assertEquals(
        "198.51.100.4", resolve("10.1.2.3", "Forwarded", "for=6.6.6.6, for=198.51.100.4:4711"));
    assertEquals(
        "2001:db9::1", resolve("10.1.2.3", "Forwarded", "for=\"[2001:db9::1]:4711\";proto=https"));
    assertEquals(
        "2001:db9::1",
        resolve("2001:db8::5", "Forwarded", "for=\"[2001:db9::1]\", for=\"[2001:db8::9]\""));
  }

  @Test
  void hostNamesAreNeverLookedUpNorTrusted() {
    assertEquals(null, ClientAddress.literal("face.bad"));
    assertEquals(null, ClientAddress.literal("localhost"));
    assertThrows(IllegalArgumentException.class, () -> ClientAddress.blocks("proxy.local"));
    assertThrows(IllegalArgumentException.class, () -> ClientAddress.blocks("10.0.0.0/33"));
  }
}
