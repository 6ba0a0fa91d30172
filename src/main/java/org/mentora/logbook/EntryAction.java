package org.mentora.logbook;

/** What someone does to an entry: the participant's own actions and the reviewer's decisions. */
public enum EntryAction {
  EDIT(false),
  WITHDRAW(false),
  RESUBMIT(false),
  APPROVE(true),
  REJECT(true),
  REQUEST_CHANGES(true);

  private final boolean decision;

  EntryAction(boolean decision) {
    this.decision = decision;
  }

  /** A reviewer's decision, as opposed to the participant's own action. */
  public boolean isDecision() {
    return decision;
  }
}
