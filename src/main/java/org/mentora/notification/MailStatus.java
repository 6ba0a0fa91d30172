package org.mentora.notification;

/**
 * Where a composed mail is: WAITING to be sent (again, after a failed attempt), SENT, FAILED for
 * good (the reason kept), or KEPT because no mail server is configured (demo mode: administrators
 * read it on the sent-mail page).
 */
public enum MailStatus {
  WAITING,
  SENT,
  FAILED,
  KEPT
}
