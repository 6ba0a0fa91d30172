package org.mentora.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentora.course.CourseAccess;
import org.mentora.course.Enrolment;
import org.mentora.course.ProgressChanged;
import org.mentora.course.StaffRole;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.FileStore;
import org.mentora.platform.files.StoredFile;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectLifecycle.Actor;

/**
 * Project ideas from draft to completion: the participant writes, submits and implements; the
 * mentor or a trainer decides; everyone who may see the participant may follow and discuss. Who may
 * see an idea is who may see its participant ({@link CourseAccess}); an idea one may not see is not
 * found. Every move is checked by {@link ProjectLifecycle} and kept in the history.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.TRAINER_NAME,
  Role.TUTOR_NAME,
  Role.MENTOR_NAME,
  Role.PARTICIPANT_NAME
})
public class ProjectService {

  @PersistenceContext EntityManager em;
  @Inject ProjectNotices notices;
  @Inject Event<ProgressChanged> progressChanged;
  @Inject CourseAccess access;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject FileStore files;

  /** An idea as the caller sees it: in which parts they act and what they may do now. */
  public record IdeaView(ProjectIdea idea, Set<Actor> actors, List<ProjectStatus> moves)
      implements Serializable {
    public ProjectIdea getIdea() {
      return idea;
    }

    public List<ProjectStatus> getMoves() {
      return moves;
    }

    public boolean isOwner() {
      return actors.contains(Actor.OWNER);
    }

    public boolean isEditable() {
      return isOwner() && ProjectLifecycle.editable(idea.getStatus());
    }

    /** Milestones are kept by the participant and the mentor once the idea is approved. */
    public boolean isCanPlan() {
      return (isOwner() || actors.contains(Actor.MENTOR) || actors.contains(Actor.ADMIN))
          && (idea.getStatus() == ProjectStatus.APPROVED
              || idea.getStatus() == ProjectStatus.IN_IMPLEMENTATION);
    }
  }

  public List<ProjectTopic> topics() {
    return em.createNamedQuery(ProjectTopic.ACTIVE, ProjectTopic.class).getResultList();
  }

  /** The caller's own ideas, newest first. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public List<ProjectIdea> myIdeas() {
    return em.createQuery(
            "select i from ProjectIdea i left join fetch i.topic join i.enrolment e"
                + " where e.person = :me order by i.createdAt desc",
            ProjectIdea.class)
        .setParameter("me", callers.person())
        .getResultList();
  }

  /** Ideas of the participants the caller looks after; an administrator sees all. */
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.TUTOR_NAME, Role.MENTOR_NAME})
  public List<ProjectIdea> ideasOfMyParticipants() {
    if (access.isAdmin()) {
      return em.createQuery(
              "select i from ProjectIdea i join fetch i.enrolment e join fetch e.person"
                  + " left join fetch i.topic order by i.updatedAt desc",
              ProjectIdea.class)
          .getResultList();
    }
    List<Enrolment> mine = access.assignedEnrolments();
    if (mine.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select i from ProjectIdea i join fetch i.enrolment e join fetch e.person"
                + " left join fetch i.topic where e in :mine order by i.updatedAt desc",
            ProjectIdea.class)
        .setParameter("mine", mine)
        .getResultList();
  }

  public IdeaView view(long ideaId) {
    ProjectIdea idea = visible(ideaId);
    Set<Actor> actors = actors(idea);
    return new IdeaView(idea, actors, ProjectLifecycle.movesFor(idea.getStatus(), actors));
  }

  /** Starts a new idea as a draft for one of the caller's own enrolments. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public ProjectIdea create(long enrolmentId, ProjectIdea draft, Long topicId) {
    Enrolment enrolment = access.ownEnrolment(enrolmentId);
    if (!enrolment.isActive()) {
      throw new NotFoundException();
    }
    ProjectIdea idea = new ProjectIdea(enrolment, draft.getTitle(), clock.instant());
    copyText(draft, idea, topicId);
    em.persist(idea);
    em.persist(
        new ProjectEvent(idea, callers.person(), clock.instant(), null, ProjectStatus.DRAFT, null));
    return idea;
  }

  /** Saves the participant's text, only while the idea is a draft or sent back for changes. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public ProjectIdea save(ProjectIdea edited, Long topicId) {
    ProjectIdea idea = visible(edited.getId());
    if (!actors(idea).contains(Actor.OWNER)) {
      throw new NotFoundException();
    }
    if (!ProjectLifecycle.editable(idea.getStatus())) {
      throw new BusinessException("project.notEditable");
    }
    OptimisticLocks.check(idea, edited.getVersion());
    copyText(edited, idea, topicId);
    idea.touch(clock.instant());
    return idea;
  }

  public ProjectIdea move(long ideaId, ProjectStatus to, String comment, long versionSeen) {
    ProjectIdea idea = visible(ideaId);
    OptimisticLocks.check(idea, versionSeen);
    ProjectStatus from = idea.getStatus();
    Optional<String> refusal = ProjectLifecycle.refusal(from, to, actors(idea), comment);
    if (refusal.isPresent()) {
      throw refusal.get().equals("project.move.commentRequired")
          ? BusinessException.onField("comment", refusal.get())
          : new BusinessException(refusal.get());
    }
    if (comment != null && comment.strip().length() > ProjectEvent.COMMENT_MAX) {
      throw BusinessException.onField("comment", "validation.tooLong");
    }
    idea.moveTo(to, clock.instant());
    Person mover = callers.person();
    em.persist(new ProjectEvent(idea, mover, clock.instant(), from, to, comment));
    notices.moved(idea, to, mover, comment);
    if (to == ProjectStatus.COMPLETED) {
      progressChanged.fire(new ProgressChanged(idea.getEnrolment().getId()));
    }
    return idea;
  }

  public List<ProjectEvent> history(long ideaId) {
    return em.createNamedQuery(ProjectEvent.OF_IDEA, ProjectEvent.class)
        .setParameter("idea", visible(ideaId))
        .getResultList();
  }

  // ---- implementation: milestones and the feedback thread

  public List<Milestone> milestones(long ideaId) {
    return em.createNamedQuery(Milestone.OF_IDEA, Milestone.class)
        .setParameter("idea", visible(ideaId))
        .getResultList();
  }

  public Milestone addMilestone(long ideaId, String title, LocalDate dueDate) {
    IdeaView view = view(ideaId);
    if (!view.isCanPlan()) {
      throw new BusinessException("milestone.notNow");
    }
    if (title == null || title.isBlank()) {
      throw BusinessException.onField("milestoneTitle", "milestone.title.required");
    }
    if (title.strip().length() > Milestone.TITLE_MAX) {
      throw BusinessException.onField("milestoneTitle", "validation.tooLong");
    }
    if (dueDate == null) {
      throw BusinessException.onField("milestoneDue", "milestone.dueDate.required");
    }
    Milestone milestone = new Milestone(view.idea(), title, dueDate, clock.instant());
    em.persist(milestone);
    view.idea().touch(clock.instant());
    return milestone;
  }

  /** Sets how far a milestone is, unless someone changed it since the caller saw it. */
  public Milestone setProgress(long milestoneId, long versionSeen, int percentDone) {
    Milestone milestone =
        Optional.ofNullable(em.find(Milestone.class, milestoneId))
            .orElseThrow(NotFoundException::new);
    OptimisticLocks.check(milestone, versionSeen);
    IdeaView view = view(milestone.getIdea().getId());
    if (!view.isCanPlan()) {
      throw new BusinessException("milestone.notNow");
    }
    if (percentDone < 0 || percentDone > 100) {
      throw new BusinessException("milestone.percent.range");
    }
    milestone.setPercentDone(percentDone);
    view.idea().touch(clock.instant());
    return milestone;
  }

  public List<ProjectPost> posts(long ideaId) {
    return posts(ideaId, ProjectPost.Kind.FEEDBACK);
  }

  /** The participant's progress updates, oldest first. */
  public List<ProjectPost> journal(long ideaId) {
    return posts(ideaId, ProjectPost.Kind.JOURNAL);
  }

  private List<ProjectPost> posts(long ideaId, ProjectPost.Kind kind) {
    return em.createNamedQuery(ProjectPost.OF_IDEA, ProjectPost.class)
        .setParameter("idea", visible(ideaId))
        .setParameter("kind", kind)
        .getResultList();
  }

  /**
   * Adds a progress update to the participant's journal, with an optional attachment (PDF, PNG or
   * JPEG up to 10 MB, checked by content), once the idea is approved.
   */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public ProjectPost addUpdate(long ideaId, String text, String filename, byte[] content) {
    IdeaView view = view(ideaId);
    if (!view.isOwner()) {
      throw new NotFoundException();
    }
    if (!view.isCanPlan()) {
      throw new BusinessException("journal.notNow");
    }
    if (text == null || text.isBlank()) {
      throw BusinessException.onField("updateText", "projectPost.text.required");
    }
    if (text.strip().length() > ProjectPost.TEXT_MAX) {
      throw BusinessException.onField("updateText", "validation.tooLong");
    }
    StoredFile file =
        content == null || content.length == 0
            ? null
            : files.store("updateFile", filename, content, callers.username());
    ProjectPost update =
        new ProjectPost(
            view.idea(), callers.person(), clock.instant(), ProjectPost.Kind.JOURNAL, text, file);
    em.persist(update);
    view.idea().touch(clock.instant());
    return update;
  }

  /** The participant uploads (or replaces) the final report while implementing or when done. */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public ProjectIdea uploadFinalReport(long ideaId, String filename, byte[] content) {
    IdeaView view = view(ideaId);
    if (!view.isOwner()) {
      throw new NotFoundException();
    }
    ProjectStatus status = view.idea().getStatus();
    if (status != ProjectStatus.IN_IMPLEMENTATION && status != ProjectStatus.COMPLETED) {
      throw new BusinessException("finalReport.notNow");
    }
    if (content == null || content.length == 0) {
      throw BusinessException.onField("reportFile", "file.empty");
    }
    view.idea().setFinalReport(files.store("reportFile", filename, content, callers.username()));
    view.idea().touch(clock.instant());
    return view.idea();
  }

  /** A stored file and its bytes. */
  public record Download(StoredFile file, byte[] content) {}

  /** A journal attachment, for whoever may see the idea. */
  public Download attachment(long postId) {
    ProjectPost post =
        Optional.ofNullable(em.find(ProjectPost.class, postId)).orElseThrow(NotFoundException::new);
    visible(post.getIdea().getId());
    if (post.getFile() == null) {
      throw new NotFoundException();
    }
    return new Download(post.getFile(), files.content(post.getFile()));
  }

  /** The final report, for whoever may see the idea. */
  public Download finalReport(long ideaId) {
    ProjectIdea idea = visible(ideaId);
    if (idea.getFinalReport() == null) {
      throw new NotFoundException();
    }
    return new Download(idea.getFinalReport(), files.content(idea.getFinalReport()));
  }

  // ---- the topic catalogue

  /** Every topic, hidden ones too, for the administrator. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<ProjectTopic> allTopics() {
    return em.createQuery(
            "select t from ProjectTopic t order by t.position, t.name", ProjectTopic.class)
        .getResultList();
  }

  /** Adds a topic before "Other" (which stays last). */
  @RolesAllowed(Role.ADMIN_NAME)
  public ProjectTopic addTopic(String name) {
    if (name == null || name.isBlank()) {
      throw BusinessException.onField("topicName", "projectTopic.name.required");
    }
    if (name.strip().length() > ProjectTopic.NAME_MAX) {
      throw BusinessException.onField("topicName", "validation.tooLong");
    }
    boolean taken = allTopics().stream().anyMatch(t -> t.getName().equalsIgnoreCase(name.strip()));
    if (taken) {
      throw BusinessException.onField("topicName", "projectTopic.name.taken");
    }
    int position =
        allTopics().stream()
                .mapToInt(ProjectTopic::getPosition)
                .filter(p -> p < 1000)
                .max()
                .orElse(0)
            + 10;
    ProjectTopic topic = new ProjectTopic(name.strip(), position);
    em.persist(topic);
    return topic;
  }

  /** Names a topic in other languages; a language left empty shows the main name. */
  @RolesAllowed(Role.ADMIN_NAME)
  public ProjectTopic saveTopicNames(long topicId, java.util.Map<String, String> names) {
    String language = LocalNames.tooLong(names, ProjectTopic.NAME_MAX);
    if (language != null) {
      throw new BusinessException("names.tooLong", language, ProjectTopic.NAME_MAX);
    }
    ProjectTopic topic =
        Optional.ofNullable(em.find(ProjectTopic.class, topicId))
            .orElseThrow(NotFoundException::new);
    LocalNames.replace(topic.getNames(), names);
    return topic;
  }

  /** Offers a topic to participants, or stops offering it; ideas keep the topic they have. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void setTopicActive(long topicId, boolean active) {
    Optional.ofNullable(em.find(ProjectTopic.class, topicId))
        .orElseThrow(NotFoundException::new)
        .setActive(active);
  }

  /** Adds to the feedback thread; everyone who may see the idea may write. */
  public ProjectPost post(long ideaId, String text) {
    ProjectIdea idea = visible(ideaId);
    if (text == null || text.isBlank()) {
      throw BusinessException.onField("postText", "projectPost.text.required");
    }
    if (text.strip().length() > ProjectPost.TEXT_MAX) {
      throw BusinessException.onField("postText", "validation.tooLong");
    }
    Person author = callers.person();
    ProjectPost post = new ProjectPost(idea, author, clock.instant(), text);
    em.persist(post);
    notices.feedback(idea, author, text);
    return post;
  }

  /**
   * The participant agrees, or stops agreeing, that the idea may become a public good practice.
   * Withdrawing takes a published practice out of the catalogue at once; the history keeps who
   * decided and when.
   */
  @RolesAllowed(Role.PARTICIPANT_NAME)
  public ProjectIdea consent(long ideaId, boolean consent) {
    ProjectIdea idea = visible(ideaId);
    if (!actors(idea).contains(Actor.OWNER)) {
      throw new NotFoundException();
    }
    if (idea.isConsentPublic() == consent) {
      return idea;
    }
    Instant now = clock.instant();
    Person me = callers.person();
    idea.setConsent(consent, now);
    em.persist(
        ProjectEvent.note(
            idea,
            me,
            now,
            consent ? "project.history.consentGiven" : "project.history.consentWithdrawn"));
    if (!consent) {
      // In the same transaction: the public page never outlives the consent.
      em.createNamedQuery(GoodPractice.OF_IDEA, GoodPractice.class)
          .setParameter("idea", idea)
          .getResultStream()
          .forEach(practice -> practice.withdraw(me, now));
    }
    return idea;
  }

  // ---- who is who

  /** The idea, if the caller may see its participant; otherwise not found. */
  public ProjectIdea visible(long ideaId) {
    ProjectIdea idea =
        Optional.ofNullable(em.find(ProjectIdea.class, ideaId)).orElseThrow(NotFoundException::new);
    if (!access.canSee(idea.getEnrolment())) {
      throw new NotFoundException();
    }
    return idea;
  }

  /** In which parts the caller acts on the idea (none when they only follow it). */
  public Set<Actor> actors(ProjectIdea idea) {
    Set<Actor> actors = EnumSet.noneOf(Actor.class);
    if (access.isAdmin()) {
      actors.add(Actor.ADMIN);
    }
    Optional<Person> me = callers.findPerson();
    if (me.isEmpty()) {
      return actors;
    }
    Enrolment enrolment = idea.getEnrolment();
    if (callers.has(Role.PARTICIPANT) && enrolment.getPerson().getId().equals(me.get().getId())) {
      actors.add(Actor.OWNER);
    }
    access.assignedParts(enrolment).stream()
        .filter(role -> callers.has(role.role()))
        .forEach(role -> actors.add(role == StaffRole.MENTOR ? Actor.MENTOR : Actor.TRAINER));
    return actors;
  }

  private void copyText(ProjectIdea from, ProjectIdea to, Long topicId) {
    if (from.getTitle() == null || from.getTitle().isBlank()) {
      throw BusinessException.onField("title", "project.title.required");
    }
    to.setTitle(from.getTitle());
    to.setTopic(topicId == null ? null : em.find(ProjectTopic.class, topicId));
    to.setProblem(from.getProblem());
    to.setObjectives(from.getObjectives());
    to.setTargetAudience(from.getTargetAudience());
    to.setActivities(from.getActivities());
    to.setExpectedOutcomes(from.getExpectedOutcomes());
    to.setTimeline(from.getTimeline());
  }
}
