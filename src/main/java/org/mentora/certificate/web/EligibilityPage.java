package org.mentora.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentora.certificate.CertificateService;
import org.mentora.certificate.Eligibility;
import org.mentora.certificate.EligibilityService;
import org.mentora.certificate.IssueBatch;
import org.mentora.certificate.IssueBatches;
import org.mentora.certificate.IssueLanguage;
import org.mentora.certificate.ModuleResultService;
import org.mentora.certificate.NotEligibleException;
import org.mentora.certificate.Shortfall;
import org.mentora.certificate.pdf.CertificateLanguages;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/**
 * An edition's participants against its completion rules: who is eligible, what the others lack,
 * and issuing to one, the selected or all eligible (in the background, with a progress bar).
 */
@Named
@ViewScoped
public class EligibilityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EligibilityService eligibility;
  @Inject CertificateService certificates;
  @Inject IssueBatches batches;
  @Inject EditionService editions;
  @Inject ModuleResultService results;

  private Long editionId;
  private Edition edition;
  private List<Eligibility> rows = List.of();
  private List<Eligibility> selected = new ArrayList<>();
  private String show = "all";
  private String batchId;
  private IssueBatch finishedBatch;

  /** The chosen certificate language's tag; empty for each participant's own. */
  private String language = "";

  private boolean alsoEnglish;

  public void load() {
    if (editionId == null) {
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

  private void refresh() {
    rows = eligibility.edition(editionId, true);
    selected = new ArrayList<>();
  }

  public List<Edition> getEditions() {
    return results.editions();
  }

  public List<Eligibility> getShown() {
    return switch (show) {
      case "eligible" -> rows.stream().filter(Eligibility::isEligible).toList();
      case "missing" -> rows.stream().filter(r -> !r.isEligible()).toList();
      default -> rows;
    };
  }

  public long getEligibleCount() {
    return rows.stream().filter(Eligibility::isEligible).count();
  }

  public long getIssuableCount() {
    return rows.stream().filter(Eligibility::isIssuable).count();
  }

  public String text(Shortfall shortfall) {
    return FacesMessages.text(shortfall.key(), shortfall.args(FacesMessages.locale()));
  }

  public void issue(Eligibility row) {
    try {
      certificates.issue(row.enrolmentId(), choice());
      FacesMessages.info("certification.issued", row.name());
      refresh();
    } catch (NotEligibleException refusal) {
      FacesMessages.error(
          "certification.issue.notEligible", row.name(), text(refusal.shortfalls().get(0)));
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "eligibility");
    }
  }

  public void issueSelected() {
    if (selected == null || selected.isEmpty()) {
      FacesMessages.warn("certification.batch.noneSelected");
      return;
    }
    start(selected.stream().map(Eligibility::enrolmentId).toList());
  }

  public void issueAllEligible() {
    if (getIssuableCount() == 0) {
      FacesMessages.warn("certification.batch.noneEligible");
      return;
    }
    start(List.of());
  }

  private void start(List<Long> ids) {
    try {
      IssueBatch batch = certificates.startBatch(editionId, ids, choice());
      batchId = batch.id();
      finishedBatch = null;
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "eligibility");
    }
  }

  private IssueLanguage choice() {
    return new IssueLanguage(language, alsoEnglish);
  }

  /** The languages a certificate can be issued in (the installation's). */
  public List<Locale> getLanguages() {
    return CertificateLanguages.certificateLanguages();
  }

  public boolean isRunning() {
    return batchId != null;
  }

  /** Polled by the progress bar. */
  public int getProgress() {
    if (batchId == null) {
      return finishedBatch == null ? 0 : 100;
    }
    IssueBatch batch = batches.get(batchId);
    // The bar completes at 100: hold it at 99 until the last transaction has committed.
    return batch.finished() ? 100 : Math.min(99, batch.percent());
  }

  public void setProgress(int ignored) {
    // The progress bar writes its value back; the batch alone decides it.
  }

  public void batchFinished() {
    if (batchId == null) {
      return;
    }
    finishedBatch = batches.get(batchId);
    batches.forget(batchId);
    batchId = null;
    FacesMessages.info(
        "certification.batch.done", finishedBatch.issuedCount(), finishedBatch.failures().size());
    refresh();
  }

  public IssueBatch getFinishedBatch() {
    return finishedBatch;
  }

  public List<IssueBatch.Failure> getFailures() {
    return finishedBatch == null ? List.of() : finishedBatch.failures();
  }

  public String failureText(IssueBatch.Failure failure) {
    return FacesMessages.text(failure.key(), failure.arguments().toArray());
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

  public List<Eligibility> getSelected() {
    return selected;
  }

  public void setSelected(List<Eligibility> selected) {
    this.selected = selected;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language == null ? "" : language;
  }

  public boolean isAlsoEnglish() {
    return alsoEnglish;
  }

  public void setAlsoEnglish(boolean alsoEnglish) {
    this.alsoEnglish = alsoEnglish;
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show;
  }
}
