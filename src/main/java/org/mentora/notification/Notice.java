package org.mentora.notification;

import java.util.List;
import java.util.Objects;

/**
 * What a capability tells one person: a kind, the bundle key of its sentence and the sentence's
 * arguments (see {@link NoticeArguments} for what they may be), the page it concerns (a path under
 * the application, e.g. {@code /logbook/my-logbook.xhtml}) and, for events that a digest may sum up
 * ("3 entries of Anna wait"), a group key.
 */
public record Notice(
    long recipientId,
    NotificationKind kind,
    String textKey,
    List<Object> arguments,
    String link,
    String groupKey) {

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(textKey, "textKey");
    arguments = List.copyOf(arguments);
    if (link != null && !link.startsWith("/")) {
      throw new IllegalArgumentException("A notice links to a path of the application: " + link);
    }
  }
}
