package org.mentora.notification;

/** A mail ready for the outbox: its language, subject, plain-text part and HTML part. */
public record ComposedMail(String language, String subject, String text, String html) {}
