package org.mentora.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;

/**
 * Counts what one client address did for one purpose (e.g. guessing verification codes) in fixed
 * time windows, in the database, so that every node of a cluster sees the same count and a restart
 * forgets nothing. An address is over the limit once it was counted {@code max} times in the
 * current window; at worst a client gets twice the limit across a window's edge.
 *
 * <p>Counting inserts the window's row if missing ({@code ON CONFLICT DO NOTHING}, which H2 in
 * PostgreSQL mode and PostgreSQL both know) and then increments it in one statement, so two nodes
 * counting at once never lose a hit nor collide on the key.
 */
@Stateless
@PermitAll
public class RequestThrottle {

  /** What is throttled, how many per window, and the window. */
  public record Limit(String purpose, int max, Duration window) {

    public Limit {
      if (max < 1 || window.getSeconds() < 1) {
        throw new IllegalArgumentException("max >= 1 and a window of a second or more");
      }
    }
  }

  private static final int ADDRESS_MAX = 64;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Whether the address has used up its allowance in the current window. */
  public boolean over(Limit limit, String address) {
    long current = windowStart(limit);
    Number hits =
        (Number)
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(hits), 0) FROM request_throttle"
                        + " WHERE purpose = ?1 AND address = ?2 AND window_start IN (?3, ?4)")
                .setParameter(1, limit.purpose())
                .setParameter(2, key(address))
                .setParameter(3, current)
                .setParameter(4, current - limit.window().getSeconds())
                .getSingleResult();
    return hits.intValue() >= limit.max();
  }

  /** Counts one use by the address, in its own transaction so a failing caller still counts. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void count(Limit limit, String address) {
    long window = windowStart(limit);
    String key = key(address);
    em.createNativeQuery(
            "INSERT INTO request_throttle (purpose, address, window_start, hits)"
                + " VALUES (?1, ?2, ?3, 0) ON CONFLICT DO NOTHING")
        .setParameter(1, limit.purpose())
        .setParameter(2, key)
        .setParameter(3, window)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE request_throttle SET hits = hits + 1"
                + " WHERE purpose = ?1 AND address = ?2 AND window_start = ?3")
        .setParameter(1, limit.purpose())
        .setParameter(2, key)
        .setParameter(3, window)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM request_throttle WHERE purpose = ?1 AND window_start < ?2")
        .setParameter(1, limit.purpose())
        .setParameter(2, window - limit.window().getSeconds())
        .executeUpdate();
  }

  /** Seconds until the current window ends, for a {@code Retry-After} header (a lower bound). */
  public long retryAfterSeconds(Limit limit) {
    long now = clock.instant().getEpochSecond();
    return Math.max(1, windowStart(limit) + limit.window().getSeconds() - now);
  }

  private long windowStart(Limit limit) {
    long size = limit.window().getSeconds();
    return Math.floorDiv(clock.instant().getEpochSecond(), size) * size;
  }

  private static String key(String address) {
    String value = address == null ? "" : address;
    return value.length() > ADDRESS_MAX ? value.substring(0, ADDRESS_MAX) : value;
  }
}
