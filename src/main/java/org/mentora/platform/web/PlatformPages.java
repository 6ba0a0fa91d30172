package org.mentora.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.mentora.platform.security.Role;

/**
 * Who may open the platform's own pages: login, the accessibility statement, the home router and
 * each role's home.
 */
@ApplicationScoped
public class PlatformPages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    List<PageRule> rules = new ArrayList<>();
    rules.add(PageRule.publicPage("/login.xhtml").withoutState());
    rules.add(PageRule.publicPage("/accessibility.xhtml").withoutState());
    rules.add(PageRule.publicPage("/jakarta.faces.resource/*"));
    rules.add(PageRule.anyRole("/home.xhtml"));
    for (Role role : Role.values()) {
      PageRule home = PageRule.of(role.homeOutcome(), role);
      // The trainee's home, their most visited page, only shows: it keeps nothing.
      rules.add(role == Role.PARTICIPANT ? home.withoutState() : home);
    }
    return rules;
  }
}
