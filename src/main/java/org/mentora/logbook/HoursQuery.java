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
    return of(enrolmentId, List.of());
  }

  /** The sums of one participant whose programme's modes the caller holds already. */
  public Sums of(long enrolmentId, Collection<LearningMode> modes) {
    return byEnrolment(List.of(enrolmentId), modes).getOrDefault(enrolmentId, Sums.NONE);
  }

  /** The sums of many participants, by enrolment id (absent: nothing logged or recognised). */
  public Map<Long, Sums> byEnrolment(Collection<Long> enrolmentIds) {
    return byEnrolment(enrolmentIds, List.of());
  }

  /**
   * The sums of many participants; {@code modes} are modes the caller holds already (their
   * programme's), so only others are read, all in one statement.
   */
  public Map<Long, Sums> byEnrolment(
      Collection<Long> enrolmentIds, Collection<LearningMode> modes) {
    Map<Long, LearningMode> known = new HashMap<>();
    modes.forEach(m -> known.put(m.getId(), m));
    List<Object[]> entryRows = new java.util.ArrayList<>();
    for (List<Long> slice : RecognisedHours.slices(enrolmentIds)) {
      entryRows.addAll(
          em.createQuery(
                  "select e.enrolment.id, e.status, e.mode.id, count(e), sum(e.minutes)"
                      + " from LogEntry e where e.enrolment.id in :ids"
                      + " group by e.enrolment.id, e.status, e.mode.id",
                  Object[].class)
              .setParameter("ids", slice)
              .getResultList());
    }
    Map<Long, Map<Long, Long>> recognised = recognisedHours.byMode(enrolmentIds);
    java.util.Set<Long> unknown = new java.util.HashSet<>();
    entryRows.forEach(row -> unknown.add((Long) row[2]));
    recognised.values().forEach(byMode -> unknown.addAll(byMode.keySet()));
    unknown.removeAll(known.keySet());
    if (!unknown.isEmpty()) {
      em.createQuery("select m from LearningMode m where m.id in :ids", LearningMode.class)
          .setParameter("ids", unknown)
          .getResultList()
          .forEach(m -> known.put(m.getId(), m));
    }
    Map<Long, Building> building = new HashMap<>();
    for (Object[] row : entryRows) {
      Building sums = building.computeIfAbsent((Long) row[0], id -> new Building());
      LearningMode mode = known.get((Long) row[2]);
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
    recognised.forEach(
        (enrolmentId, byMode) ->
            byMode.forEach(
                (modeId, minutes) ->
                    building
                        .computeIfAbsent(enrolmentId, id -> new Building())
                        .recognised
                        .merge(known.get(modeId), minutes, Long::sum)));
    Map<Long, Sums> result = new HashMap<>();
    building.forEach((id, b) -> result.put(id, b.sums()));
    return result;
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
