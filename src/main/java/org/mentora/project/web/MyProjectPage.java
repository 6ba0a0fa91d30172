package org.mentora.project.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.Enrolment;
import org.mentora.course.ParticipationService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectService;
import org.mentora.project.ProjectTopic;

/**
 * The participant's project ideas, and the start of a new one as a draft. Keeps only the draft and
 * the enrolment's id in the session (the view is replicated with it after every request); the lists
 * are read again when missing, as after a move to another node.
 */
@Named
@ViewScoped
public class MyProjectPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProjectService projects;
  @Inject ParticipationService participation;

  private transient List<ProjectIdea> ideas;
  private transient List<ProjectTopic> topics;
  private transient Enrolment enrolment;
  private Long enrolmentId;
  private final ProjectIdea draft = new ProjectIdea();
  private Long topicId;

  public void load() {
    ideas = projects.myIdeas();
    topics = projects.topics();
    enrolment =
        participation.myEnrolments().stream().filter(Enrolment::isActive).findFirst().orElse(null);
    enrolmentId = enrolment == null ? null : enrolment.getId();
  }

  private void readIfMissing() {
    if (ideas == null) {
      load();
    }
  }

  public void create() {
    readIfMissing();
    if (enrolmentId == null) {
      FacesMessages.error("project.noEnrolment");
      return;
    }
    try {
      ProjectIdea created = projects.create(enrolmentId, draft, topicId);
      FacesMessages.info("project.created");
      FacesMessages.keepForRedirect();
      Pages.redirect("/project/idea.xhtml?id=" + created.getId());
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "newIdea");
    }
  }

  public List<ProjectIdea> getIdeas() {
    readIfMissing();
    return ideas;
  }

  public List<ProjectTopic> getTopics() {
    readIfMissing();
    return topics;
  }

  public Enrolment getEnrolment() {
    readIfMissing();
    return enrolment;
  }

  public ProjectIdea getDraft() {
    return draft;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }
}
