package org.mentora.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/** Who may open the certificate pages; verification is public. Services check again. */
@ApplicationScoped
public class CertificatePages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(
        PageRule.publicPage("/verify/*"),
        PageRule.of("/certificate/my-certificate.xhtml", Role.PARTICIPANT),
        PageRule.of("/certificate/eligibility.xhtml", Role.ADMIN),
        PageRule.of("/certificate/certificates.xhtml", Role.ADMIN),
        PageRule.of("/certificate/completion-rules.xhtml", Role.ADMIN),
        PageRule.of("/certificate/module-results.xhtml", Role.TRAINER, Role.ADMIN));
  }
}
