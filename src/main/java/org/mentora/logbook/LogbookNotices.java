package org.mentora.logbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.mentora.notification.Notice;
import org.mentora.notification.NotificationKind;

/**
 * What the logbook tells people: the participant that a reviewer decided an entry (with the
 * comment), the reviewer that an entry waits for them (grouped per participant, so a digest says "3
 * entries of Anna wait").
 */
final class LogbookNotices {

  static final String MY_LOGBOOK = "/logbook/my-logbook.xhtml";
  static final String REVIEW = "/logbook/review.xhtml";

  private LogbookNotices() {}

  /** Arguments: the entry's date, its hours, who decided, the comment (may be empty). */
  static Notice reviewed(LogEntry entry, EntryStatus decision, String decider, String comment) {
    return new Notice(
        entry.getEnrolment().getPerson().getId(),
        NotificationKind.ENTRY_REVIEWED,
        "notification.entry." + decision.name(),
        Arrays.asList(entry.getDate(), hours(entry), decider, comment == null ? "" : comment),
        MY_LOGBOOK,
        null);
  }

  /** Arguments: the participant's name, the entry's date, its hours. */
  static Notice waiting(LogEntry entry) {
    return new Notice(
        entry.getReviewer().getId(),
        NotificationKind.ENTRIES_WAITING,
        "notification.entry.waiting",
        Arrays.asList(
            entry.getEnrolment().getPerson().getFullName(), entry.getDate(), hours(entry)),
        REVIEW,
        "enrolment:" + entry.getEnrolment().getId());
  }

  private static BigDecimal hours(LogEntry entry) {
    return BigDecimal.valueOf(entry.getMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }
}
