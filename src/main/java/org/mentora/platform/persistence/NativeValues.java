package org.mentora.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Values of native queries and of JPQL aggregates over converted columns, which reach Java as
 * whatever the driver chose: H2 and PostgreSQL differ in what a timestamp with time zone or a date
 * comes back as.
 */
public final class NativeValues {

  private NativeValues() {}

  /** A moment, or null. */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    throw new IllegalStateException("Not a moment: " + value.getClass());
  }

  /** A date, or null. */
  public static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    throw new IllegalStateException("Not a date: " + value.getClass());
  }

  /** A count or sum, 0 for null. */
  public static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
