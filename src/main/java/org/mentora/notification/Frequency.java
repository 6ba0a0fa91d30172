package org.mentora.notification;

/** How often a person wants mail about one kind of notification; the app shows every one anyway. */
public enum Frequency {
  /** A mail at the next dispatch (within a minute or so). */
  IMMEDIATE,
  /** One summary a day. */
  DAILY,
  /** One summary a week. */
  WEEKLY,
  /** No mail: the notification centre only. */
  OFF;

  /** What a new notification still has to have mailed. */
  MailState mailState() {
    return switch (this) {
      case IMMEDIATE -> MailState.NOW;
      case DAILY -> MailState.DAILY;
      case WEEKLY -> MailState.WEEKLY;
      case OFF -> MailState.NONE;
    };
  }
}
