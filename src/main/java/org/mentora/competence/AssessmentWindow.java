package org.mentora.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.mentora.course.Edition;
import org.mentora.platform.persistence.BaseEntity;

/** When participants of an edition may self-assess at one moment. */
@Entity
@Table(name = "assessment_window")
@NamedQuery(
    name = AssessmentWindow.OF_EDITION,
    query = "select w from AssessmentWindow w where w.edition = :edition order by w.moment")
public class AssessmentWindow extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_EDITION = "AssessmentWindow.ofEdition";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false)
  private Edition edition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssessmentMoment moment;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "opens_on")
  private LocalDate opensOn;

  @Column(name = "closes_on")
  private LocalDate closesOn;

  protected AssessmentWindow() {}

  public AssessmentWindow(Edition edition, AssessmentMoment moment) {
    this.edition = edition;
    this.moment = moment;
  }

  public Edition getEdition() {
    return edition;
  }

  public AssessmentMoment getMoment() {
    return moment;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public MomentWindow toRule() {
    return new MomentWindow(moment, enabled, opensOn, closesOn);
  }
}
