package org.mentora.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentora.directory.Callers;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Organisation;
import org.mentora.directory.Person;
import org.mentora.notification.Notice;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.Notifier;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;

/**
 * Admission is a selection: candidates apply, the administrator sees them ranked by the edition's
 * rule and accepts, rejects or wait-lists them. Acceptance enrols, within the edition's capacity,
 * which two administrators deciding at once cannot exceed.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class AdmissionService {

  @PersistenceContext EntityManager em;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject EditionService editions;
  @Inject DirectoryService directory;
  @Inject Notifier notifier;

  /**
   * The caller applies to an open edition for themselves. Candidates are librarians: trainees (also
   * of earlier editions) and mentors; nobody applies to an edition they are enrolled in or on the
   * staff of. Administrators record applications for others instead.
   */
  @RolesAllowed({Role.PARTICIPANT_NAME, Role.MENTOR_NAME})
  public Application apply(long editionId, ApplicationForm form) {
    Edition edition =
        Optional.ofNullable(em.find(Edition.class, editionId)).orElseThrow(NotFoundException::new);
    if (!edition.isApplicationsOpen()) {
      throw new BusinessException("admission.closed");
    }
    Person me = callers.person();
    if (isStaff(edition, me)) {
      throw new BusinessException("admission.staffOfEdition");
    }
    return create(edition, me, form);
  }

  /**
   * Editions the caller may apply to now: open for applications, and neither enrolled in (active)
   * nor on the staff of.
   */
  @RolesAllowed({Role.PARTICIPANT_NAME, Role.MENTOR_NAME})
  public List<Edition> openToMe() {
    Person me = callers.person();
    return em.createNamedQuery(Edition.OPEN, Edition.class).getResultList().stream()
        .filter(e -> enrolment(e, me).filter(Enrolment::isActive).isEmpty())
        .filter(e -> !isStaff(e, me))
        .toList();
  }

  private boolean isStaff(Edition edition, Person person) {
    return !em.createQuery(
            "select s.id from StaffAssignment s where s.edition = :e and s.staff = :p"
                + " and s.endedAt is null",
            Long.class)
        .setParameter("e", edition)
        .setParameter("p", person)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** An administrator records an application received elsewhere, e.g. from the MOOC's form. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Application recordApplication(long editionId, long personId, ApplicationForm form) {
    return create(editions.edition(editionId), directory.person(personId), form);
  }

  private Application create(Edition edition, Person person, ApplicationForm form) {
    boolean openAlready =
        !em.createQuery(
                "select a.id from Application a where a.edition = :e and a.person = :p"
                    + " and a.status in :open",
                Long.class)
            .setParameter("e", edition)
            .setParameter("p", person)
            .setParameter(
                "open", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED))
            .getResultList()
            .isEmpty();
    if (openAlready) {
      throw new BusinessException("admission.alreadyApplied");
    }
    if (enrolment(edition, person).filter(Enrolment::isActive).isPresent()) {
      throw new BusinessException("admission.alreadyEnrolled");
    }
    if (form.getMoocEvidence() != null && form.getMoocEvidence().length() > Application.TEXT_MAX) {
      throw BusinessException.onField(
          "moocEvidence", "validation.tooLongPlain", Application.TEXT_MAX);
    }
    if (form.getProjectIdeaTitle() != null
        && form.getProjectIdeaTitle().length() > Application.TITLE_MAX) {
      throw BusinessException.onField(
          "projectIdeaTitle", "validation.tooLongPlain", Application.TITLE_MAX);
    }
    if (form.isMoocCompleted()
        && (form.getMoocEvidence() == null || form.getMoocEvidence().isBlank())) {
      throw BusinessException.onField("moocEvidence", "admission.moocEvidence.required");
    }
    Application application = new Application(edition, person, clock.instant());
    application.setHostOrganisation(organisation(form.getHostOrganisationId()));
    application.setMoocCompleted(form.isMoocCompleted());
    application.setMoocEvidence(form.getMoocEvidence());
    application.setProjectIdeaTitle(form.getProjectIdeaTitle());
    em.persist(application);
    // The administrators hear of it (grouped per edition in a digest), not the one who recorded it.
    long actor = callers.person().getId();
    for (long admin : notifier.holdersOf(Role.ADMIN)) {
      if (admin != actor) {
        notifier.tell(
            new Notice(
                admin,
                NotificationKind.APPLICATION_RECEIVED,
                "notification.application.received",
                List.of(edition.getTitle(), person.getFullName()),
                "/course/edition-admission.xhtml?id=" + edition.getId(),
                "applications:" + edition.getId()));
      }
    }
    return application;
  }

  private Organisation organisation(Long id) {
    if (id == null) {
      return null;
    }
    return Optional.ofNullable(em.find(Organisation.class, id))
        .orElseThrow(() -> BusinessException.onField("hostOrganisation", "admission.host.unknown"));
  }

  /** A candidate in the ranked list: their place and which criteria they meet. */
  public record RankedApplication(int rank, Application application, List<AdmissionCriterion> met)
      implements Serializable {
    public int getRank() {
      return rank;
    }

    public Application getApplication() {
      return application;
    }

    public List<AdmissionCriterion> getMet() {
      return met;
    }

    public Long getId() {
      return application.getId();
    }
  }

  /** Open applications in the order the edition's rule ranks them, then the decided ones. */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<RankedApplication> ranked(long editionId) {
    Edition edition = editions.edition(editionId);
    List<Application> all =
        em.createQuery(
                "select a from Application a join fetch a.person left join fetch a.hostOrganisation"
                    + " where a.edition = :e",
                Application.class)
            .setParameter("e", edition)
            .getResultList();
    List<AdmissionCriterion> rule = edition.getAdmissionCriteria();
    List<Application> open =
        AdmissionRanking.rank(all.stream().filter(a -> a.getStatus().isOpen()).toList(), rule);
    List<Application> decided =
        all.stream()
            .filter(a -> !a.getStatus().isOpen())
            .sorted((a, b) -> b.getDecidedAt().compareTo(a.getDecidedAt()))
            .toList();
    List<RankedApplication> result = new ArrayList<>();
    int rank = 1;
    for (Application application : open) {
      result.add(new RankedApplication(rank++, application, met(application, rule)));
    }
    for (Application application : decided) {
      result.add(new RankedApplication(0, application, met(application, rule)));
    }
    return result;
  }

  private static List<AdmissionCriterion> met(
      Application application, List<AdmissionCriterion> rule) {
    return rule.stream().filter(c -> AdmissionRanking.meets(application, c)).toList();
  }

  /**
   * Accepts (and enrols), rejects or wait-lists an open application, as it was when the deciding
   * administrator loaded it ({@code versionSeen}): a wait-listed application decided again by
   * someone else meanwhile is refused as a concurrent change rather than decided over. The edition
   * row is locked while counting places, so concurrent acceptances never exceed the capacity.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public Application decide(
      long applicationId, long versionSeen, ApplicationStatus decision, String note) {
    Application application =
        Optional.ofNullable(em.find(Application.class, applicationId))
            .orElseThrow(NotFoundException::new);
    if (!application.getStatus().isOpen()) {
      throw new BusinessException("admission.alreadyDecided");
    }
    OptimisticLocks.check(application, versionSeen);
    if (note != null && note.length() > Application.TEXT_MAX) {
      throw BusinessException.onField(
          "decisionNote", "validation.tooLongPlain", Application.TEXT_MAX);
    }
    switch (decision) {
      case ACCEPTED -> {
        Edition edition = application.getEdition();
        em.lock(edition, LockModeType.PESSIMISTIC_WRITE);
        long enrolled = editions.activeEnrolments(edition.getId());
        if (enrolled >= edition.getCapacity()) {
          throw new BusinessException("admission.full", edition.getCapacity());
        }
        enrol(edition, application.getPerson(), application.getHostOrganisation());
      }
      case REJECTED, WAITLISTED -> {
        // no enrolment
      }
      default -> throw new BusinessException("admission.decisionInvalid");
    }
    application.decide(decision, callers.username(), clock.instant(), blankToNull(note));
    notifier.tell(
        new Notice(
            application.getPerson().getId(),
            NotificationKind.APPLICATION_DECIDED,
            "notification.application." + decision.name(),
            List.of(application.getEdition().getTitle(), note == null ? "" : note.strip()),
            "/course/apply.xhtml",
            null));
    return application;
  }

  /**
   * Enrols a person directly (roster import, accepted candidates), giving their account the
   * participant role. Re-enrolling a withdrawn participant reactivates the same enrolment.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public Enrolment enrol(Edition edition, Person person, Organisation host) {
    Optional<Enrolment> existing = enrolment(edition, person);
    Enrolment enrolment;
    if (existing.isPresent()) {
      enrolment = existing.get();
      if (enrolment.isActive()) {
        throw new BusinessException("admission.alreadyEnrolled");
      }
      enrolment.reactivate();
      if (host != null) {
        enrolment.setHostOrganisation(host);
      }
    } else {
      enrolment = new Enrolment(edition, person, host, clock.instant());
      em.persist(enrolment);
    }
    directory.grantRole(person, Role.PARTICIPANT);
    return enrolment;
  }

  /** Withdraws a participant from an edition; their records stay. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void withdraw(long enrolmentId) {
    Enrolment enrolment =
        Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
            .orElseThrow(NotFoundException::new);
    if (enrolment.isActive()) {
      enrolment.withdraw(clock.instant());
    }
  }

  private Optional<Enrolment> enrolment(Edition edition, Person person) {
    return em.createQuery(
            "select e from Enrolment e where e.edition = :e and e.person = :p", Enrolment.class)
        .setParameter("e", edition)
        .setParameter("p", person)
        .getResultStream()
        .findFirst();
  }

  /** The caller's own applications, newest first. */
  @RolesAllowed({Role.PARTICIPANT_NAME, Role.MENTOR_NAME})
  public List<Application> myApplications() {
    Optional<Person> me = callers.findPerson();
    if (me.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from Application a join fetch a.edition left join fetch a.hostOrganisation"
                + " where a.person = :p order by a.submittedAt desc",
            Application.class)
        .setParameter("p", me.get())
        .getResultList();
  }

  /** The caller takes back their own open application. */
  @RolesAllowed({Role.PARTICIPANT_NAME, Role.MENTOR_NAME})
  public void withdrawApplication(long applicationId) {
    Application application =
        Optional.ofNullable(em.find(Application.class, applicationId))
            .filter(a -> a.getPerson().getId().equals(callers.person().getId()))
            .orElseThrow(NotFoundException::new);
    if (!application.getStatus().isOpen()) {
      throw new BusinessException("admission.alreadyDecided");
    }
    application.decide(ApplicationStatus.WITHDRAWN, callers.username(), clock.instant(), null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
