package org.mentora.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.mentora.course.CourseModule;
import org.mentora.platform.persistence.BaseEntity;

/** A competence a module develops, and the level it aims at. */
@Entity
@Table(name = "module_competence")
@NamedQuery(
    name = ModuleCompetence.OF_MODULE,
    query =
        "select m from ModuleCompetence m join fetch m.competence c join fetch c.framework"
            + " where m.module = :module order by c.framework.name, c.position")
@NamedQuery(
    name = ModuleCompetence.OF_PROGRAMME,
    query =
        "select m from ModuleCompetence m join fetch m.competence c join fetch m.module mo"
            + " where mo.programme = :programme order by mo.code, c.position")
public class ModuleCompetence extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_MODULE = "ModuleCompetence.ofModule";
  public static final String OF_PROGRAMME = "ModuleCompetence.ofProgramme";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id", nullable = false)
  private CourseModule module;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "competence_id", nullable = false)
  private Competence competence;

  @Column(name = "aimed_level", nullable = false)
  private int aimedLevel;

  protected ModuleCompetence() {}

  public ModuleCompetence(CourseModule module, Competence competence, int aimedLevel) {
    this.module = module;
    this.competence = competence;
    this.aimedLevel = aimedLevel;
  }

  public CourseModule getModule() {
    return module;
  }

  public Competence getCompetence() {
    return competence;
  }

  public int getAimedLevel() {
    return aimedLevel;
  }

  public void setAimedLevel(int aimedLevel) {
    this.aimedLevel = aimedLevel;
  }
}
