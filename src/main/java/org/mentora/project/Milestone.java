package org.mentora.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/** A step of a project's implementation with a due date and how far it has come. */
@Entity
@Table(name = "project_milestone")
@NamedQuery(
    name = Milestone.OF_IDEA,
    query = "select m from Milestone m where m.idea = :idea order by m.dueDate, m.id")
public class Milestone extends BaseEntity {

  private static final long serialVersionUID = 1L;

  public static final String OF_IDEA = "Milestone.ofIdea";
  public static final int TITLE_MAX = 200;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "idea_id", nullable = false)
  private ProjectIdea idea;

  @NotBlank(message = "{milestone.title.required}")
  @Size(max = TITLE_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = TITLE_MAX)
  @PlainText
  private String title;

  @NotNull(message = "{milestone.dueDate.required}")
  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Min(value = 0, message = "{milestone.percent.range}")
  @Max(value = 100, message = "{milestone.percent.range}")
  @Column(name = "percent_done", nullable = false)
  private int percentDone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Milestone() {}

  public Milestone(ProjectIdea idea, String title, LocalDate dueDate, Instant createdAt) {
    this.idea = idea;
    this.title = title == null ? null : title.strip();
    this.dueDate = dueDate;
    this.createdAt = createdAt;
  }

  public ProjectIdea getIdea() {
    return idea;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public int getPercentDone() {
    return percentDone;
  }

  public void setPercentDone(int percentDone) {
    this.percentDone = percentDone;
  }

  public boolean isDone() {
    return percentDone >= 100;
  }
}
