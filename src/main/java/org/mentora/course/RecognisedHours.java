package org.mentora.course;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognised prior learning (approved waivers) in minutes per participant and learning mode: the
 * one statement that sums it. The logbook's hours query adds it to approved hours for every figure
 * (progress, dashboards, eligibility, certificates), and the participant pages show its total.
 * Callers have already checked that the caller may see these participants.
 */
@Stateless
@PermitAll
public class RecognisedHours {

  @PersistenceContext EntityManager em;

  private static final String SUMS =
      "select w.enrolment.id, m.learningMode.id, sum(w.recognisedMinutes) from Waiver w"
          + " join w.module m where w.status = :approved and ";

  /** Minutes per enrolment id and mode id. */
  public Map<Long, Map<Long, Long>> byMode(Collection<Long> enrolmentIds) {
    Map<Long, Map<Long, Long>> result = new HashMap<>();
    for (List<Long> slice : slices(enrolmentIds)) {
      collect(sums("w.enrolment.id in :ids").setParameter("ids", slice), result);
    }
    return result;
  }

  /** Minutes per enrolment id and mode id of every participant of an edition, in one statement. */
  public Map<Long, Map<Long, Long>> inEdition(long editionId) {
    Map<Long, Map<Long, Long>> result = new HashMap<>();
    collect(sums("w.enrolment.edition.id = :edition").setParameter("edition", editionId), result);
    return result;
  }

  private TypedQuery<Object[]> sums(String scope) {
    return em.createQuery(
            SUMS + scope + " group by w.enrolment.id, m.learningMode.id", Object[].class)
        .setParameter("approved", WaiverStatus.APPROVED);
  }

  private static void collect(TypedQuery<Object[]> query, Map<Long, Map<Long, Long>> result) {
    for (Object[] row : query.getResultList()) {
      result
          .computeIfAbsent((Long) row[0], id -> new HashMap<>())
          .put((Long) row[1], ((Number) row[2]).longValue());
    }
  }

  /** The total for one participant, all modes together. */
  public long total(long enrolmentId) {
    return byMode(List.of(enrolmentId)).getOrDefault(enrolmentId, Map.of()).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  /** Parameter lists stay under what every database accepts in one IN list. */
  public static List<List<Long>> slices(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> slices = new ArrayList<>();
    for (int from = 0; from < all.size(); from += 1000) {
      slices.add(all.subList(from, Math.min(all.size(), from + 1000)));
    }
    return slices;
  }
}
