package org.mentora.certificate;

import java.util.List;

/**
 * One participant of an edition against its completion rules: eligible when nothing is missing, and
 * their current valid certificate if they have one.
 */
public record Eligibility(
    long enrolmentId,
    String name,
    boolean active,
    List<Shortfall> shortfalls,
    Long certificateId,
    String certificateCode)
    implements java.io.Serializable {

  public Eligibility {
    shortfalls = List.copyOf(shortfalls);
  }

  public boolean isEligible() {
    return shortfalls.isEmpty();
  }

  /** Eligible and not yet holding a valid certificate: what "issue to all eligible" issues. */
  public boolean isIssuable() {
    return isEligible() && certificateId == null;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public List<Shortfall> getShortfalls() {
    return shortfalls;
  }

  public Long getCertificateId() {
    return certificateId;
  }

  public String getCertificateCode() {
    return certificateCode;
  }
}
