package org.mentora.project.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;
import org.mentora.project.GoodPractice;
import org.mentora.project.GoodPracticeService;
import org.mentora.project.Milestone;
import org.mentora.project.ProjectEvent;
import org.mentora.project.ProjectIdea;
import org.mentora.project.ProjectPost;
import org.mentora.project.ProjectService;
import org.mentora.project.ProjectService.IdeaView;
import org.mentora.project.ProjectStatus;
import org.mentora.project.ProjectTopic;

/**
 * One project idea for everyone who may see it: the participant edits it while it is a draft or
 * sent back, and moves it on; the mentor or a trainer decides; all follow the milestones, the
 * feedback thread and the history. What a user typed stays when a save is refused.
 */
@Named
@ViewScoped
public class IdeaPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProjectService projects;
  @Inject GoodPracticeService practices;

  private Long id;
  private IdeaView view;
  private ProjectIdea idea;
  private Long topicId;
  private List<ProjectTopic> topics;
  private List<ProjectEvent> history;
  private List<Milestone> milestones;
  private List<ProjectPost> posts;
  private GoodPractice practice;
  private GoodPractice publishForm;
  private String comment;
  private String milestoneTitle;
  private LocalDate milestoneDue;
  private String postText;

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      view = projects.view(id);
      idea = view.idea();
      topicId = idea.getTopic() == null ? null : idea.getTopic().getId();
      topics = projects.topics();
      milestoneDue = LocalDate.now().plusMonths(1);
      refreshLists();
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  private void refreshLists() {
    history = projects.history(id);
    milestones = projects.milestones(id);
    posts = projects.posts(id);
    practice = practices.ofIdea(id).orElse(null);
    if (practice == null && publishForm == null) {
      publishForm = new GoodPractice();
      publishForm.setTitle(idea.getTitle());
      publishForm.setSummary(summaryOf(idea));
      publishForm.setCountries(idea.getEnrolment().getEdition().getCountry());
    }
  }

  private static String summaryOf(ProjectIdea idea) {
    StringBuilder summary = new StringBuilder();
    for (String part :
        new String[] {idea.getProblem(), idea.getObjectives(), idea.getExpectedOutcomes()}) {
      if (part != null && !part.isBlank()) {
        summary.append(summary.length() == 0 ? "" : "\n\n").append(part.strip());
      }
    }
    return summary.length() > GoodPractice.SUMMARY_MAX
        ? summary.substring(0, GoodPractice.SUMMARY_MAX)
        : summary.toString();
  }

  public void save() {
    try {
      idea = projects.save(idea, topicId);
      view = projects.view(id);
      idea = view.idea();
      FacesMessages.info("general.saved");
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "idea");
    }
  }

  public void move(ProjectStatus to) {
    try {
      projects.move(id, to, comment, idea.getVersion());
      comment = null;
      FacesMessages.info("project.moved." + to.name());
      reloadAll();
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
      reloadAll();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "moves");
    }
  }

  public void addMilestone() {
    try {
      projects.addMilestone(id, milestoneTitle, milestoneDue);
      milestoneTitle = null;
      milestoneDue = LocalDate.now().plusMonths(1);
      reloadAll();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "milestones");
    }
  }

  public void progress(Milestone milestone, int percent) {
    try {
      projects.setProgress(milestone.getId(), milestone.getVersion(), percent);
      reloadAll();
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
      reloadAll();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "milestones");
    }
  }

  public void post() {
    try {
      projects.post(id, postText);
      postText = null;
      posts = projects.posts(id);
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "feedback");
    }
  }

  public void consent(boolean given) {
    try {
      projects.consent(id, given);
      FacesMessages.info(given ? "project.consent.given" : "project.consent.withdrawn");
      reloadAll();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
    }
  }

  public void publish() {
    try {
      practice = practices.publish(id, publishForm);
      FacesMessages.info("goodPractice.published");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "publish");
    }
  }

  /** Discards what was typed and shows the idea as saved now. */
  public void reloadAll() {
    view = projects.view(id);
    idea = view.idea();
    refreshLists();
  }

  public boolean isCanPublish() {
    return practice == null
        && idea.getStatus() == ProjectStatus.COMPLETED
        && idea.isConsentPublic()
        && practices.mayPublish(id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public IdeaView getView() {
    return view;
  }

  public ProjectIdea getIdea() {
    return idea;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public List<ProjectTopic> getTopics() {
    return topics;
  }

  public List<ProjectEvent> getHistory() {
    return history;
  }

  public List<Milestone> getMilestones() {
    return milestones;
  }

  public List<ProjectPost> getPosts() {
    return posts;
  }

  public GoodPractice getPractice() {
    return practice;
  }

  public GoodPractice getPublishForm() {
    return publishForm;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getMilestoneTitle() {
    return milestoneTitle;
  }

  public void setMilestoneTitle(String milestoneTitle) {
    this.milestoneTitle = milestoneTitle;
  }

  public LocalDate getMilestoneDue() {
    return milestoneDue;
  }

  public void setMilestoneDue(LocalDate milestoneDue) {
    this.milestoneDue = milestoneDue;
  }

  public String getPostText() {
    return postText;
  }

  public void setPostText(String postText) {
    this.postText = postText;
  }
}
