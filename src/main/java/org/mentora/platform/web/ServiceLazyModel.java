package org.mentora.platform.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mentora.platform.persistence.Page;
import org.mentora.platform.persistence.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model that asks a service for one page at a time, so tables stay quick at
 * tens of thousands of rows and backing beans never touch the EntityManager.
 *
 * @param <T> the row type, identified by {@code rowKey}
 */
public class ServiceLazyModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Where the rows come from: a lambda on its bean, replicated with it. */
  public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {}

  /** A row's key, replicated with the model. */
  public interface Key<T> extends Function<T, String>, Serializable {}

  private final Source<T> source;
  private final Key<T> rowKey;
  private transient Map<String, T> lastPage = new HashMap<>();
  private long lastTotal = -1;

  public ServiceLazyModel(Source<T> source, Key<T> rowKey) {
    this.source = source;
    this.rowKey = rowKey;
  }

  /**
   * What goes to the data grid with the session: the source and the count, not the page of rows the
   * table showed last (PrimeFaces keeps them in the model, 25 entities with their graphs on the
   * review queue), which the table reads again when it needs them (issue 17, item 4). The model in
   * this node's memory keeps its rows.
   */
  protected Object writeReplace() {
    ServiceLazyModel<T> kept = new ServiceLazyModel<>(source, rowKey);
    kept.lastTotal = lastTotal;
    kept.setRowCount(getRowCount());
    kept.setPageSize(getPageSize());
    return kept;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (lastTotal < 0) {
      lastTotal = source.apply(request(0, 1, Map.of(), filterBy)).total();
    }
    return (int) lastTotal;
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = source.apply(request(first, pageSize, sortBy, filterBy));
    lastTotal = page.total();
    setRowCount((int) page.total());
    lastPage = new HashMap<>();
    for (T row : page.rows()) {
      lastPage.put(rowKey.apply(row), row);
    }
    return page.rows();
  }

  /** Forgets the cached count, e.g. after rows were added or removed. */
  public void refresh() {
    lastTotal = -1;
  }

  @Override
  public String getRowKey(T row) {
    return rowKey.apply(row);
  }

  @Override
  public T getRowData(String key) {
    return lastPage == null ? null : lastPage.get(key);
  }

  static PageRequest request(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String sortField = null;
    boolean ascending = true;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta sort = sortBy.values().iterator().next();
      sortField = sort.getField();
      ascending = sort.getOrder() != SortOrder.DESCENDING;
    }
    Map<String, String> filters = new HashMap<>();
    if (filterBy != null) {
      filterBy.forEach(
          (field, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !value.toString().isBlank()) {
              filters.put(meta.getField() == null ? field : meta.getField(), value.toString());
            }
          });
    }
    return new PageRequest(first, pageSize, sortField, ascending, filters);
  }
}
