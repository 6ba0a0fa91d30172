package org.mentora.notification;

import java.util.List;
import java.util.Locale;
import org.mentora.platform.i18n.Bundles;

/**
 * A notification's sentence in a language: its bundle key with its typed arguments; several
 * notifications of one group in a digest become one sentence ({@code <key>.group}, with the count
 * first and the first argument of the newest after it: "3 entries of Anna Bērziņa wait").
 */
public final class NotificationTexts {

  private NotificationTexts() {}

  public static String text(Locale locale, Notification notification) {
    // Stripped: an optional last argument left empty ("… was accepted. {1}") leaves no blank.
    return Bundles.format(
            locale, notification.getTextKey(), notification.getArgumentValues().toArray())
        .strip();
  }

  /** One sentence for several notifications of one group (all of one kind and text key). */
  public static String group(Locale locale, List<Notification> members) {
    if (members.size() == 1) {
      return text(locale, members.get(0));
    }
    Notification newest = members.get(members.size() - 1);
    List<Object> arguments = newest.getArgumentValues();
    Object first = arguments.isEmpty() ? "" : arguments.get(0);
    return Bundles.format(locale, newest.getTextKey() + ".group", members.size(), first);
  }
}
