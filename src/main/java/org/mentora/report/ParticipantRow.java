package org.mentora.report;

import java.time.LocalDate;
import java.util.Set;

/**
 * One participant's figures on a dashboard: approved and recognised hours (what counts), hours
 * waiting for review, the pace the edition's dates require, the last day they logged, and why they
 * are at risk, if they are, and their valid certificate, if any.
 */
public record ParticipantRow(
    long enrolmentId,
    long editionId,
    String editionCode,
    String name,
    Long organisationId,
    String organisation,
    String region,
    String country,
    boolean withdrawn,
    long approvedMinutes,
    long recognisedMinutes,
    long pendingMinutes,
    long expectedMinutes,
    LocalDate lastLogged,
    Set<AtRiskRule.Reason> risk,
    Long certificateId)
    implements java.io.Serializable {

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public String getEditionCode() {
    return editionCode;
  }

  public String getName() {
    return name;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getRegion() {
    return region;
  }

  public String getCountry() {
    return country;
  }

  public long getApprovedMinutes() {
    return approvedMinutes;
  }

  public long getRecognisedMinutes() {
    return recognisedMinutes;
  }

  /** Approved plus recognised: what counts toward the targets. */
  public long getDoneMinutes() {
    return approvedMinutes + recognisedMinutes;
  }

  public long getPendingMinutes() {
    return pendingMinutes;
  }

  public long getExpectedMinutes() {
    return expectedMinutes;
  }

  public LocalDate getLastLogged() {
    return lastLogged;
  }

  public Set<AtRiskRule.Reason> getRisk() {
    return risk;
  }

  /** Holds a valid certificate of the edition. */
  public boolean isCertified() {
    return certificateId != null;
  }

  public boolean isAtRisk() {
    return !risk.isEmpty();
  }

  /** For sorting: at-risk participants first when sorted descending. */
  public int getRiskCount() {
    return risk.size();
  }
}
