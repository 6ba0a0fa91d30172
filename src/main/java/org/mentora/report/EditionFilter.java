package org.mentora.report;

import java.util.List;

/**
 * Which participants the edition dashboard counts: one or several editions (side by side), and
 * optionally only those whose host library is in a country, a region or is one organisation.
 */
public record EditionFilter(
    List<Long> editionIds, String country, String region, Long organisationId)
    implements java.io.Serializable {

  public EditionFilter {
    editionIds = editionIds == null ? List.of() : List.copyOf(editionIds);
    country = country == null || country.isBlank() ? null : country.strip();
    region = region == null || region.isBlank() ? null : region.strip();
  }

  public static EditionFilter of(long editionId) {
    return new EditionFilter(List.of(editionId), null, null, null);
  }
}
