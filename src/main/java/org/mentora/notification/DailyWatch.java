package org.mentora.notification;

import java.time.LocalDate;

/**
 * What a capability looks for once a day because time, not a person, made it worth telling: a
 * milestone due in three days, a self-assessment window that opened, a participant falling behind.
 * Each capability above this room implements one (a session bean), so the notification room
 * schedules the work without knowing the rooms above it. A watch tells through {@link
 * Notifier#tellOnce}, so running it twice on one day (a retry, a second node) tells nobody twice.
 */
public interface DailyWatch {

  /**
   * Looks at the day and tells whom it concerns, in a transaction of its own.
   *
   * @return how many notifications were written
   */
  int watch(LocalDate today);
}
