package org.mentora.logbook;

import java.util.Optional;
import org.mentora.platform.BusinessException;

/**
 * The state machine of an entry. A submitted entry is approved, rejected (with a comment) or sent
 * back for changes; the participant may edit or withdraw it until it is approved, and resubmit it
 * after changes were asked for or it was rejected. Approved and withdrawn entries are final.
 */
public final class EntryLifecycle {

  private EntryLifecycle() {}

  /**
   * The state after the action, or empty when the action is not allowed from {@code from}. An edit
   * keeps the state it finds.
   */
  public static Optional<EntryStatus> next(EntryStatus from, EntryAction action) {
    EntryStatus to =
        switch (action) {
          case EDIT -> from.isOpenToParticipant() ? from : null;
          case WITHDRAW -> from.isOpenToParticipant() ? EntryStatus.WITHDRAWN : null;
          case RESUBMIT ->
              from == EntryStatus.REJECTED || from == EntryStatus.CHANGES_REQUESTED
                  ? EntryStatus.SUBMITTED
                  : null;
          case APPROVE -> from == EntryStatus.SUBMITTED ? EntryStatus.APPROVED : null;
          case REJECT -> from == EntryStatus.SUBMITTED ? EntryStatus.REJECTED : null;
          case REQUEST_CHANGES ->
              from == EntryStatus.SUBMITTED ? EntryStatus.CHANGES_REQUESTED : null;
        };
    return Optional.ofNullable(to);
  }

  /** The next state, or the refusal a user reads when the entry has moved on. */
  public static EntryStatus require(EntryStatus from, EntryAction action) {
    return next(from, action)
        .orElseThrow(
            () ->
                new BusinessException(
                    action.isDecision() ? "logbook.alreadyDecided" : "logbook.notOpen"));
  }

  /** A rejection must say why, so the participant knows what to fix. */
  public static boolean commentRequired(EntryAction action) {
    return action == EntryAction.REJECT || action == EntryAction.REQUEST_CHANGES;
  }
}
