package org.mentora.platform.mail;

/**
 * Where a capability below the notifications (the directory's password mails) posts a mail: into
 * the outbox, in the caller's transaction, so the mail exists exactly when what it tells of does,
 * and is sent (retried, or kept without a mail server) like every other mail. Implemented by the
 * notification capability's outbox; the platform only names the contract, so that the directory
 * does not depend on a capability above it.
 */
public interface Mailbox {

  /** Writes the mail to the outbox, to be sent at the next dispatch. */
  void post(OutgoingMail mail);
}
