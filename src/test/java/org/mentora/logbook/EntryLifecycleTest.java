package org.mentora.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentora.platform.BusinessException;

class EntryLifecycleTest {

  @Test
  void aSubmittedEntryIsApprovedRejectedOrSentBack() {
    assertEquals(
        Optional.of(EntryStatus.APPROVED),
        EntryLifecycle.next(EntryStatus.SUBMITTED, EntryAction.APPROVE));
    assertEquals(
        Optional.of(EntryStatus.REJECTED),
        EntryLifecycle.next(EntryStatus.SUBMITTED, EntryAction.REJECT));
    assertEquals(
        Optional.of(EntryStatus.CHANGES_REQUESTED),
        EntryLifecycle.next(EntryStatus.SUBMITTED, EntryAction.REQUEST_CHANGES));
  }

  @ParameterizedTest
  @EnumSource(
      value = EntryStatus.class,
      names = {"SUBMITTED"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyASubmittedEntryCanBeDecided(EntryStatus from) {
    for (EntryAction decision :
        new EntryAction[] {EntryAction.APPROVE, EntryAction.REJECT, EntryAction.REQUEST_CHANGES}) {
      assertTrue(EntryLifecycle.next(from, decision).isEmpty(), from + " " + decision);
    }
  }

  @Test
  void aSecondDecisionIsRefusedAsAlreadyDecided() {
    BusinessException refusal =
        assertThrows(
            BusinessException.class,
            () -> EntryLifecycle.require(EntryStatus.APPROVED, EntryAction.APPROVE));
    assertEquals("logbook.alreadyDecided", refusal.messageKey());
  }

  @ParameterizedTest
  @EnumSource(
      value = EntryStatus.class,
      names = {"SUBMITTED", "REJECTED", "CHANGES_REQUESTED"})
  void theParticipantMayEditOrWithdrawUntilApproved(EntryStatus from) {
    assertEquals(Optional.of(from), EntryLifecycle.next(from, EntryAction.EDIT));
    assertEquals(
        Optional.of(EntryStatus.WITHDRAWN), EntryLifecycle.next(from, EntryAction.WITHDRAW));
  }

  @ParameterizedTest
  @EnumSource(
      value = EntryStatus.class,
      names = {"APPROVED", "WITHDRAWN"})
  void approvedAndWithdrawnEntriesAreFinalForTheParticipant(EntryStatus from) {
    assertTrue(EntryLifecycle.next(from, EntryAction.EDIT).isEmpty());
    assertTrue(EntryLifecycle.next(from, EntryAction.WITHDRAW).isEmpty());
    assertTrue(EntryLifecycle.next(from, EntryAction.RESUBMIT).isEmpty());
    BusinessException refusal =
        assertThrows(BusinessException.class, () -> EntryLifecycle.require(from, EntryAction.EDIT));
    assertEquals("logbook.notOpen", refusal.messageKey());
  }

  @Test
  void resubmittingFollowsAChangeRequestOrARejection() {
    assertEquals(
        Optional.of(EntryStatus.SUBMITTED),
        EntryLifecycle.next(EntryStatus.CHANGES_REQUESTED, EntryAction.RESUBMIT));
    assertEquals(
        Optional.of(EntryStatus.SUBMITTED),
        EntryLifecycle.next(EntryStatus.REJECTED, EntryAction.RESUBMIT));
    assertTrue(EntryLifecycle.next(EntryStatus.SUBMITTED, EntryAction.RESUBMIT).isEmpty());
  }

  @Test
  void rejectingAndAskingForChangesNeedAComment() {
    assertTrue(EntryLifecycle.commentRequired(EntryAction.REJECT));
    assertTrue(EntryLifecycle.commentRequired(EntryAction.REQUEST_CHANGES));
    assertFalse(EntryLifecycle.commentRequired(EntryAction.APPROVE));
  }
}
