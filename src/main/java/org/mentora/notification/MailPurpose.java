package org.mentora.notification;

/**
 * Why a mail was composed: notifications wanted at once (NOW), a daily or weekly digest, or a mail
 * about the person's account (a link to set or reset the password), which has no setting and no
 * stop link.
 */
public enum MailPurpose {
  NOW,
  DAILY,
  WEEKLY,
  ACCOUNT;

  static MailPurpose of(MailState state) {
    return switch (state) {
      case NOW -> NOW;
      case DAILY -> DAILY;
      case WEEKLY -> WEEKLY;
      default -> throw new IllegalArgumentException("Nothing is mailed for " + state);
    };
  }
}
