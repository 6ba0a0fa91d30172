package org.mentora.certificate.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mentora.certificate.CertificateService;
import org.mentora.certificate.CertificateService.FileCheck;
import org.mentora.certificate.CertificateService.Verification;
import org.mentora.certificate.VerificationCode;
import org.mentora.certificate.VerifyThrottle;
import org.mentora.platform.BusinessException;
import org.mentora.platform.files.FileRules;
import org.mentora.platform.security.ClientAddress;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * The public verification page: a code typed or arriving from a certificate's QR code shows the
 * record and its status; an unknown or malformed code gets a plain answer and counts towards the
 * address's guessing limit. A PDF (10 MB at most, a limited number per address) can be checked
 * against the one issued.
 */
@Named
@ViewScoped
public class VerifyPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the page answers. */
  public enum Outcome {
    NONE,
    FOUND,
    UNKNOWN,
    MALFORMED
  }

  @Inject CertificateService certificates;
  @Inject VerifyThrottle throttle;

  private String code;
  private String typed;
  private Outcome outcome = Outcome.NONE;
  private Verification result;
  private transient UploadedFile file;
  private FileCheck fileCheck;

  public void load() {
    if (code == null || code.isBlank()) {
      return;
    }
    typed = code.length() > VerificationCode.MAX_INPUT ? "" : code;
    if (VerificationCode.normalise(code).isEmpty()) {
      refuse(Outcome.MALFORMED);
      return;
    }
    result = certificates.verify(code).orElse(null);
    if (result == null) {
      refuse(Outcome.UNKNOWN);
    } else {
      outcome = Outcome.FOUND;
    }
  }

  /**
   * An unknown or malformed code counts against the address; past the limit it is answered 429
   * instead. Valid codes never reach here, so they are answered whatever the address did.
   */
  private void refuse(Outcome why) {
    String address = address();
    if (throttle.blocked(address)) {
      Pages.tooManyRequests(throttle.retryAfterSeconds(), "certification.verify.tooMany");
      return;
    }
    throttle.failed(address);
    outcome = why;
  }

  /** A typed code goes to the bookmarkable address, as if it came from the QR code. */
  public void check() {
    String value = typed == null ? "" : typed.strip();
    if (value.length() > VerificationCode.MAX_INPUT) {
      value = value.substring(0, VerificationCode.MAX_INPUT + 1);
    }
    Pages.redirect("/verify?code=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  public void checkFile() {
    if (file == null || file.getSize() == 0 || result == null) {
      fileCheck = null;
      return;
    }
    fileCheck = null;
    if (!throttle.mayCheckFile(address())) {
      Pages.tooManyRequests(
          throttle.fileCheckRetryAfterSeconds(), "certification.verify.tooManyChecks");
      return;
    }
    try {
      // The size is checked before the bytes are read into memory.
      FileRules.checkSize("file", file.getSize());
      fileCheck = certificates.checkFile(result.record().code(), file.getContent()).orElse(null);
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "upload");
    }
  }

  private static String address() {
    return ClientAddress.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public String getFullCode() {
    return result == null ? null : VerificationCode.group(result.record().code());
  }

  public String getLanguageName() {
    return result == null
        ? null
        : CertificateLanguageText.of(result.record().language(), result.record().alsoInEnglish());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTyped() {
    return typed;
  }

  public void setTyped(String typed) {
    this.typed = typed;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Verification getResult() {
    return result;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public FileCheck getFileCheck() {
    return fileCheck;
  }
}
