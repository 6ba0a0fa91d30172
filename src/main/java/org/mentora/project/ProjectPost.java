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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.mentora.directory.Person;
import org.mentora.platform.files.StoredFile;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * A message about a project: in the feedback thread between the participant, mentor, tutor and
 * trainers, or a progress update in the participant's journal, which may carry an attachment.
 */
@Entity
@Table(name = "project_post")
@NamedQuery(
    name = ProjectPost.OF_IDEA,
    query =
        "select p from ProjectPost p join fetch p.author left join fetch p.file"
            + " where p.idea = :idea and p.kind = :kind order by p.at, p.id")
public class ProjectPost extends BaseEntity {

  private static final long serialVersionUID = 1L;

  public static final String OF_IDEA = "ProjectPost.ofIdea";
  public static final int TEXT_MAX = 4000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "idea_id", nullable = false)
  private ProjectIdea idea;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id", nullable = false)
  private Person author;

  @Column(nullable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "file_id")
  private StoredFile file;

  @NotBlank(message = "{projectPost.text.required}")
  @Size(max = TEXT_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = TEXT_MAX)
  @PlainText(multiline = true)
  private String text;

  /** Which conversation a post belongs to. */
  public enum Kind {
    FEEDBACK,
    JOURNAL
  }

  protected ProjectPost() {}

  public ProjectPost(ProjectIdea idea, Person author, Instant at, String text) {
    this(idea, author, at, Kind.FEEDBACK, text, null);
  }

  public ProjectPost(
      ProjectIdea idea, Person author, Instant at, Kind kind, String text, StoredFile file) {
    this.kind = kind;
    this.file = file;
    this.idea = idea;
    this.author = author;
    this.at = at;
    this.text = text == null ? null : text.strip();
  }

  public Person getAuthor() {
    return author;
  }

  public Instant getAt() {
    return at;
  }

  public Kind getKind() {
    return kind;
  }

  public StoredFile getFile() {
    return file;
  }

  public ProjectIdea getIdea() {
    return idea;
  }

  public String getText() {
    return text;
  }
}
