package org.mentora.project;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * A topic of project ideas, from a catalogue the administrator extends. Seeded by Flyway with the
 * Latvian pilot's five topics and "Other".
 */
@Entity
@Cacheable
@Table(name = "project_topic")
@NamedQuery(
    name = ProjectTopic.ACTIVE,
    query = "select t from ProjectTopic t where t.active = true order by t.position, t.name")
public class ProjectTopic extends BaseEntity implements LocalNames {

  private static final long serialVersionUID = 1L;
  public static final String ACTIVE = "ProjectTopic.active";
  public static final int NAME_MAX = 200;

  @NotBlank(message = "{projectTopic.name.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(nullable = false, length = NAME_MAX)
  @PlainText
  private String name;

  /** The name in other languages, by language tag; {@link #mainName()} where one is missing. */
  @ElementCollection
  @CollectionTable(name = "project_topic_name", joinColumns = @JoinColumn(name = "topic_id"))
  @MapKeyColumn(name = "language", length = 20)
  @Column(name = "name", nullable = false, length = NAME_MAX)
  private Map<String, String> names = new HashMap<>();

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean active = true;

  protected ProjectTopic() {}

  public ProjectTopic(String name, int position) {
    this.name = name;
    this.position = position;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Override
  public String mainName() {
    return name;
  }

  @Override
  public Map<String, String> getNames() {
    return names;
  }
}
