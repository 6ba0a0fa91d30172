package org.mentora.certificate;

import java.util.Arrays;
import java.util.List;

/**
 * One thing a participant still lacks to complete an edition: a bundle key and its arguments (e.g.
 * {@code certification.shortfall.hours.PROJECT_BASED} with 12.5), never English.
 */
public record Shortfall(String key, List<Object> arguments) implements java.io.Serializable {

  public Shortfall {
    arguments = List.copyOf(arguments);
  }

  public static Shortfall of(String key, Object... arguments) {
    return new Shortfall(key, Arrays.asList(arguments));
  }

  public String getKey() {
    return key;
  }

  public Object[] args() {
    return arguments.toArray();
  }

  /** The arguments with named things (a programme's learning mode) in the reader's language. */
  public Object[] args(java.util.Locale locale) {
    return arguments.stream()
        .map(a -> a instanceof org.mentora.platform.i18n.LocalNames n ? n.name(locale) : a)
        .toArray();
  }
}
