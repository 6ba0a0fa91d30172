package org.mentora.report;

import static org.mentora.report.ReportQueries.bindOrganisationFilter;
import static org.mentora.report.ReportQueries.organisationFilter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentora.certificate.Eligibility;
import org.mentora.certificate.EligibilityService;
import org.mentora.course.EnrolmentStatus;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.security.Role;

/**
 * Who of an administrator's filtered participants is eligible for a certificate, edition by
 * edition, weighed by the completion rules ({@link EligibilityService#edition}).
 */
@Stateless
public class EditionCompletions {

  @PersistenceContext EntityManager em;
  @Inject EligibilityService eligibility;

  /**
   * Who of the filtered participants is eligible for a certificate and who holds one, edition by
   * edition, and what the others lack most often. Apart from {@link
   * EditionDashboards#editionDashboard} because it weighs every participant against the completion
   * rules ({@link EligibilityService#edition}): the page loads it after the dashboard and shows
   * that it is working.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public CompletionFigures completion(EditionFilter filter) {
    if (filter.editionIds().isEmpty()) {
      throw new NotFoundException();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
            "select en.id, ed.id, ed.code from Enrolment en join en.edition ed"
                + " left join en.hostOrganisation o where ed.id in :ids"
                + " and en.status <> :withdrawn"
                + organisationFilter(filter),
            Object[].class);
    bindOrganisationFilter(query, filter);
    Map<Long, String> codes = new LinkedHashMap<>();
    Set<Long> inScope = new java.util.HashSet<>();
    for (Object[] row :
        query
            .setParameter("ids", filter.editionIds())
            .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN)
            .getResultList()) {
      inScope.add((Long) row[0]);
      codes.putIfAbsent((Long) row[1], (String) row[2]);
    }
    List<CompletionFigures.EditionCompletion> editions = new ArrayList<>();
    Map<String, Long> missing = new HashMap<>();
    for (Long editionId : filter.editionIds().stream().distinct().toList()) {
      long participants = 0;
      long eligible = 0;
      long certified = 0;
      long toIssue = 0;
      for (Eligibility one : eligibility.edition(editionId, false)) {
        if (!inScope.contains(one.enrolmentId())) {
          continue;
        }
        participants++;
        if (one.isEligible()) {
          eligible++;
        }
        if (one.certificateId() != null) {
          certified++;
        }
        if (one.isIssuable()) {
          toIssue++;
        }
        one.shortfalls().stream()
            .map(f -> CompletionFigures.reasonKey(f.key()))
            .distinct()
            .forEach(key -> missing.merge(key, 1L, Long::sum));
      }
      editions.add(
          new CompletionFigures.EditionCompletion(
              editionId,
              codes.getOrDefault(editionId, String.valueOf(editionId)),
              participants,
              eligible,
              certified,
              toIssue));
    }
    List<CompletionFigures.Reason> reasons =
        missing.entrySet().stream()
            .map(e -> new CompletionFigures.Reason(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingLong(CompletionFigures.Reason::participants)
                    .reversed()
                    .thenComparing(CompletionFigures.Reason::key))
            .toList();
    return new CompletionFigures(List.copyOf(editions), reasons);
  }
}
