package org.mentora.platform.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a person may do in Mentora. One person may hold several roles (a librarian who mentors one
 * colleague and follows the course herself is both MENTOR and PARTICIPANT).
 *
 * <p>The declaration order is the order of home pages: someone who is both tutor and participant
 * lands on the tutor's home and reaches the other from the menu.
 */
public enum Role {
  ADMIN,
  TRAINER,
  TUTOR,
  MENTOR,
  PARTICIPANT;

  /** Names as the container sees them, for {@code @RolesAllowed} and {@code isUserInRole}. */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String TRAINER_NAME = "TRAINER";
  public static final String TUTOR_NAME = "TUTOR";
  public static final String MENTOR_NAME = "MENTOR";
  public static final String PARTICIPANT_NAME = "PARTICIPANT";

  /** The staff roles that review other people's work. */
  public static final Set<Role> REVIEWERS = EnumSet.of(TRAINER, TUTOR, MENTOR);

  /** The page a person with this role starts from. */
  public String homeOutcome() {
    return "/home/" + name().toLowerCase(Locale.ROOT) + ".xhtml";
  }

  /** The bundle key of the role's name. */
  public String labelKey() {
    return "Role." + name();
  }

  /** The role whose home a person with these roles lands on, if any. */
  public static Optional<Role> primary(Collection<Role> roles) {
    return roles.stream().min(Comparator.naturalOrder());
  }

  /** Roles in home-page order, without duplicates. */
  public static List<Role> ordered(Collection<Role> roles) {
    return roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
  }

  /** Parses a role name from the database or configuration; unknown names are ignored. */
  public static Optional<Role> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
