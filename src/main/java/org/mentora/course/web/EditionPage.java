package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentora.course.AdmissionCriterion;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.course.HourTargets;
import org.mentora.course.HoursPlan;
import org.mentora.course.JobProfile;
import org.mentora.course.Programme;
import org.mentora.course.ProgrammeService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.HoursFormat;
import org.mentora.platform.web.Pages;

/**
 * An edition's details and target hours. Warns, as the user types, when the blended parts do not
 * add up to the stated total, and saves anyway when asked to. When someone else saved the edition
 * meanwhile, says so and keeps everything typed.
 */
@Named
@ViewScoped
public class EditionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EditionService editions;
  @Inject ProgrammeService programmes;

  private Long id;
  private Edition edition;
  private Long programmeId;
  private Long jobProfileId;
  private List<Programme> programmeChoices;
  private List<JobProfile> profileChoices = List.of();
  private List<AdmissionCriterion> criteria = new ArrayList<>();
  private HoursFields hours = new HoursFields();

  public void load() {
    programmeChoices = programmes.programmes();
    if (id == null) {
      edition = newEdition();
      if (!programmeChoices.isEmpty()) {
        programmeId = programmeChoices.get(0).getId();
      }
    } else {
      try {
        edition = editions.edition(id);
        programmeId = edition.getProgramme().getId();
        jobProfileId = edition.getJobProfile() == null ? null : edition.getJobProfile().getId();
      } catch (NotFoundException e) {
        Pages.notFound();
        return;
      }
    }
    criteria = new ArrayList<>(edition.getAdmissionCriteria());
    if (!isNew()) {
      showTargets(edition.getProgramme(), edition.getTargets());
    }
    programmeChanged();
  }

  private Edition newEdition() {
    Edition fresh = new Edition(null);
    fresh.setLanguage("en");
    fresh.setStartDate(LocalDate.now().plusMonths(1));
    fresh.setEndDate(LocalDate.now().plusMonths(10));
    return fresh;
  }

  private void showTargets(Programme programme, HourTargets targets) {
    hours = HoursFields.of(programme.getModes(), targets);
  }

  /**
   * A new edition starts from the chosen programme's defaults (which add up), so it never opens
   * with a warning about itself; a saved edition keeps its own figures.
   */
  public void programmeChanged() {
    profileChoices = programmeId == null ? List.of() : programmes.profiles(programmeId);
    if (isNew() && programmeId != null) {
      Programme programme = programmes.programme(programmeId);
      edition.setCapacity(programme.getDefaultCapacity());
      edition.setTargets(programme.getDefaultTargets());
      showTargets(programme, programme.getDefaultTargets());
      criteria = new ArrayList<>(programme.getAdmissionCriteria());
    }
  }

  public void save() {
    edition.setTargets(targets());
    edition.setAdmissionCriteria(criteria);
    try {
      EditionService.Saved saved = editions.saveEdition(edition, programmeId, jobProfileId);
      boolean created = id == null;
      edition = saved.edition();
      id = edition.getId();
      FacesMessages.info("general.saved");
      saved.mismatch().ifPresent(this::warn);
      if (created) {
        FacesMessages.keepForRedirect();
        Pages.redirect("/course/edition.xhtml?id=" + id);
      }
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "edition");
    }
  }

  /** Discards what was typed and shows the edition as saved now, e.g. after a concurrent change. */
  public void reload() {
    load();
  }

  private void warn(HoursPlan.Mismatch mismatch) {
    FacesMessages.warn(
        "edition.hours.savedWithMismatch",
        HoursFormat.toHours(mismatch.partsMinutes()),
        HoursFormat.toHours(mismatch.statedMinutes()));
  }

  private HourTargets targets() {
    return hours.toTargets();
  }

  /** The live warning: parts versus the stated total, from what is typed now. */
  public Optional<HoursPlan.Mismatch> getMismatch() {
    return HoursPlan.mismatch(targets());
  }

  public BigDecimal getPartsHours() {
    return HoursFormat.toHours(targets().blendedSum());
  }

  public BigDecimal getStatedHours() {
    return HoursFormat.toHours(targets().getBlendedTotal());
  }

  /** "5 h more" or "5 h less" than the stated total. */
  public String getDifferenceText() {
    return getMismatch().map(m -> new HoursFormat().difference(m.differenceMinutes())).orElse("");
  }

  public AdmissionCriterion[] getAllCriteria() {
    return AdmissionCriterion.values();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Edition getEdition() {
    return edition;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public Long getJobProfileId() {
    return jobProfileId;
  }

  public void setJobProfileId(Long jobProfileId) {
    this.jobProfileId = jobProfileId;
  }

  public List<Programme> getProgrammeChoices() {
    return programmeChoices;
  }

  public List<JobProfile> getProfileChoices() {
    return profileChoices;
  }

  public List<AdmissionCriterion> getCriteria() {
    return criteria;
  }

  public void setCriteria(List<AdmissionCriterion> criteria) {
    this.criteria = criteria;
  }

  /** The six target hours of the form, as typed (minutes). */
  public HoursFields getHours() {
    return hours;
  }
}
