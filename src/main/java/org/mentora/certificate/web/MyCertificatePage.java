package org.mentora.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.mentora.certificate.Certificate;
import org.mentora.certificate.CertificateService;
import org.mentora.certificate.CompletionRules;
import org.mentora.certificate.Eligibility;
import org.mentora.certificate.EligibilityService;
import org.mentora.certificate.Shortfall;
import org.mentora.course.Enrolment;
import org.mentora.course.LearningMode;
import org.mentora.platform.web.FacesMessages;

/** A participant's completion status per edition, the rules it is judged by, and certificates. */
@Named
@ViewScoped
public class MyCertificatePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EligibilityService eligibility;
  @Inject CertificateService certificates;

  /** One edition of the participant: its rules and where they stand. */
  public record Course(Enrolment enrolment, CompletionRules.Rules rules, Eligibility status)
      implements Serializable {
    public Enrolment getEnrolment() {
      return enrolment;
    }

    public Eligibility getStatus() {
      return status;
    }

    public List<LearningMode> getModesWithMinimum() {
      return enrolment.getEdition().getProgramme().getModes().stream()
          .filter(m -> rules.minimum(m) > 0)
          .toList();
    }

    public int minimum(LearningMode mode) {
      return rules.minimum(mode);
    }

    public int getTotal() {
      return rules.minimumTotalMinutes();
    }

    public String getProjectKey() {
      return rules.project().labelKey();
    }

    public boolean isModulesRequired() {
      return rules.modulesRequired();
    }

    public boolean isCompetencesRequired() {
      return rules.competencesRequired();
    }
  }

  // A page that only shows: nothing of it needs to be in the session, which is replicated after
  // every request. Read again when missing (after a move to another node).
  private transient List<Course> courses;
  private transient List<Certificate> mine;

  public void load() {
    List<Course> loaded = new ArrayList<>();
    for (Enrolment enrolment : eligibility.myEnrolments()) {
      loaded.add(
          new Course(
              enrolment,
              eligibility.rules(enrolment.getEdition().getId()),
              eligibility.of(enrolment.getId())));
    }
    courses = loaded;
    mine = certificates.mine();
  }

  public String text(Shortfall shortfall) {
    return FacesMessages.text(shortfall.key(), shortfall.args(FacesMessages.locale()));
  }

  public List<Course> getCourses() {
    if (courses == null) {
      load();
    }
    return courses;
  }

  public List<Certificate> getMine() {
    if (mine == null) {
      load();
    }
    return mine;
  }
}
