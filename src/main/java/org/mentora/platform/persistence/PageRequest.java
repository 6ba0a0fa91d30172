package org.mentora.platform.persistence;

import java.util.Map;

/**
 * One page of a list as a table asks for it: where to start, how many, the sort and the filters by
 * column name. Column names are checked against each query's own whitelist.
 */
public record PageRequest(
    int first, int pageSize, String sortField, boolean ascending, Map<String, String> filters) {

  public static final int MAX_PAGE_SIZE = 20_000;

  public PageRequest {
    first = Math.max(0, first);
    pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }

  public static PageRequest all() {
    return new PageRequest(0, MAX_PAGE_SIZE, null, true, Map.of());
  }

  public String filter(String field) {
    String value = filters.get(field);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
