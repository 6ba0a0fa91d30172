package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentora.platform.web.PageAccessPolicy.Decision.ALLOW;
import static org.mentora.platform.web.PageAccessPolicy.Decision.NOT_FOUND;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentora.platform.security.Role;

class PageAccessPolicyTest {

  private final PageAccessPolicy policy =
      new PageAccessPolicy(
          List.of(
              PageRule.publicPage("/login.xhtml"),
              PageRule.anyRole("/home.xhtml"),
              PageRule.of("/home/admin.xhtml", Role.ADMIN),
              PageRule.of("/course/*", Role.ADMIN),
              PageRule.of("/course/my/*", Role.PARTICIPANT),
              PageRule.of("/logbook/review.xhtml", Role.MENTOR, Role.TUTOR, Role.TRAINER)));

  @Test
  void aPageOfAnotherRoleIsNotFound() {
    assertEquals(NOT_FOUND, policy.decide("/home/admin.xhtml", Set.of(Role.PARTICIPANT)));
    assertEquals(ALLOW, policy.decide("/home/admin.xhtml", Set.of(Role.ADMIN)));
  }

  @Test
  void aPageWithoutARuleIsNotFoundForEveryone() {
    assertEquals(NOT_FOUND, policy.decide("/secret.xhtml", Set.of(Role.values())));
  }

  @Test
  void publicPagesAreOpenToAnyone() {
    assertEquals(ALLOW, policy.decide("/login.xhtml", Set.of()));
  }

  @Test
  void anyOfSeveralRolesIsEnough() {
    assertEquals(ALLOW, policy.decide("/logbook/review.xhtml", Set.of(Role.TUTOR)));
    assertEquals(NOT_FOUND, policy.decide("/logbook/review.xhtml", Set.of(Role.PARTICIPANT)));
  }

  @Test
  void theMostSpecificRuleDecides() {
    assertEquals(ALLOW, policy.decide("/course/my/progress.xhtml", Set.of(Role.PARTICIPANT)));
    assertEquals(NOT_FOUND, policy.decide("/course/my/progress.xhtml", Set.of(Role.ADMIN)));
    assertEquals(ALLOW, policy.decide("/course/editions.xhtml", Set.of(Role.ADMIN)));
  }

  @Test
  void aFolderRuleDoesNotLeakToASiblingWithTheSamePrefix() {
    assertEquals(NOT_FOUND, policy.decide("/courseware.xhtml", Set.of(Role.ADMIN)));
  }

  @Test
  void theMostSpecificRuleSaysWhetherAPageKeepsState() {
    PageAccessPolicy withStateless =
        new PageAccessPolicy(
            List.of(
                PageRule.publicPage("/good/*").withoutState(),
                PageRule.anyRole("/good/mine.xhtml"),
                PageRule.publicPage("/login.xhtml")));
    assertTrue(withStateless.rule("/good/index.xhtml").orElseThrow().stateless());
    assertFalse(withStateless.rule("/good/mine.xhtml").orElseThrow().stateless());
    assertFalse(withStateless.rule("/login.xhtml").orElseThrow().stateless());
    assertTrue(withStateless.rule("/elsewhere.xhtml").isEmpty());
    assertEquals(ALLOW, withStateless.decide("/good/index.xhtml", Set.of()));
  }
}
