package org.mentora.platform.persistence;

import java.util.Locale;

/**
 * Patterns for {@code LIKE}, where {@code %} and {@code _} are wildcards: what a user typed is
 * matched literally, so "100%" finds "100%" and not every text starting with "100", and "_" is not
 * any one character. Every {@code LIKE} built from user input goes through here and declares the
 * escape character: {@code like :p escape '\'} in JPQL, {@code cb.like(x, p, Like.ESCAPE)} in
 * criteria queries.
 */
public final class Like {

  public static final char ESCAPE = '\\';

  private Like() {}

  /** The text with the escape character, {@code %} and {@code _} escaped. */
  public static String escape(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A pattern matching values that contain the text, lower-cased (compare with lower(...)). */
  public static String containing(String text) {
    return "%" + escape(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
  }
}
