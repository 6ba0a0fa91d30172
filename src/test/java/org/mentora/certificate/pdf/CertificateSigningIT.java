package org.mentora.certificate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresDatabase;

/**
 * The signer as the application has it: configured for the test servers with a self-signed key
 * under target/ (pom.xml), it signs certificates that verify, in English and Latvian.
 */
@ExtendWith({RequiresDatabase.class, ArquillianExtension.class})
class CertificateSigningIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.mentora();
  }

  @Inject CertificateSigning signing;

  @Test
  void signsCertificatesThatVerify() {
    assertTrue(signing.ready());
    assertNotNull(signing.signerName());
    for (Locale language : CertificateLanguages.certificateLanguages()) {
      SignatureCheck.Result result = SignatureCheck.verify(signing.renderSigned(sheet(language)));
      assertTrue(result.valid(), result::problem);
      assertEquals(signing.signerName(), result.signer());
    }
    SignatureCheck.Result revoked =
        SignatureCheck.verify(signing.renderRevoked(sheet(Locale.ENGLISH)));
    assertTrue(revoked.valid(), revoked::problem);
  }

  private static CertificateSheet sheet(Locale language) {
    return new CertificateSheet(
        language,
        "Līga Ozoliņa-Šķēle",
        "Libraries as Community Hubs",
        "LV-PILOT",
        "Latvian pilot",
        null,
        null,
        null,
        List.of(new CertificateSheet.HoursLine("Online", 600)),
        600,
        List.of(new CertificateSheet.ModuleLine("M1", "Digital services", false, BigDecimal.ONE)),
        List.of(),
        null,
        null,
        "Jānis Bērziņš",
        "Latvijas Nacionālā bibliotēka",
        LocalDate.of(2026, 12, 2),
        "IT-CODE1",
        "https://mentora.example.org/verify/IT-CODE1");
  }
}
