package org.mentora.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentora.project.ProjectLifecycle.refusal;
import static org.mentora.project.ProjectStatus.APPROVED;
import static org.mentora.project.ProjectStatus.CHANGES_REQUESTED;
import static org.mentora.project.ProjectStatus.COMPLETED;
import static org.mentora.project.ProjectStatus.DRAFT;
import static org.mentora.project.ProjectStatus.IN_IMPLEMENTATION;
import static org.mentora.project.ProjectStatus.SUBMITTED;
import static org.mentora.project.ProjectStatus.WITHDRAWN;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentora.project.ProjectLifecycle.Actor;

class ProjectLifecycleTest {

  private static final Set<Actor> OWNER = Set.of(Actor.OWNER);
  private static final Set<Actor> MENTOR = Set.of(Actor.MENTOR);
  private static final Set<Actor> TRAINER = Set.of(Actor.TRAINER);

  @Test
  void theWholeHappyPathIsOpenToTheRightPeople() {
    assertEquals(Optional.empty(), refusal(DRAFT, SUBMITTED, OWNER, null));
    assertEquals(Optional.empty(), refusal(SUBMITTED, CHANGES_REQUESTED, MENTOR, "More detail"));
    assertEquals(Optional.empty(), refusal(CHANGES_REQUESTED, SUBMITTED, OWNER, null));
    assertEquals(Optional.empty(), refusal(SUBMITTED, APPROVED, TRAINER, null));
    assertEquals(Optional.empty(), refusal(APPROVED, IN_IMPLEMENTATION, OWNER, null));
    assertEquals(Optional.empty(), refusal(IN_IMPLEMENTATION, COMPLETED, MENTOR, null));
  }

  @Test
  void aParticipantCannotApproveOrCompleteTheirOwnIdea() {
    assertEquals(
        Optional.of("project.move.notYours.APPROVED"), refusal(SUBMITTED, APPROVED, OWNER, null));
    assertEquals(
        Optional.of("project.move.notYours.COMPLETED"),
        refusal(IN_IMPLEMENTATION, COMPLETED, OWNER, null));
  }

  @Test
  void onlyTheMentorConfirmsCompletionNotATrainer() {
    assertEquals(
        Optional.of("project.move.notYours.COMPLETED"),
        refusal(IN_IMPLEMENTATION, COMPLETED, TRAINER, null));
  }

  @Test
  void staffCannotSubmitForTheParticipant() {
    assertEquals(
        Optional.of("project.move.notYours.SUBMITTED"), refusal(DRAFT, SUBMITTED, MENTOR, null));
  }

  @Test
  void askingForChangesNeedsAComment() {
    assertEquals(
        Optional.of("project.move.commentRequired"),
        refusal(SUBMITTED, CHANGES_REQUESTED, MENTOR, "  "));
  }

  @Test
  void skippingAStepIsIllegalAndFinishedIdeasStayFinished() {
    assertEquals(Optional.of("project.move.illegal"), refusal(DRAFT, APPROVED, MENTOR, null));
    assertEquals(Optional.of("project.move.illegal"), refusal(DRAFT, COMPLETED, OWNER, null));
    assertEquals(Optional.of("project.move.finished"), refusal(COMPLETED, WITHDRAWN, OWNER, null));
    assertEquals(Optional.of("project.move.finished"), refusal(WITHDRAWN, SUBMITTED, OWNER, null));
  }

  @Test
  void theButtonsOfferExactlyTheAllowedMoves() {
    assertEquals(List.of(SUBMITTED, WITHDRAWN), ProjectLifecycle.movesFor(DRAFT, OWNER));
    assertEquals(
        List.of(CHANGES_REQUESTED, APPROVED), ProjectLifecycle.movesFor(SUBMITTED, MENTOR));
    assertEquals(List.of(), ProjectLifecycle.movesFor(COMPLETED, Set.of(Actor.ADMIN)));
  }

  @Test
  void onlyDraftsAndIdeasSentBackCanBeEdited() {
    assertTrue(ProjectLifecycle.editable(DRAFT));
    assertTrue(ProjectLifecycle.editable(CHANGES_REQUESTED));
    assertFalse(ProjectLifecycle.editable(SUBMITTED));
    assertFalse(ProjectLifecycle.editable(APPROVED));
  }
}
