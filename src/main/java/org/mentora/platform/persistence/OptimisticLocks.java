package org.mentora.platform.persistence;

import org.mentora.platform.ConcurrentChangeException;

/**
 * The check every edit form's save makes: the record is still the version the form was loaded from.
 */
public final class OptimisticLocks {

  private OptimisticLocks() {}

  public static void check(BaseEntity entity, long versionSeen) {
    if (entity.getVersion() != versionSeen) {
      throw new ConcurrentChangeException();
    }
  }
}
