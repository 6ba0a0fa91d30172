package org.mentora.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void eachRoleHasItsOwnHomePage() {
    assertEquals("/home/admin.xhtml", Role.ADMIN.homeOutcome());
    assertEquals("/home/participant.xhtml", Role.PARTICIPANT.homeOutcome());
    assertEquals(
        Role.values().length,
        EnumSet.allOf(Role.class).stream().map(Role::homeOutcome).distinct().count());
  }

  @Test
  void aPersonWithSeveralRolesLandsOnTheStaffHomeBeforeTheParticipantHome() {
    assertEquals(Optional.of(Role.MENTOR), Role.primary(Set.of(Role.PARTICIPANT, Role.MENTOR)));
    assertEquals(Optional.of(Role.ADMIN), Role.primary(Set.of(Role.TUTOR, Role.ADMIN)));
    assertEquals(Optional.of(Role.TRAINER), Role.primary(Set.of(Role.TUTOR, Role.TRAINER)));
  }

  @Test
  void aPersonWithoutRolesHasNoHome() {
    assertTrue(Role.primary(Set.of()).isEmpty());
  }

  @Test
  void rolesAreListedInHomeOrder() {
    assertEquals(
        List.of(Role.TUTOR, Role.MENTOR, Role.PARTICIPANT),
        Role.ordered(List.of(Role.PARTICIPANT, Role.MENTOR, Role.TUTOR, Role.MENTOR)));
  }

  @Test
  void parsesRoleNamesLeniently() {
    assertEquals(Optional.of(Role.MENTOR), Role.parse(" mentor "));
    assertTrue(Role.parse("librarian").isEmpty());
    assertTrue(Role.parse(null).isEmpty());
  }

  @Test
  void containerRoleNamesMatchTheEnum() {
    assertEquals(Role.ADMIN.name(), Role.ADMIN_NAME);
    assertEquals(Role.TRAINER.name(), Role.TRAINER_NAME);
    assertEquals(Role.TUTOR.name(), Role.TUTOR_NAME);
    assertEquals(Role.MENTOR.name(), Role.MENTOR_NAME);
    assertEquals(Role.PARTICIPANT.name(), Role.PARTICIPANT_NAME);
  }
}
