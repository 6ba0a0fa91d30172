package org.mentora.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.persistence.Page;
import org.mentora.platform.persistence.PageRequest;
import org.mentora.platform.persistence.SearchQuery;
import org.mentora.platform.security.Role;

/** Editions (cohorts), their tutor groups and their participants, as administrators run them. */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
@RolesAllowed(Role.ADMIN_NAME)
public class EditionService {

  @PersistenceContext EntityManager em;
  @Inject ProgrammeService programmes;

  /** An edition as saved, with the warning to show when its hours do not add up. */
  public record Saved(Edition edition, Optional<HoursPlan.Mismatch> mismatch) {}

  public Page<Edition> searchEditions(PageRequest request) {
    return SearchQuery.of(Edition.class)
        .column("code", root -> root.get("code"))
        .column("title", root -> root.get("title"))
        .column("country", root -> root.get("country"))
        .column("language", root -> root.get("language"))
        .column("startDate", root -> root.get("startDate"))
        .column("programme", root -> root.join("programme").get("name"))
        .defaultSort("startDate")
        .fetch(em, request);
  }

  public List<Edition> editions() {
    return em.createNamedQuery(Edition.ALL, Edition.class).getResultList();
  }

  public Edition edition(long id) {
    return Optional.ofNullable(em.find(Edition.class, id)).orElseThrow(NotFoundException::new);
  }

  public Optional<Edition> editionByCode(String code) {
    return em.createNamedQuery(Edition.BY_CODE, Edition.class)
        .setParameter("code", code == null ? "" : code.strip())
        .getResultStream()
        .findFirst();
  }

  /** Editions open for applications, for anyone signed in who wants to apply. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<Edition> openEditions() {
    return em.createNamedQuery(Edition.OPEN, Edition.class).getResultList();
  }

  /**
   * Creates or updates an edition. Refuses what cannot be right (end before start, negative or
   * absurd hours, a taken code, a profile of another programme); saves hours whose parts disagree
   * with the stated total, and says so.
   */
  public Saved saveEdition(Edition edited, long programmeId, Long jobProfileId) {
    Programme programme = programmes.programme(programmeId);
    if (edited.getStartDate() != null
        && edited.getEndDate() != null
        && edited.getEndDate().isBefore(edited.getStartDate())) {
      throw BusinessException.onField("endDate", "edition.endDate.beforeStart");
    }
    HoursPlan.validate(edited.targetsIn(programme));
    if (edited.getCapacity() < 1 || edited.getCapacity() > Edition.MAX_CAPACITY) {
      throw BusinessException.onField("capacity", "edition.capacity.range");
    }
    editionByCode(edited.getCode())
        .filter(other -> !other.getId().equals(edited.getId()))
        .ifPresent(
            other -> {
              throw BusinessException.onField("code", "edition.code.taken");
            });
    JobProfile profile = null;
    if (jobProfileId != null) {
      profile =
          Optional.ofNullable(em.find(JobProfile.class, jobProfileId))
              .filter(p -> p.getProgramme().getId().equals(programmeId))
              .orElseThrow(
                  () -> BusinessException.onField("jobProfile", "edition.profile.invalid"));
    }
    Edition target;
    if (!edited.isPersisted()) {
      target = new Edition(programme);
    } else {
      target = edition(edited.getId());
      OptimisticLocks.check(target, edited.getVersion());
      if (!target.getProgramme().getId().equals(programmeId)) {
        throw BusinessException.onField("programme", "edition.programme.fixed");
      }
      if (edited.getCapacity() < activeEnrolments(target.getId())) {
        throw BusinessException.onField(
            "capacity", "edition.capacity.belowEnrolled", activeEnrolments(target.getId()));
      }
    }
    target.setJobProfile(profile);
    target.setCode(edited.getCode());
    target.setTitle(edited.getTitle());
    target.setCountry(edited.getCountry());
    target.setLanguage(edited.getLanguage());
    target.setStartDate(edited.getStartDate());
    target.setEndDate(edited.getEndDate());
    target.setCapacity(edited.getCapacity());
    target.setTargets(edited.targetsIn(programme));
    target.setAdmissionCriteria(edited.getAdmissionCriteria());
    target.setApplicationsOpen(edited.isApplicationsOpen());
    if (!target.isPersisted()) {
      em.persist(target);
    }
    return new Saved(target, HoursPlan.mismatch(target.getTargets()));
  }

  public long activeEnrolments(long editionId) {
    return em.createQuery(
            "select count(e) from Enrolment e where e.edition.id = :id and e.status = :active",
            Long.class)
        .setParameter("id", editionId)
        .setParameter("active", EnrolmentStatus.ACTIVE)
        .getSingleResult();
  }

  // ---- tutor groups

  public List<TutorGroup> groups(long editionId) {
    return em.createQuery(
            "select g from TutorGroup g where g.edition.id = :id order by g.name", TutorGroup.class)
        .setParameter("id", editionId)
        .getResultList();
  }

  public TutorGroup addGroup(long editionId, String name) {
    Edition edition = edition(editionId);
    if (name == null || name.isBlank()) {
      throw BusinessException.onField("groupName", "tutorGroup.name.required");
    }
    if (groups(editionId).stream().anyMatch(g -> g.getName().equalsIgnoreCase(name.strip()))) {
      throw BusinessException.onField("groupName", "tutorGroup.name.taken");
    }
    TutorGroup group = new TutorGroup(edition, name);
    em.persist(group);
    return group;
  }

  // ---- participants

  /**
   * One row of an edition's participant table, with the current mentor and tutor. It has a property
   * for each column key of {@link #participants} ({@code familyName}, {@code host}, ...):
   * PrimeFaces reads a column's {@code field} as a property of the row whenever its export value is
   * empty.
   */
  public record ParticipantRow(
      Enrolment enrolment, String mentorName, MentorRelation mentorRelation, String tutorName)
      implements Serializable {
    public String getFamilyName() {
      return enrolment.getPerson().getFamilyName();
    }

    public String getGivenName() {
      return enrolment.getPerson().getGivenName();
    }

    public String getEmail() {
      return enrolment.getPerson().getEmail();
    }

    public String getHost() {
      return enrolment.getHostOrganisation() == null
          ? null
          : enrolment.getHostOrganisation().getName();
    }

    public String getGroup() {
      return enrolment.getTutorGroup() == null ? null : enrolment.getTutorGroup().getName();
    }

    public EnrolmentStatus getStatus() {
      return enrolment.getStatus();
    }

    public Enrolment getEnrolment() {
      return enrolment;
    }

    public String getMentorName() {
      return mentorName;
    }

    public MentorRelation getMentorRelation() {
      return mentorRelation;
    }

    public String getTutorName() {
      return tutorName;
    }

    public Long getId() {
      return enrolment.getId();
    }
  }

  public Page<ParticipantRow> participants(long editionId, PageRequest request) {
    Page<Enrolment> page =
        SearchQuery.of(Enrolment.class)
            .where((cb, root) -> cb.equal(root.get("edition").get("id"), editionId))
            .fetch("person", "hostOrganisation", "tutorGroup")
            .column("familyName", root -> root.join("person").get("familyName"))
            .column("givenName", root -> root.join("person").get("givenName"))
            .column("email", root -> root.join("person").get("email"))
            .column("host", root -> root.join("hostOrganisation", JoinType.LEFT).get("name"))
            .column("group", root -> root.join("tutorGroup", JoinType.LEFT).get("name"))
            .column("status", root -> root.get("status"))
            .defaultSort("familyName")
            .fetch(em, request);
    List<Long> ids = page.rows().stream().map(Enrolment::getId).toList();
    Map<Long, StaffAssignment> mentors = new HashMap<>();
    Map<Long, String> tutors = new HashMap<>();
    if (!ids.isEmpty()) {
      for (StaffAssignment mentor :
          em.createQuery(
                  "select s from StaffAssignment s join fetch s.staff where s.endedAt is null"
                      + " and s.role = :role and s.enrolment.id in :ids",
                  StaffAssignment.class)
              .setParameter("role", StaffRole.MENTOR)
              .setParameter("ids", ids)
              .getResultList()) {
        mentors.put(mentor.getEnrolment().getId(), mentor);
      }
      for (Object[] row :
          em.createQuery(
                  "select e.id, s.staff.givenName, s.staff.familyName from Enrolment e, StaffAssignment s"
                      + " where e.id in :ids and s.tutorGroup = e.tutorGroup and s.endedAt is null"
                      + " and s.role = :role",
                  Object[].class)
              .setParameter("ids", ids)
              .setParameter("role", StaffRole.TUTOR)
              .getResultList()) {
        tutors.put((Long) row[0], row[1] + " " + row[2]);
      }
    }
    List<ParticipantRow> rows =
        page.rows().stream()
            .map(
                e -> {
                  StaffAssignment mentor = mentors.get(e.getId());
                  return new ParticipantRow(
                      e,
                      mentor == null ? null : mentor.getStaff().getFullName(),
                      mentor == null ? null : mentor.getMentorRelation(),
                      tutors.get(e.getId()));
                })
            .toList();
    return new Page<>(rows, page.total());
  }
}
