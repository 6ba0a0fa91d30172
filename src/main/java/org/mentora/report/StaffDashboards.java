package org.mentora.report;

import static org.mentora.report.ReportQueries.numbers;
import static org.mentora.report.ReportQueries.participantRows;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.course.CourseAccess;
import org.mentora.logbook.HoursQuery;
import org.mentora.platform.security.Role;

/**
 * The dashboard of a mentor, tutor or trainer: their current participants' figures, summed in one
 * statement per chunk of participants. Who sees whom is {@link CourseAccess}'s decision.
 */
@Stateless
public class StaffDashboards {

  /** Participants per query when staff dashboards list enrolments by id. */
  private static final int CHUNK = 2000;

  @PersistenceContext EntityManager em;
  @Inject CourseAccess access;
  @Inject HoursQuery hours;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mentora.report.inactive-days", defaultValue = "14")
  int inactiveDays;

  /** The calling staff member's current participants (withdrawn ones left out). */
  @RolesAllowed({Role.MENTOR_NAME, Role.TUTOR_NAME, Role.TRAINER_NAME})
  public StaffDashboard staffDashboard() {
    List<Long> ids = access.assignedEnrolmentIds();
    List<ParticipantRow> rows = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      rows.addAll(
          participantRows(
              em,
              clock,
              inactiveDays,
              "%s.id in (" + numbers(chunk) + ")",
              hours.totalsOf(chunk),
              null));
    }
    rows.sort(
        Comparator.comparing(ParticipantRow::name).thenComparing(ParticipantRow::enrolmentId));
    return new StaffDashboard(List.copyOf(rows), inactiveDays);
  }
}
