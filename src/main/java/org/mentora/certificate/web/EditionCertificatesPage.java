package org.mentora.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mentora.certificate.Certificate;
import org.mentora.certificate.CertificateService;
import org.mentora.certificate.CertificateStatus;
import org.mentora.certificate.IssueLanguage;
import org.mentora.certificate.NotEligibleException;
import org.mentora.certificate.pdf.CertificateLanguages;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/** An edition's issued certificates by status: download, ZIP, revoke with a reason, reissue. */
@Named
@ViewScoped
public class EditionCertificatesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CertificateService certificates;
  @Inject EditionService editions;

  private Long editionId;
  private Edition edition;
  private CertificateStatus status;
  private List<Certificate> rows = List.of();
  private List<Certificate> selected = new ArrayList<>();
  private Long revoking;
  private String reason;
  private Long reissuing;
  private String reissueLanguage;
  private boolean reissueAlsoEnglish;

  public void load() {
    if (editionId == null) {
      Pages.notFound();
      return;
    }
    try {
      edition = editions.edition(editionId);
    } catch (NotFoundException e) {
      Pages.notFound();
      return;
    }
    refresh();
  }

  public void refresh() {
    rows = certificates.ofEdition(editionId, status);
    selected = new ArrayList<>();
  }

  public CertificateStatus[] getStatuses() {
    return CertificateStatus.values();
  }

  public void startRevoke(Certificate certificate) {
    revoking = certificate.getId();
    reason = null;
  }

  public void revoke() {
    try {
      certificates.revoke(revoking, reason);
      FacesMessages.info("certification.revoked");
      revoking = null;
      refresh();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "revokeForm");
      org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
    }
  }

  /** Opens the reissue dialog with the certificate's own language(s) chosen. */
  public void startReissue(Certificate certificate) {
    reissuing = certificate.getId();
    reissueLanguage = certificate.getLanguage();
    reissueAlsoEnglish = certificate.isAlsoEnglish();
  }

  public void reissue() {
    Certificate certificate =
        rows.stream().filter(c -> c.getId().equals(reissuing)).findFirst().orElse(null);
    try {
      Certificate successor =
          certificates.reissue(reissuing, new IssueLanguage(reissueLanguage, reissueAlsoEnglish));
      FacesMessages.info("certification.reissued", successor.getShortCode());
      reissuing = null;
      refresh();
      return;
    } catch (NotEligibleException refusal) {
      FacesMessages.error(
          "certification.issue.notEligible",
          certificate == null ? "" : certificate.getHolderName(),
          FacesMessages.text(refusal.messageKey(), refusal.arguments()));
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "reissueForm");
    }
    org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
  }

  /** The languages a certificate can be reissued in. */
  public List<Locale> getLanguages() {
    return CertificateLanguages.certificateLanguages();
  }

  /** The certificate's language in the reader's words, "with English" when bilingual. */
  public String languageText(Certificate certificate) {
    return CertificateLanguageText.of(certificate.getLanguage(), certificate.isAlsoEnglish());
  }

  /** Streams the selected certificates' PDFs as one ZIP. */
  public void zipSelected() {
    if (selected == null || selected.isEmpty()) {
      FacesMessages.warn("certification.batch.noneSelected");
      return;
    }
    Pages.redirect(
        "/certificates/zip?edition="
            + editionId
            + "&ids="
            + selected.stream().map(c -> c.getId().toString()).collect(Collectors.joining(",")));
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }

  public Edition getEdition() {
    return edition;
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public void setStatus(CertificateStatus status) {
    this.status = status;
  }

  public List<Certificate> getRows() {
    return rows;
  }

  public List<Certificate> getSelected() {
    return selected;
  }

  public void setSelected(List<Certificate> selected) {
    this.selected = selected;
  }

  public String getReissueLanguage() {
    return reissueLanguage;
  }

  public void setReissueLanguage(String reissueLanguage) {
    this.reissueLanguage = reissueLanguage;
  }

  public boolean isReissueAlsoEnglish() {
    return reissueAlsoEnglish;
  }

  public void setReissueAlsoEnglish(boolean reissueAlsoEnglish) {
    this.reissueAlsoEnglish = reissueAlsoEnglish;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
