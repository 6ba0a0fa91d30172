package org.mentora.competence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mentora.course.Enrolment;
import org.mentora.directory.Person;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * One level given to one participant for one competence, by themselves or by staff. Ratings are
 * never changed: a new opinion is a new rating, so the history stays.
 */
@Entity
@Table(name = "competence_rating")
@NamedQuery(
    name = Rating.OF_ENROLMENT,
    query =
        "select r from Rating r join fetch r.assessor where r.enrolment = :enrolment"
            + " order by r.ratedAt desc, r.id desc")
public class Rating extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_ENROLMENT = "Rating.ofEnrolment";
  public static final int COMMENT_MAX = 2000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id", nullable = false)
  private Enrolment enrolment;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "competence_id", nullable = false)
  private Competence competence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssessmentMoment moment;

  @Enumerated(EnumType.STRING)
  @Column(name = "assessor_role", nullable = false, length = 20)
  private AssessorRole assessorRole;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "assessor_person_id", nullable = false)
  private Person assessor;

  @Column(name = "level_number", nullable = false)
  private int levelNumber;

  @Size(max = COMMENT_MAX, message = "{validation.tooLong}")
  @Column(length = COMMENT_MAX)
  @PlainText(multiline = true)
  private String comment;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  @OneToMany(mappedBy = "rating", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("id")
  private List<RatingEvidence> evidence = new ArrayList<>();

  protected Rating() {}

  public Rating(
      Enrolment enrolment,
      Competence competence,
      AssessmentMoment moment,
      AssessorRole assessorRole,
      Person assessor,
      int levelNumber,
      String comment,
      Instant ratedAt) {
    this.enrolment = enrolment;
    this.competence = competence;
    this.moment = moment;
    this.assessorRole = assessorRole;
    this.assessor = assessor;
    this.levelNumber = levelNumber;
    this.comment = comment;
    this.ratedAt = ratedAt;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public Competence getCompetence() {
    return competence;
  }

  public AssessmentMoment getMoment() {
    return moment;
  }

  public AssessorRole getAssessorRole() {
    return assessorRole;
  }

  public Person getAssessor() {
    return assessor;
  }

  public int getLevelNumber() {
    return levelNumber;
  }

  public String getComment() {
    return comment;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }

  public List<RatingEvidence> getEvidence() {
    return evidence;
  }

  void addEvidence(RatingEvidence item) {
    evidence.add(item);
  }

  /** The rule's view of this rating. */
  public RatingRules.Given given() {
    return new RatingRules.Given(getId(), assessorRole, assessor.getId(), levelNumber, ratedAt);
  }
}
