package org.mentora.platform.mail;

import java.util.Objects;

/**
 * A mail a capability wants sent to a person, at the person's address: already written in their
 * language (a language tag, the subject on one line, the plain text and the HTML).
 */
public record OutgoingMail(
    long recipientId, String language, String subject, String text, String html) {

  public OutgoingMail {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    if (subject.contains("\n") || subject.contains("\r")) {
      throw new IllegalArgumentException("A subject is one line");
    }
  }
}
