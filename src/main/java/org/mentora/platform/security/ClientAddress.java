package org.mentora.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the client a request came from, for throttles and logs. Behind a load balancer
 * every request arrives from the balancer's address, so the forwarding header it adds is believed,
 * but only when the request came from one of the configured trusted proxies ({@code
 * mentora.trusted-proxies}: addresses or CIDR blocks separated by commas; default none) and only up
 * to the rightmost hop that is not itself a trusted proxy: everything left of that was written by
 * the client and may be forged.
 *
 * <p>Which header carries the chain is configured ({@code mentora.trusted-proxies.header}: {@code
 * X-Forwarded-For}, the default, or {@code Forwarded}), never guessed: a proxy that only appends to
 * one of them passes a forged copy of the other through untouched.
 */
public final class ClientAddress {

  public static final String TRUSTED_PROXIES = "mentora.trusted-proxies";
  public static final String HEADER = "mentora.trusted-proxies.header";
  static final String X_FORWARDED_FOR = "X-Forwarded-For";
  static final String FORWARDED = "Forwarded";
  private static final int MAX_LENGTH = 64;
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private static volatile Settings settings;

  private ClientAddress() {}

  /** The client's address as far as the configured proxies vouch for it. */
  public static String of(HttpServletRequest request) {
    Settings current = settings();
    if (current.proxies().isEmpty()) {
      return request.getRemoteAddr();
    }
    List<String> values = Collections.list(request.getHeaders(current.header()));
    return resolve(request.getRemoteAddr(), hops(current.header(), values), current.proxies());
  }

  /**
   * The rightmost address of {@code remote} preceded by {@code hops} (oldest first) that is not a
   * trusted proxy; the leftmost hop when all of them are trusted.
   */
  static String resolve(String remote, List<String> hops, List<Block> proxies) {
    String candidate = remote;
    for (int i = hops.size(); ; i--) {
      if (!trusted(candidate, proxies) || i == 0) {
        return candidate;
      }
      String hop = hops.get(i - 1);
      if (literal(hop) == null) {
        // An unknown or obfuscated hop ("unknown", "_hidden"): the last trusted proxy saw it, so
        // it stands for the client; never step over it into what the client wrote.
        return hop.length() > MAX_LENGTH ? hop.substring(0, MAX_LENGTH) : hop;
      }
      candidate = hop;
    }
  }

  /** The hops a header lists, oldest first; repeated headers are read in order. */
  static List<String> hops(String header, List<String> values) {
    List<String> hops = new ArrayList<>();
    for (String value : values) {
      for (String element : value.split(",")) {
        String hop = FORWARDED.equalsIgnoreCase(header) ? forwardedFor(element) : element.strip();
        if (hop != null && !hop.isEmpty()) {
          hops.add(hop);
        }
      }
    }
    return hops;
  }

  /** The {@code for=} of one element of an RFC 7239 header, without quotes, brackets or port. */
  private static String forwardedFor(String element) {
    for (String pair : element.split(";")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2 && parts[0].strip().equalsIgnoreCase("for")) {
        String value = parts[1].strip();
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
          value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("[")) {
          int end = value.indexOf(']');
          return end > 0 ? value.substring(1, end) : value;
        }
        int colon = value.indexOf(':');
        return colon > 0 && value.indexOf(':', colon + 1) < 0 ? value.substring(0, colon) : value;
      }
    }
    return null;
  }

  private static boolean trusted(String address, List<Block> proxies) {
    byte[] bytes = literal(address);
    return bytes != null && proxies.stream().anyMatch(p -> p.contains(bytes));
  }

  /**
   * The bytes of an IP literal, or null for anything else. Checked by pattern first, since {@code
   * InetAddress.getByName} would look a host name up in DNS.
   */
  static byte[] literal(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(value).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** Parses the configured list; an entry that is not an address or block is refused loudly. */
  static List<Block> blocks(String configured) {
    List<Block> blocks = new ArrayList<>();
    if (configured == null) {
      return blocks;
    }
    for (String entry : configured.split("[,\\s]+")) {
      if (!entry.isBlank()) {
        blocks.add(Block.parse(entry.strip()));
      }
    }
    return List.copyOf(blocks);
  }

  private static Settings settings() {
    var config = ConfigProvider.getConfig();
    String proxies = config.getOptionalValue(TRUSTED_PROXIES, String.class).orElse("");
    String header = config.getOptionalValue(HEADER, String.class).orElse(X_FORWARDED_FOR);
    Settings current = settings;
    if (current == null || !current.raw().equals(proxies) || !current.header().equals(header)) {
      if (!header.equalsIgnoreCase(X_FORWARDED_FOR) && !header.equalsIgnoreCase(FORWARDED)) {
        throw new IllegalStateException(HEADER + " must be X-Forwarded-For or Forwarded");
      }
      current = new Settings(proxies, header, blocks(proxies));
      settings = current;
    }
    return current;
  }

  private record Settings(String raw, String header, List<Block> proxies) {}

  /** One address or CIDR block, IPv4 or IPv6. */
  record Block(byte[] network, int prefix) {

    static Block parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      byte[] bytes = literal(address);
      if (bytes == null) {
        throw new IllegalArgumentException(
            TRUSTED_PROXIES + ": not an address or CIDR block: " + entry);
      }
      int prefix;
      try {
        prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(TRUSTED_PROXIES + ": bad prefix in " + entry, e);
      }
      if (prefix < 0 || prefix > bytes.length * 8) {
        throw new IllegalArgumentException(TRUSTED_PROXIES + ": bad prefix in " + entry);
      }
      return new Block(bytes, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (network[full] & mask);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d bytes/%d", network.length, prefix);
    }
  }
}
