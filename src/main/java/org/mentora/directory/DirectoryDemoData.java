package org.mentora.directory;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.mentora.platform.demo.SeedDemoWorld;
import org.mentora.platform.security.Role;

/**
 * The directory's part of the demo world: libraries of the Latvian pilot and the five demo accounts
 * whose user names are their roles.
 */
@Stateless
public class DirectoryDemoData {

  @PersistenceContext EntityManager em;
  @Inject AccountFactory factory;

  public void seed(@Observes @Priority(SeedDemoWorld.DIRECTORY) SeedDemoWorld event) {
    Organisation centre =
        organisation(
            "Kultūras informācijas sistēmu centrs", OrganisationKind.NATIONAL, "Rīga", "Rīga");
    Organisation national =
        organisation("Latvijas Nacionālā bibliotēka", OrganisationKind.NATIONAL, "Rīga", "Rīga");
    Organisation cesis =
        organisation("Cēsu Centrālā bibliotēka", OrganisationKind.PUBLIC, "Vidzeme", "Cēsis");
    organisation("Valmieras bibliotēka", OrganisationKind.REGIONAL, "Vidzeme", "Valmiera");
    organisation(
        "Liepājas Centrālā zinātniskā bibliotēka", OrganisationKind.REGIONAL, "Kurzeme", "Liepāja");

    String password = event.password();
    account("admin", password, "Ilze", "Kalniņa", centre, Set.of(Role.ADMIN));
    account("trainer", password, "Andris", "Ozols", national, Set.of(Role.TRAINER));
    account("tutor", password, "Līga", "Bērziņa", centre, Set.of(Role.TUTOR));
    account("mentor", password, "Inese", "Liepiņa", cesis, Set.of(Role.MENTOR));
    account("trainee", password, "Jānis", "Bērziņš", cesis, Set.of(Role.PARTICIPANT));
  }

  private Organisation organisation(
      String name, OrganisationKind kind, String region, String city) {
    Organisation organisation = new Organisation(name, kind, "LV", region, city);
    em.persist(organisation);
    return organisation;
  }

  private void account(
      String username,
      String password,
      String givenName,
      String familyName,
      Organisation organisation,
      Set<Role> roles) {
    factory.create(
        new NewAccount(
            username,
            password,
            givenName,
            familyName,
            username + "@demo.mentora.example",
            "en",
            organisation),
        roles,
        false);
  }
}
