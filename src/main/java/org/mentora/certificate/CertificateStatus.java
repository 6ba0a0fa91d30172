package org.mentora.certificate;

/** Where an issued certificate stands: valid, revoked with a reason, or replaced by a newer one. */
public enum CertificateStatus {
  VALID,
  REVOKED,
  SUPERSEDED;

  public String labelKey() {
    return "certification.status." + name();
  }
}
