package org.mentora.report;

import java.io.Serializable;
import java.util.List;

/**
 * The completion side of an edition dashboard: per edition, how many of the filtered participants
 * meet the completion rules and how many hold a valid certificate; and, across them, how many lack
 * each kind of requirement (a participant lacking hours in two modes counts once per mode).
 */
public record CompletionFigures(List<EditionCompletion> editions, List<Reason> missing)
    implements Serializable {

  private static final String SHORTFALL = "certification.shortfall.";

  /** The report's bundle key naming a kind of shortfall without its figures. */
  static String reasonKey(String shortfallKey) {
    return "report.completion.reason."
        + (shortfallKey.startsWith(SHORTFALL)
            ? shortfallKey.substring(SHORTFALL.length())
            : shortfallKey);
  }

  /** One edition's completion figures. */
  public record EditionCompletion(
      long editionId, String code, long participants, long eligible, long certified, long toIssue)
      implements Serializable {

    public String getCode() {
      return code;
    }

    public long getParticipants() {
      return participants;
    }

    public long getEligible() {
      return eligible;
    }

    public long getCertified() {
      return certified;
    }

    /** Eligible but without a valid certificate yet: what "issue to all eligible" would issue. */
    public long getToIssue() {
      return toIssue;
    }

    public long getNotYet() {
      return participants - eligible;
    }
  }

  /** How many participants lack one kind of requirement. */
  public record Reason(String key, long participants) implements Serializable {
    public String getKey() {
      return key;
    }

    public long getParticipants() {
      return participants;
    }
  }

  public List<EditionCompletion> getEditions() {
    return editions;
  }

  public List<Reason> getMissing() {
    return missing;
  }
}
