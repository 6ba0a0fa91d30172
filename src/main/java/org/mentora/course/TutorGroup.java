package org.mentora.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/** A group of an edition's participants that one tutor follows through the course. */
@Entity
@Table(name = "tutor_group")
public class TutorGroup extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final int NAME_MAX = 100;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false)
  private Edition edition;

  @NotBlank(message = "{tutorGroup.name.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  protected TutorGroup() {}

  public TutorGroup(Edition edition, String name) {
    this.edition = edition;
    this.name = name == null ? null : name.strip();
  }

  public Edition getEdition() {
    return edition;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }
}
