package org.mentora.certificate.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mentora.platform.i18n.Bundles;

/**
 * The certificate's fixed words and dates in the sheet's language and, on a bilingual sheet, in its
 * second language ({@code certificate.pdf.*} from the bundle): every drawing class asks here, so
 * both languages are always formatted the same way.
 */
final class CertificateWording {

  private final CertificateSheet sheet;
  private final Locale language;
  private final Locale also;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter alsoDates;

  CertificateWording(CertificateSheet sheet) {
    this.sheet = sheet;
    this.language = sheet.language() == null ? Locale.ENGLISH : sheet.language();
    this.also = sheet.alsoIn();
    this.dates =
        DateTimeFormatter.ofPattern(
            Bundles.format(language, "certificate.pdf.datePattern"), language);
    this.alsoDates =
        also == null
            ? null
            : DateTimeFormatter.ofPattern(
                Bundles.format(also, "certificate.pdf.datePattern"), also);
  }

  /** Whether every label is also printed in a second language. */
  boolean bilingual() {
    return also != null;
  }

  String text(String key, Object... arguments) {
    return Bundles.format(language, key, arguments);
  }

  /** The label in the second language, or null on a certificate in one language. */
  String alsoText(String key, Object... arguments) {
    return also == null ? null : Bundles.format(also, key, arguments);
  }

  /** The programme's period in the first language, or null when the sheet has no dates. */
  String period() {
    return period(language, dates);
  }

  /** The period in the second language, or null (one language, or no dates). */
  String alsoPeriod() {
    return also == null ? null : period(also, alsoDates);
  }

  private String period(Locale in, DateTimeFormatter format) {
    LocalDate from = sheet.startsOn();
    LocalDate to = sheet.endsOn();
    if (from != null && to != null) {
      return Bundles.format(in, "certificate.pdf.period", format.format(from), format.format(to));
    }
    if (from != null) {
      return Bundles.format(in, "certificate.pdf.periodFrom", format.format(from));
    }
    if (to != null) {
      return Bundles.format(in, "certificate.pdf.periodUntil", format.format(to));
    }
    return null;
  }

  /** A date in the first language's pattern; empty when null. */
  String date(LocalDate date) {
    return date(dates, date);
  }

  /** A date in the second language's pattern; call only on a bilingual sheet. */
  String alsoDate(LocalDate date) {
    return date(alsoDates, date);
  }

  private static String date(DateTimeFormatter format, LocalDate date) {
    return date == null ? "" : format.format(date);
  }

  /** Hours with the unit of the certificate's language (the platform's {@code hours.value}). */
  String hours(long minutes) {
    return text(
        "hours.value",
        BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
  }

  /** A name as printed: nothing for a missing one. */
  static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
