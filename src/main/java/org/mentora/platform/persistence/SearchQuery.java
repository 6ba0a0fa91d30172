package org.mentora.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A paged, sorted, filtered query over one entity, with the sortable and filterable columns
 * declared up front: a column name from a request that is not declared is ignored, so a table can
 * never sort or filter by something the service did not allow. Text filters match anywhere,
 * ignoring case; enum, number and boolean filters match exactly.
 */
public final class SearchQuery<E> {

  private final Class<E> type;
  private final Map<String, Function<Root<E>, Path<?>>> columns = new LinkedHashMap<>();
  private final List<BiFunction<CriteriaBuilder, Root<E>, Predicate>> conditions =
      new ArrayList<>();
  private String defaultSort;
  private final List<String> fetches = new ArrayList<>();

  private SearchQuery(Class<E> type) {
    this.type = type;
  }

  public static <E> SearchQuery<E> of(Class<E> type) {
    return new SearchQuery<>(type);
  }

  public SearchQuery<E> column(String name, Function<Root<E>, Path<?>> path) {
    columns.put(name, path);
    return this;
  }

  public SearchQuery<E> where(BiFunction<CriteriaBuilder, Root<E>, Predicate> condition) {
    conditions.add(condition);
    return this;
  }

  /** Loads these associations with the rows (left join fetch), so a page costs one query. */
  public SearchQuery<E> fetch(String... attributes) {
    fetches.addAll(List.of(attributes));
    return this;
  }

  public SearchQuery<E> defaultSort(String column) {
    this.defaultSort = column;
    return this;
  }

  public Page<E> fetch(EntityManager em, PageRequest request) {
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<E> countRoot = count.from(type);
    count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request));
    long total = em.createQuery(count).getSingleResult();

    CriteriaQuery<E> query = cb.createQuery(type);
    Root<E> root = query.from(type);
    for (String attribute : fetches) {
      root.fetch(attribute, jakarta.persistence.criteria.JoinType.LEFT);
    }
    query.select(root).where(predicates(cb, root, request));
    String sort = columns.containsKey(request.sortField()) ? request.sortField() : defaultSort;
    List<jakarta.persistence.criteria.Order> order = new ArrayList<>();
    if (sort != null) {
      Path<?> path = columns.get(sort).apply(root);
      order.add(
          request.ascending() || !sort.equals(request.sortField()) ? cb.asc(path) : cb.desc(path));
    }
    order.add(cb.asc(root.get("id")));
    query.orderBy(order);
    List<E> rows =
        em.createQuery(query)
            .setFirstResult(request.first())
            .setMaxResults(request.pageSize())
            .getResultList();
    return new Page<>(rows, total);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Predicate[] predicates(CriteriaBuilder cb, Root<E> root, PageRequest request) {
    List<Predicate> predicates = new ArrayList<>();
    for (BiFunction<CriteriaBuilder, Root<E>, Predicate> condition : conditions) {
      predicates.add(condition.apply(cb, root));
    }
    columns.forEach(
        (name, pathOf) -> {
          String value = request.filter(name);
          if (value == null) {
            return;
          }
          Path<?> path = pathOf.apply(root);
          Class<?> javaType = path.getJavaType();
          if (javaType.isEnum()) {
            try {
              predicates.add(cb.equal(path, Enum.valueOf((Class<Enum>) javaType, value)));
            } catch (IllegalArgumentException e) {
              predicates.add(cb.disjunction());
            }
          } else if (javaType == Boolean.class || javaType == boolean.class) {
            predicates.add(cb.equal(path, Boolean.valueOf(value)));
          } else if (Number.class.isAssignableFrom(javaType) || javaType.isPrimitive()) {
            try {
              predicates.add(cb.equal(path, Long.valueOf(value)));
            } catch (NumberFormatException e) {
              predicates.add(cb.disjunction());
            }
          } else {
            Expression<String> text = cb.lower((Expression<String>) path);
            predicates.add(cb.like(text, Like.containing(value), Like.ESCAPE));
          }
        });
    return predicates.toArray(Predicate[]::new);
  }
}
