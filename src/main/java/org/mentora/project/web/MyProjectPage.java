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

/** The participant's project ideas, and the start of a new one as a draft. */
@Named
@ViewScoped
public class MyProjectPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProjectService projects;
  @Inject ParticipationService participation;

  private List<ProjectIdea> ideas;
  private List<ProjectTopic> topics;
  private Enrolment enrolment;
  private final ProjectIdea draft = new ProjectIdea();
  private Long topicId;

  public void load() {
    ideas = projects.myIdeas();
    topics = projects.topics();
    enrolment =
        participation.myEnrolments().stream().filter(Enrolment::isActive).findFirst().orElse(null);
  }

  public void create() {
    if (enrolment == null) {
      FacesMessages.error("project.noEnrolment");
      return;
    }
    try {
      ProjectIdea created = projects.create(enrolment.getId(), draft, topicId);
      FacesMessages.info("project.created");
      FacesMessages.keepForRedirect();
      Pages.redirect("/project/idea.xhtml?id=" + created.getId());
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "newIdea");
    }
  }

  public List<ProjectIdea> getIdeas() {
    return ideas;
  }

  public List<ProjectTopic> getTopics() {
    return topics;
  }

  public Enrolment getEnrolment() {
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
