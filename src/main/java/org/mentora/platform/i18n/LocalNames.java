package org.mentora.platform.i18n;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Something with a main name and, optionally, a name per offered language (a programme, a module, a
 * competence). The main name is what the administrator wrote first, in whatever language; a
 * language without its own name shows the main name, so a missing translation never leaves a blank.
 */
public interface LocalNames extends Serializable {

  /** The main name, never blank for a saved record. */
  String mainName();

  /** Names by language tag ({@code lv}, {@code bg}); a mutable map that pages edit in place. */
  Map<String, String> getNames();

  /** The name in this language, else the main name. */
  default String name(Locale locale) {
    return pick(mainName(), getNames(), locale);
  }

  /** The name in this language ({@code lv}), else the main name. */
  default String name(String language) {
    return pick(mainName(), getNames(), language == null ? null : Locale.forLanguageTag(language));
  }

  static String pick(String main, Map<String, String> names, Locale locale) {
    if (locale == null || names == null || names.isEmpty()) {
      return main;
    }
    String own = names.get(locale.getLanguage());
    return own == null || own.isBlank() ? main : own;
  }

  /**
   * The names worth keeping: stripped, blanks dropped, keys lower-case language tags. Languages the
   * installation no longer offers are kept: switching a language off must not lose its work.
   */
  static Map<String, String> cleaned(Map<String, String> names) {
    Map<String, String> kept = new LinkedHashMap<>();
    if (names != null) {
      names.forEach(
          (language, name) -> {
            if (language != null && name != null && !name.isBlank()) {
              kept.put(language.strip().toLowerCase(Locale.ROOT), name.strip());
            }
          });
    }
    return kept;
  }

  /** Replaces {@code target}'s entries by the cleaned {@code names} (same map, for JPA). */
  static void replace(Map<String, String> target, Map<String, String> names) {
    Map<String, String> kept = cleaned(names);
    target.keySet().retainAll(kept.keySet());
    target.putAll(kept);
  }

  /** The first name longer than {@code max} characters, as its language tag, or null. */
  static String tooLong(Map<String, String> names, int max) {
    return cleaned(names).entrySet().stream()
        .filter(e -> e.getValue().length() > max)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }
}
