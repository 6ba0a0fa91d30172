package org.mentora.directory.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.mentora.directory.Account;
import org.mentora.directory.Organisation;
import org.mentora.directory.Person;
import org.mentora.platform.demo.SeedDemoWorld;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.Role;

/**
 * The directory's part of the demo world: the pilot's 28 libraries and two partner organisations,
 * and an account for every person of {@link LatvianPilot}, each with the demo password; then the
 * libraries and people of the {@link PartnerPilots}, each person preferring their language. Each
 * hash has its own salt; they are computed on all cores because there are eighty of them.
 */
@Stateless
public class DirectoryDemoData {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  public void seed(@Observes @Priority(SeedDemoWorld.DIRECTORY) SeedDemoWorld event) {
    List<Organisation> organisations = new ArrayList<>();
    for (LatvianPilot.Library library : LatvianPilot.LIBRARIES) {
      Organisation organisation =
          new Organisation(library.name(), library.kind(), "LV", library.region(), library.city());
      em.persist(organisation);
      organisations.add(organisation);
    }

    List<LatvianPilot.Member> members = new ArrayList<>();
    List<Set<Role>> roles = new ArrayList<>();
    add(members, roles, List.of(LatvianPilot.ADMIN), Role.ADMIN);
    add(members, roles, LatvianPilot.TRAINERS, Role.TRAINER);
    add(members, roles, LatvianPilot.TUTORS, Role.TUTOR);
    add(members, roles, LatvianPilot.MENTORS, Role.MENTOR);
    add(members, roles, LatvianPilot.PARTICIPANTS, Role.PARTICIPANT);
    add(members, roles, List.of(LatvianPilot.MENTOR_LV), Role.MENTOR);

    Map<String, Organisation> byName = new HashMap<>();
    organisations.forEach(o -> byName.put(o.getName(), o));
    for (PartnerPilots.Library library : PartnerPilots.LIBRARIES) {
      Organisation organisation =
          new Organisation(
              library.name(), library.kind(), library.country(), library.region(), library.city());
      em.persist(organisation);
      byName.put(library.name(), organisation);
    }
    List<PartnerPilots.Member> partners = PartnerPilots.members();
    List<PartnerPilots.Member> withAccounts =
        partners.stream().filter(PartnerPilots.Member::hasAccount).toList();

    String password = event.password();
    List<String> hashes =
        IntStream.range(0, members.size() + withAccounts.size())
            .parallel()
            .mapToObj(i -> hasher.hash(password))
            .toList();
    for (int i = 0; i < members.size(); i++) {
      LatvianPilot.Member member = members.get(i);
      Person person =
          new Person(
              member.givenName(),
              member.familyName(),
              member.email(),
              organisations.get(member.library()));
      // the five accounts of the foundation and the pilot keep English; the two Latvian-speaking
      // demo accounts show the application in Latvian
      boolean latvian = member == LatvianPilot.TRAINEE_LV || member == LatvianPilot.MENTOR_LV;
      person.setPreferredLanguage(latvian ? "lv" : "en");
      em.persist(person);
      Account account = new Account(member.username(), person, roles.get(i), clock.instant());
      account.setPassword(hashes.get(i), clock.instant());
      em.persist(account);
    }
    int hash = members.size();
    for (PartnerPilots.Member member : partners) {
      Person person =
          new Person(
              member.givenName(),
              member.familyName(),
              member.email(),
              byName.get(member.library()));
      person.setPreferredLanguage(member.language());
      em.persist(person);
      if (member.hasAccount()) {
        Account account =
            new Account(member.username(), person, partnerRoles(member), clock.instant());
        account.setPassword(hashes.get(hash++), clock.instant());
        em.persist(account);
      }
    }
  }

  /** A partner pilot member's roles: what they do in any of the editions they belong to. */
  private static Set<Role> partnerRoles(PartnerPilots.Member member) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (PartnerPilots.Pilot pilot : PartnerPilots.PILOTS) {
      if (pilot.trainer() == member) {
        roles.add(Role.TRAINER);
      }
      if (pilot.tutor() == member) {
        roles.add(Role.TUTOR);
      }
      if (pilot.mentors().contains(member)) {
        roles.add(Role.MENTOR);
      }
      if (pilot.participants().contains(member)) {
        roles.add(Role.PARTICIPANT);
      }
    }
    return roles;
  }

  private static void add(
      List<LatvianPilot.Member> members,
      List<Set<Role>> roles,
      List<LatvianPilot.Member> group,
      Role role) {
    for (LatvianPilot.Member member : group) {
      members.add(member);
      roles.add(EnumSet.of(role));
    }
  }
}
