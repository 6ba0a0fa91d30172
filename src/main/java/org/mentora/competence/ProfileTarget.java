package org.mentora.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.mentora.course.JobProfile;
import org.mentora.platform.persistence.BaseEntity;

/** A competence a job profile asks for, and the level it aims at. */
@Entity
@Table(name = "profile_target")
@NamedQuery(
    name = ProfileTarget.OF_PROFILE,
    query =
        "select t from ProfileTarget t join fetch t.competence c join fetch c.area"
            + " join fetch c.framework f where t.profile = :profile"
            + " order by f.name, f.code, c.position")
public class ProfileTarget extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_PROFILE = "ProfileTarget.ofProfile";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "job_profile_id", nullable = false)
  private JobProfile profile;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "competence_id", nullable = false)
  private Competence competence;

  @Column(name = "target_level", nullable = false)
  private int targetLevel;

  protected ProfileTarget() {}

  public ProfileTarget(JobProfile profile, Competence competence, int targetLevel) {
    this.profile = profile;
    this.competence = competence;
    this.targetLevel = targetLevel;
  }

  public JobProfile getProfile() {
    return profile;
  }

  public Competence getCompetence() {
    return competence;
  }

  public int getTargetLevel() {
    return targetLevel;
  }

  public void setTargetLevel(int targetLevel) {
    this.targetLevel = targetLevel;
  }
}
