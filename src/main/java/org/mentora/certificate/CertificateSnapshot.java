package org.mentora.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mentora.course.LearningMode;

/**
 * Everything a certificate states, fixed at issue: what the record keeps, what the PDF prints and
 * what the verification page shows. Built once from the current facts, then never changed.
 */
public record CertificateSnapshot(
    String code,
    String holderName,
    String editionCode,
    String editionName,
    String programmeName,
    String profileName,
    LocalDate startsOn,
    LocalDate endsOn,
    List<Hours> hours,
    long totalMinutes,
    List<Module> modules,
    List<Competence> competences,
    BigDecimal ecvetTotal,
    String projectTitle,
    String issuerUsername,
    String issuerName,
    String issuingBody,
    LocalDate issuedOn,
    Instant issuedAt,
    String language,
    boolean alsoInEnglish)
    implements java.io.Serializable {

  public CertificateSnapshot {
    // English beside English says nothing twice.
    alsoInEnglish =
        alsoInEnglish
            && !"en".equals(Locale.forLanguageTag(language == null ? "" : language).getLanguage());
    hours = List.copyOf(hours);
    modules = List.copyOf(modules);
    competences = List.copyOf(competences);
  }

  /** Approved (and recognised) minutes of one learning mode. */
  public record Hours(LearningMode mode, long minutes) implements java.io.Serializable {
    public LearningMode getMode() {
      return mode;
    }

    public long getMinutes() {
      return minutes;
    }
  }

  /** A module of the programme; waived ones were recognised from prior learning. */
  public record Module(String code, String name, boolean waived, BigDecimal ecvetPoints)
      implements java.io.Serializable {
    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public boolean isWaived() {
      return waived;
    }

    public BigDecimal getEcvetPoints() {
      return ecvetPoints;
    }
  }

  /** A competence reached, with its framework and level. */
  public record Competence(String framework, String code, String name, String level)
      implements java.io.Serializable {
    public String getFramework() {
      return framework;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getLevel() {
      return level;
    }
  }

  public String getShortCode() {
    return VerificationCode.shortForm(code);
  }

  public String getHolderName() {
    return holderName;
  }

  public String getEditionCode() {
    return editionCode;
  }

  public String getEditionName() {
    return editionName;
  }

  public String getProgrammeName() {
    return programmeName;
  }

  public String getProfileName() {
    return profileName;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public List<Hours> getHours() {
    return hours;
  }

  public long getTotalMinutes() {
    return totalMinutes;
  }

  public List<Module> getModules() {
    return modules;
  }

  public List<Competence> getCompetences() {
    return competences;
  }

  public BigDecimal getEcvetTotal() {
    return ecvetTotal;
  }

  public String getProjectTitle() {
    return projectTitle;
  }

  public String getIssuerName() {
    return issuerName;
  }

  public String getIssuingBody() {
    return issuingBody;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getLanguage() {
    return language;
  }

  public boolean isAlsoInEnglish() {
    return alsoInEnglish;
  }
}
