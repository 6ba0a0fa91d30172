package org.mentora.notification;

/**
 * What is left to mail of a notification: NOW (the next dispatch composes it), DAILY / WEEKLY (the
 * next digest), NONE (shown in the app only) or DONE (in a composed mail).
 */
public enum MailState {
  NOW,
  DAILY,
  WEEKLY,
  NONE,
  DONE
}
