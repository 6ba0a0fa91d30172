package org.mentora.certificate;

import java.util.Locale;
import org.mentora.certificate.pdf.CertificateLanguages;
import org.mentora.certificate.pdf.CertificateSheet;
import org.mentora.platform.i18n.Bundles;

/**
 * Turns a certificate's record into the sheet the PDF prints: every label resolved in the
 * certificate's own language, nothing read from anywhere but the record, so a PDF rendered again
 * later (the revoked copy) says exactly what the issued one said.
 */
public final class CertificateSheets {

  private CertificateSheets() {}

  /**
   * The language a certificate is issued in unless the administrator chooses another: the
   * participant's preferred language, else the edition's, else the installation's default (only
   * configured languages count).
   */
  public static Locale defaultLanguage(String participantLanguage, String editionLanguage) {
    return CertificateLanguages.firstOffered(participantLanguage, editionLanguage);
  }

  /** The verification address printed and encoded in the QR code. */
  public static String verificationUrl(String publicUrl, String code) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/verify?code=" + code;
  }

  public static CertificateSheet sheet(CertificateSnapshot record, String publicUrl) {
    Locale locale = Locale.forLanguageTag(record.language());
    Locale also = record.alsoInEnglish() ? Locale.ENGLISH : null;
    return new CertificateSheet(
        locale,
        record.holderName(),
        record.programmeName(),
        record.editionCode(),
        record.editionName(),
        record.profileName(),
        record.startsOn(),
        record.endsOn(),
        record.hours().stream()
            .map(
                h ->
                    new CertificateSheet.HoursLine(
                        modeName(h.mode(), locale),
                        h.minutes(),
                        also == null ? null : modeName(h.mode(), also)))
            .toList(),
        record.totalMinutes(),
        record.modules().stream()
            .map(
                m ->
                    new CertificateSheet.ModuleLine(
                        m.code(), m.name(), m.waived(), m.ecvetPoints()))
            .toList(),
        record.competences().stream()
            .map(
                c ->
                    new CertificateSheet.CompetenceLine(
                        c.framework(), c.code(), c.name(), c.level()))
            .toList(),
        record.ecvetTotal(),
        record.projectTitle(),
        record.issuerName(),
        record.issuingBody(),
        record.issuedOn(),
        VerificationCode.shortForm(record.code()),
        verificationUrl(publicUrl, record.code()),
        also);
  }

  /**
   * A mode as a certificate names it: BIBLIO's modes keep the certificate's own wording in the
   * bundles; other programmes' modes use the name the programme gave them in that language.
   */
  static String modeName(org.mentora.course.LearningMode mode, java.util.Locale locale) {
    String key = "certification.mode." + mode.getCode();
    return Bundles.has(locale, key) ? Bundles.format(locale, key) : mode.name(locale);
  }
}
