package org.mentora.project.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.project.ProjectService;
import org.mentora.project.ProjectTopic;

/** The administrator's catalogue of project topics: add one, hide one, offer it again. */
@Named
@ViewScoped
public class TopicsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProjectService projects;

  private List<ProjectTopic> topics;
  private String topicName;
  private ProjectTopic editing;
  private java.util.Map<String, String> names;

  public void load() {
    topics = projects.allTopics();
  }

  public void add() {
    try {
      projects.addTopic(topicName);
      topicName = null;
      FacesMessages.info("topics.added");
      load();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "topics");
    }
  }

  public void setActive(ProjectTopic topic, boolean active) {
    projects.setTopicActive(topic.getId(), active);
    load();
  }

  /** Opens the names of one topic for editing, below the table. */
  public void editNames(ProjectTopic topic) {
    editing = topic;
    names = new java.util.HashMap<>(topic.getNames());
  }

  public void saveNames() {
    try {
      projects.saveTopicNames(editing.getId(), names);
      editing = null;
      FacesMessages.info("topics.namesSaved");
      load();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "topics");
    }
  }

  public ProjectTopic getEditing() {
    return editing;
  }

  public java.util.Map<String, String> getNames() {
    return names;
  }

  public List<ProjectTopic> getTopics() {
    return topics;
  }

  public String getTopicName() {
    return topicName;
  }

  public void setTopicName(String topicName) {
    this.topicName = topicName;
  }
}
