package org.mentora.competence.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.mentora.competence.AssessmentMoment;
import org.mentora.competence.AssessmentService;
import org.mentora.competence.CompetenceView;
import org.mentora.competence.EvidenceChoices;
import org.mentora.competence.RatingForm;
import org.mentora.course.Enrolment;
import org.mentora.course.ParticipationService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileRules;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * One participant's competence profile: the chart (self, counted, target), the gaps, each
 * competence with its history, and the form to assess oneself (participant) or to rate (mentor,
 * trainer). Without a parameter it shows the participant's own current enrolment.
 */
@Named
@ViewScoped
public class CompetenceProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AssessmentService assessments;
  @Inject ParticipationService participation;

  private Long enrolment;
  // Read again when missing (after a move to another node): the session, which is replicated after
  // every request, keeps only the enrolment and the form.
  private transient CompetenceView view;
  private transient EvidenceChoices evidence;
  private RatingForm form = new RatingForm();
  private transient UploadedFile evidenceFile;
  private boolean notEnrolled;

  public void load() {
    try {
      if (enrolment == null) {
        Enrolment current =
            participation.myEnrolments().stream()
                .filter(Enrolment::isActive)
                .findFirst()
                .orElse(null);
        if (current == null) {
          notEnrolled = true;
          return;
        }
        enrolment = current.getId();
      }
      refresh();
      if (view.isCanSelfAssess()) {
        evidence = assessments.evidenceChoices(enrolment);
      }
    } catch (NotFoundException | EJBAccessException e) {
      Pages.notFound();
    }
  }

  private CompetenceView view() {
    if (view == null && enrolment != null && !notEnrolled) {
      view = assessments.view(enrolment);
      evidence = view.isCanSelfAssess() ? assessments.evidenceChoices(enrolment) : null;
    }
    return view;
  }

  private void refresh() {
    view = assessments.view(enrolment);
    if (form.getCompetenceId() == null && !view.getRows().isEmpty()) {
      form.setCompetenceId(view.getRows().get(0).standing().competenceId());
    }
    if (form.getMoment() == null) {
      form.setMoment(momentChoices().stream().findFirst().orElse(null));
    }
  }

  /** Preselects a competence in the form (the table's "assess" buttons). */
  public void choose(long competenceId) {
    form.setCompetenceId(competenceId);
    form.setLevel(null);
  }

  public void save() {
    try {
      if (evidenceFile != null && evidenceFile.getSize() > 0) {
        // The size is checked before the bytes are read into memory.
        FileRules.checkSize("evidenceFile", evidenceFile.getSize());
        form.attach(evidenceFile.getFileName(), evidenceFile.getContent());
      }
      if (view().isCanSelfAssess()) {
        assessments.selfAssess(enrolment, form);
        FacesMessages.info("assessment.saved.self");
      } else {
        assessments.rate(enrolment, form);
        FacesMessages.info("assessment.saved.staff");
      }
      Long keep = form.getCompetenceId();
      AssessmentMoment moment = form.getMoment();
      form = new RatingForm();
      form.setCompetenceId(keep);
      form.setMoment(moment);
      refresh();
    } catch (NotFoundException | EJBAccessException e) {
      FacesMessages.error("assessment.notAllowed");
      FacesContext.getCurrentInstance().validationFailed();
    } catch (BusinessException refusal) {
      form.attach(null, null);
      FacesMessages.show(refusal, "assess");
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public List<AssessmentMoment> momentChoices() {
    return view().getFormMoments();
  }

  /** The levels of the chosen competence's framework. */
  public List<CompetenceView.LevelOption> levelChoices() {
    return chosenRow().map(CompetenceView.Row::getLevels).orElse(List.of());
  }

  private java.util.Optional<CompetenceView.Row> chosenRow() {
    return view().getRows().stream()
        .filter(r -> Objects.equals(r.standing().competenceId(), form.getCompetenceId()))
        .findFirst();
  }

  public String getChart() {
    return CompetenceChart.profile(view().getRows());
  }

  public Long getEnrolment() {
    return enrolment;
  }

  public void setEnrolment(Long enrolment) {
    this.enrolment = enrolment;
  }

  public CompetenceView getView() {
    return view();
  }

  public EvidenceChoices getEvidence() {
    view();
    return evidence;
  }

  public RatingForm getForm() {
    return form;
  }

  public UploadedFile getEvidenceFile() {
    return evidenceFile;
  }

  public void setEvidenceFile(UploadedFile evidenceFile) {
    this.evidenceFile = evidenceFile;
  }

  public boolean isNotEnrolled() {
    return notEnrolled;
  }

  public boolean isCanAct() {
    CompetenceView current = view();
    return current != null && (current.isCanSelfAssess() || current.isCanRate());
  }
}
