package org.mentora.project;

import static org.mentora.project.ProjectStatus.APPROVED;
import static org.mentora.project.ProjectStatus.CHANGES_REQUESTED;
import static org.mentora.project.ProjectStatus.COMPLETED;
import static org.mentora.project.ProjectStatus.DRAFT;
import static org.mentora.project.ProjectStatus.IN_IMPLEMENTATION;
import static org.mentora.project.ProjectStatus.SUBMITTED;
import static org.mentora.project.ProjectStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which moves of a project idea are legal and who may make them: the participant writes and
 * submits; the mentor or a trainer asks for changes or approves; the participant or mentor starts
 * the implementation; the mentor confirms completion; the participant may withdraw an idea that is
 * not finished. Administrators may do what staff may. A refusal is a bundle key naming the reason.
 */
public final class ProjectLifecycle {

  /** In what part the caller acts on this idea. */
  public enum Actor {
    OWNER,
    MENTOR,
    TRAINER,
    ADMIN
  }

  private record Move(ProjectStatus from, ProjectStatus to) {}

  private static final Set<Actor> STAFF = EnumSet.of(Actor.MENTOR, Actor.TRAINER, Actor.ADMIN);

  private static final Map<Move, Set<Actor>> MOVES =
      Map.ofEntries(
          Map.entry(new Move(DRAFT, SUBMITTED), EnumSet.of(Actor.OWNER)),
          Map.entry(new Move(CHANGES_REQUESTED, SUBMITTED), EnumSet.of(Actor.OWNER)),
          Map.entry(new Move(SUBMITTED, CHANGES_REQUESTED), STAFF),
          Map.entry(new Move(SUBMITTED, APPROVED), STAFF),
          Map.entry(
              new Move(APPROVED, IN_IMPLEMENTATION),
              EnumSet.of(Actor.OWNER, Actor.MENTOR, Actor.ADMIN)),
          Map.entry(new Move(IN_IMPLEMENTATION, COMPLETED), EnumSet.of(Actor.MENTOR, Actor.ADMIN)),
          Map.entry(new Move(DRAFT, WITHDRAWN), EnumSet.of(Actor.OWNER, Actor.ADMIN)),
          Map.entry(new Move(SUBMITTED, WITHDRAWN), EnumSet.of(Actor.OWNER, Actor.ADMIN)),
          Map.entry(new Move(CHANGES_REQUESTED, WITHDRAWN), EnumSet.of(Actor.OWNER, Actor.ADMIN)),
          Map.entry(new Move(APPROVED, WITHDRAWN), EnumSet.of(Actor.OWNER, Actor.ADMIN)),
          Map.entry(new Move(IN_IMPLEMENTATION, WITHDRAWN), EnumSet.of(Actor.OWNER, Actor.ADMIN)));

  /** Moves that need a comment saying why. */
  private static final Set<ProjectStatus> NEEDS_COMMENT = EnumSet.of(CHANGES_REQUESTED);

  private ProjectLifecycle() {}

  /** Why the move is refused, or empty when it is allowed. */
  public static Optional<String> refusal(
      ProjectStatus from, ProjectStatus to, Set<Actor> actors, String comment) {
    Set<Actor> allowed = MOVES.get(new Move(from, to));
    if (allowed == null) {
      return Optional.of(
          from == COMPLETED || from == WITHDRAWN
              ? "project.move.finished"
              : "project.move.illegal");
    }
    if (actors.stream().noneMatch(allowed::contains)) {
      return Optional.of("project.move.notYours." + to.name());
    }
    if (NEEDS_COMMENT.contains(to) && (comment == null || comment.isBlank())) {
      return Optional.of("project.move.commentRequired");
    }
    return Optional.empty();
  }

  /** The moves the caller may make from this state, for the page's buttons. */
  public static List<ProjectStatus> movesFor(ProjectStatus from, Set<Actor> actors) {
    return MOVES.entrySet().stream()
        .filter(e -> e.getKey().from() == from)
        .filter(e -> actors.stream().anyMatch(e.getValue()::contains))
        .map(e -> e.getKey().to())
        .sorted()
        .toList();
  }

  /** Whether the participant may still change the idea's text. */
  public static boolean editable(ProjectStatus status) {
    return ProjectStatus.EDITABLE.contains(status);
  }
}
