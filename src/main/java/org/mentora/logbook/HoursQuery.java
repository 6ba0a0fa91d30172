package org.mentora.logbook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.course.LearningMode;
import org.mentora.course.RecognisedHours;

/**
 * The one place hours are summed: per participant and learning mode, the minutes approved, the
 * minutes waiting for review, recognised prior learning (approved waivers), and the number of
 * entries waiting or sent back. Progress bars, the dashboards, eligibility and certificates all
 * read these sums (through {@link ProgressService#of} for the bars), so no two figures of the same
 * participant can disagree. Two grouped statements per thousand participants, whatever the number
 * of entries. Callers have already checked that the caller may see these participants.
 */
@Stateless
@PermitAll
public class HoursQuery {

  @PersistenceContext EntityManager em;
  @Inject RecognisedHours recognisedHours;

  /** One participant's sums, by learning mode. */
  public record Sums(
      Map<LearningMode, Long> approved,
      Map<LearningMode, Long> pending,
      Map<LearningMode, Long> recognised,
      long waitingEntries,
      long sentBackEntries)
      implements java.io.Serializable {

    public static final Sums NONE = new Sums(Map.of(), Map.of(), Map.of(), 0, 0);

    /** Minutes waiting for review, all modes together. */
    public long waitingMinutes() {
      return pending.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The sums of one participant. */
  public Sums of(long enrolmentId) {
    return byEnrolment(List.of(enrolmentId)).getOrDefault(enrolmentId, Sums.NONE);
  }

  /** The sums of many participants, by enrolment id (absent: nothing logged or recognised). */
  public Map<Long, Sums> byEnrolment(Collection<Long> enrolmentIds) {
    Map<Long, Building> building = new HashMap<>();
    for (List<Long> slice : RecognisedHours.slices(enrolmentIds)) {
      for (Object[] row :
          em.createQuery(
                  "select e.enrolment.id, e.status, e.mode.id, count(e), sum(e.minutes)"
                      + " from LogEntry e where e.enrolment.id in :ids"
                      + " group by e.enrolment.id, e.status, e.mode.id",
                  Object[].class)
              .setParameter("ids", slice)
              .getResultList()) {
        Building sums = building.computeIfAbsent((Long) row[0], id -> new Building());
        LearningMode mode = mode((Long) row[2]);
        long count = ((Number) row[3]).longValue();
        long minutes = ((Number) row[4]).longValue();
        switch ((EntryStatus) row[1]) {
          case APPROVED -> sums.approved.merge(mode, minutes, Long::sum);
          case SUBMITTED -> {
            sums.pending.merge(mode, minutes, Long::sum);
            sums.waiting += count;
          }
          case REJECTED, CHANGES_REQUESTED -> sums.sentBack += count;
          default -> {
            // Withdrawn entries count nowhere.
          }
        }
      }
    }
    recognisedHours
        .byMode(enrolmentIds)
        .forEach(
            (enrolmentId, byMode) ->
                byMode.forEach(
                    (modeId, minutes) ->
                        building
                            .computeIfAbsent(enrolmentId, id -> new Building())
                            .recognised
                            .merge(mode(modeId), minutes, Long::sum)));
    Map<Long, Sums> result = new HashMap<>();
    building.forEach((id, b) -> result.put(id, b.sums()));
    return result;
  }

  /** A mode by id: programmes' modes are few and live in the shared cache. */
  private LearningMode mode(Long id) {
    return em.find(LearningMode.class, id);
  }

  private static final class Building {
    final Map<LearningMode, Long> approved = new HashMap<>();
    final Map<LearningMode, Long> pending = new HashMap<>();
    final Map<LearningMode, Long> recognised = new HashMap<>();
    long waiting;
    long sentBack;

    Sums sums() {
      return new Sums(
          Map.copyOf(approved), Map.copyOf(pending), Map.copyOf(recognised), waiting, sentBack);
    }
  }
}
