package org.mentora.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/** One move of a project idea: who, when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "project_event")
@NamedQuery(
    name = ProjectEvent.OF_IDEA,
    query =
        "select e from ProjectEvent e join fetch e.actor where e.idea = :idea order by e.at, e.id")
public class ProjectEvent extends BaseEntity {

  private static final long serialVersionUID = 1L;

  public static final String OF_IDEA = "ProjectEvent.ofIdea";
  public static final int COMMENT_MAX = 2000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "idea_id", nullable = false)
  private ProjectIdea idea;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "actor_id", nullable = false)
  private Person actor;

  @Column(nullable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 30)
  private ProjectStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 30, nullable = false)
  private ProjectStatus toStatus;

  @Column(length = COMMENT_MAX)
  @PlainText(multiline = true)
  private String comment;

  /**
   * For a line that is not a move (consent given or withdrawn): the bundle key shown instead of
   * "from → to"; the status is then the one the idea stayed in.
   */
  @Column(name = "note_key", length = 80)
  private String noteKey;

  protected ProjectEvent() {}

  public ProjectEvent(
      ProjectIdea idea,
      Person actor,
      Instant at,
      ProjectStatus fromStatus,
      ProjectStatus toStatus,
      String comment) {
    this.idea = idea;
    this.actor = actor;
    this.at = at;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  /** A history line that records a decision other than a move, e.g. consent withdrawn. */
  static ProjectEvent note(ProjectIdea idea, Person actor, Instant at, String noteKey) {
    ProjectEvent event = new ProjectEvent(idea, actor, at, null, idea.getStatus(), null);
    event.noteKey = noteKey;
    return event;
  }

  public String getNoteKey() {
    return noteKey;
  }

  public Person getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }

  public ProjectStatus getFromStatus() {
    return fromStatus;
  }

  public ProjectStatus getToStatus() {
    return toStatus;
  }

  public String getComment() {
    return comment;
  }
}
