package org.mentora.notification;

import java.util.EnumSet;
import java.util.Set;
import org.mentora.platform.security.Role;

/**
 * The kinds of event a person is told of, each with its own mail setting. A kind names who can
 * receive it (its settings are offered to those roles) and the mail frequency when the person has
 * chosen none: decisions at once, queues as a daily digest.
 */
public enum NotificationKind {
  /** An entry of the participant's logbook was approved, rejected or sent back for changes. */
  ENTRY_REVIEWED(Frequency.IMMEDIATE, EnumSet.of(Role.PARTICIPANT)),
  /** A participant's entry waits for the reviewer it was routed to. */
  ENTRIES_WAITING(Frequency.DAILY, EnumSet.of(Role.MENTOR, Role.TUTOR, Role.TRAINER, Role.ADMIN)),
  /** A project idea was submitted, sent back, approved, started or confirmed complete. */
  PROJECT_MOVED(Frequency.IMMEDIATE, EnumSet.of(Role.PARTICIPANT, Role.MENTOR, Role.TUTOR)),
  /** Someone wrote in the feedback thread of a project idea one takes part in. */
  PROJECT_FEEDBACK(Frequency.IMMEDIATE, EnumSet.of(Role.PARTICIPANT, Role.MENTOR, Role.TUTOR)),
  /**
   * A milestone of the participant's project is due in a few days (the participant) or overdue (the
   * participant, their mentor and tutor).
   */
  MILESTONE_DUE(Frequency.IMMEDIATE, EnumSet.of(Role.PARTICIPANT, Role.MENTOR, Role.TUTOR)),
  /** A window to assess one's own competences opened. */
  ASSESSMENT_OPEN(Frequency.IMMEDIATE, EnumSet.of(Role.PARTICIPANT)),
  /** A participant one mentors or tutors fell behind the pace or stopped logging. */
  AT_RISK(Frequency.DAILY, EnumSet.of(Role.MENTOR, Role.TUTOR)),
  /** The participant's certificate was issued (with its verification link) or revoked. */
  CERTIFICATE(Frequency.IMMEDIATE, EnumSet.of(Role.PARTICIPANT)),
  /** A participant meets every completion requirement and holds no certificate yet. */
  ELIGIBLE(Frequency.DAILY, EnumSet.of(Role.ADMIN)),
  /** Someone applied to an edition (for the administrators). */
  APPLICATION_RECEIVED(Frequency.DAILY, EnumSet.of(Role.ADMIN)),
  /** One's own application was accepted, wait-listed or turned down. */
  APPLICATION_DECIDED(Frequency.IMMEDIATE, EnumSet.of(Role.PARTICIPANT, Role.MENTOR));

  private final Frequency defaultFrequency;
  private final Set<Role> audience;

  NotificationKind(Frequency defaultFrequency, Set<Role> audience) {
    this.defaultFrequency = defaultFrequency;
    this.audience = audience;
  }

  public Frequency defaultFrequency() {
    return defaultFrequency;
  }

  /** Whether a person with these roles can receive this kind (and so choose how). */
  public boolean concerns(Set<Role> roles) {
    return roles.stream().anyMatch(audience::contains);
  }

  /** The bundle key of the kind's name, e.g. on the settings page and in a mail's footer. */
  public String labelKey() {
    return "notification.kind." + name();
  }
}
